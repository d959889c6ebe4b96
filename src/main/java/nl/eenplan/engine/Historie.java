package nl.eenplan.engine;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Full history, less of what nobody reads (measured in the benchmark, docs/benchmark.md; the readers are listed in
 * docs/beheer.md, "Engine settings, and why"):
 * <ul>
 * <li>a calendar lookup (termijnen.dmn, overstapkalender.dmn) leaves no decision history, since its inputs and outputs
 * are the task's dates, which the task history keeps; triage and every other decision keep their full history;</li>
 * <li>a variable keeps its history (ACT_HI_VARINST) without a detail row per change (ACT_HI_DETAIL), as process
 * variables are ids and routing facts; and the routing facts themselves ({@link Routering} and what a capability names
 * through {@link Routeringsvariabelen}) keep none: they are the dossier's own facts, which the dossier and the
 * instance's business key keep, and no code of EenPlan reads them from the history ({@link Procesverhuizing} reads the
 * running instance's). Left out by name in every event (create, update, delete, migrate), so no later change looks for
 * a row that was never written;</li>
 * <li>the activity history (ACT_HI_ACTINST) keeps the steps ({@link Stappen}), which the pupil page shows
 * (nl.eenplan.taak.Procesverloop), not start and end events, gateways or scopes:
 * {@code eenplan.engine.historie.activiteiten=stappen}; {@code alle} keeps every activity (the scenario tests, which
 * prove a model's path from it);</li>
 * <li>no identity link history (ACT_HI_IDENTITYLINK): who may do a task is in the runtime while it is open, and who did
 * it in the task history and the user operation log;</li>
 * <li>the job log (ACT_HI_JOB_LOG) keeps what ran and what failed, not each job's creation and deletion: every step
 * creates two timers (a reminder, an escalation) and deletes them when done in time, and the activity and task
 * history already say when a step began and ended.</li>
 * </ul>
 * Off with {@code eenplan.engine.standaardinstellingen=true}.
 */
@Component
@ConditionalOnProperty(name = "eenplan.engine.standaardinstellingen", havingValue = "false", matchIfMissing = true)
public class Historie extends AbstractProcessEnginePlugin {

    /** Decisions that only look up dates. */
    static final Set<String> KALENDERS = Set.of("termijnen", "overstapkalender");

    /** Every process's routing facts: the dossier's own facts, kept by the dossier. */
    static final Set<Variabele<String>> ROUTERING = Set.of(Routering.DOSSIER, Routering.SCHOOL, Routering.SOORT,
            Routering.COORDINATOR, Routering.GEMEENTE, Routering.SWV);

    /**
     * Port: a capability's process variables that, like {@link Routering}'s, only route its instances and repeat what
     * its own records keep (the overstap's kind and school year), so the engine keeps no history of them.
     */
    public interface Routeringsvariabelen {
        Set<Variabele<?>> variabelen();
    }

    private final ObjectProvider<Routeringsvariabelen> routeringsvariabelen;
    private final boolean alleActiviteiten;
    private volatile Set<String> zonderHistorie;

    Historie(ObjectProvider<Routeringsvariabelen> routeringsvariabelen,
             @Value("${eenplan.engine.historie.activiteiten:stappen}") String activiteiten) {
        this.routeringsvariabelen = routeringsvariabelen;
        if (!activiteiten.equals("stappen") && !activiteiten.equals("alle")) {
            throw new IllegalStateException("eenplan.engine.historie.activiteiten is 'stappen' of 'alle', niet '"
                    + activiteiten + "'.");
        }
        this.alleActiviteiten = activiteiten.equals("alle");
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        configuratie.setHistoryEventHandler(new DbHistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                if (bewaar(event)) {
                    super.handleEvent(event);
                }
            }

            @Override
            protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
                return false;
            }
        });
    }

    /** Whether the engine writes this history event. */
    boolean bewaar(HistoryEvent event) {
        if (event instanceof HistoricJobLogEvent job && (job.getState() == JobState.CREATED.getStateCode()
                || job.getState() == JobState.DELETED.getStateCode())) {
            return false;
        }
        if (event instanceof HistoricDecisionEvaluationEvent beslissing
                && KALENDERS.contains(beslissing.getRootHistoricDecisionInstance().getDecisionDefinitionKey())) {
            return false;
        }
        if (event instanceof HistoricVariableUpdateEventEntity variabele
                && zonderHistorie().contains(variabele.getVariableName())) {
            return false;
        }
        if (event instanceof HistoricActivityInstanceEventEntity activiteit && !alleActiviteiten
                && !Stappen.isStap(activiteit.getActivityType())) {
            return false;
        }
        return !(event instanceof HistoricIdentityLinkLogEventEntity);
    }

    /** The names of the routing variables, asked of the capabilities once (at the first event, when all beans exist). */
    private Set<String> zonderHistorie() {
        Set<String> namen = zonderHistorie;
        if (namen == null) {
            Set<String> alle = new HashSet<>();
            Stream.concat(ROUTERING.stream(), routeringsvariabelen.orderedStream().flatMap(r -> r.variabelen().stream()))
                    .map(Variabele::naam).forEach(alle::add);
            namen = Set.copyOf(alle);
            zonderHistorie = namen;
        }
        return namen;
    }
}
