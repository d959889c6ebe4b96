package nl.eenplan.engine;

import static nl.eenplan.modelcontrole.Taakeigenschappen.ESCALATIE_NAAR;
import static nl.eenplan.modelcontrole.Taakeigenschappen.ESCALATIE_REDEN;
import static nl.eenplan.modelcontrole.Taakeigenschappen.GEEN_ESCALATIE;
import static nl.eenplan.modelcontrole.Taakeigenschappen.STANDAARD_ESCALATIE;
import static nl.eenplan.modelcontrole.Taakeigenschappen.TERMIJN_STAP;
import static nl.eenplan.modelcontrole.Taakeigenschappen.TERMIJN_VANAF;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import nl.eenplan.termijn.Taak;
import nl.eenplan.termijn.Termijnbewaking;
import nl.eenplan.termijn.Termijn;
import nl.eenplan.termijn.Termijn.Taaktermijn;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationType;
import org.camunda.bpm.engine.impl.jobexecutor.TimerEventJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Deadlines by convention (issue #19): every user task gets its due date, follow-up date, reminder and
 * escalation from its row in {@code processes/termijnen.dmn}, evaluated once when the task is created. Models
 * draw only business steps; what a task needs beyond the default says an extension property on the task
 * (Modeler: properties panel, "Extension properties"; names in nl.eenplan.modelcontrole.Taakeigenschappen):
 * <ul>
 *   <li>{@code termijnStap}: the step in termijnen.dmn (default: the task's id);</li>
 *   <li>{@code termijnVanaf}: an expression for the date the deadline counts from (default: the task's
 *       creation), e.g. {@code ${mdoDatum}} for "2 werkdagen before the MDO";</li>
 *   <li>{@code escalatieNaar}: the group told when the deadline passed (default {@code zorgcoordinator}), or
 *       {@code geen} when the model draws what happens then itself (an interrupting timer);</li>
 *   <li>{@code escalatieReden}: why, in Dutch, as the escalation records it (default: the task's name and
 *       "niet binnen de termijn afgerond").</li>
 * </ul>
 * Reminder and escalation are the engine's own timeout task listeners: timer jobs of the task, visible in
 * Cockpit, retried with the global retry cycle, gone when the task is done. A step without a row in the
 * table has no deadline (the table's property test demands a row for every task of {@code processes/}).
 * A task that sets {@code camunda:dueDate} itself keeps the wiring it draws: model versions from before this
 * convention, which running instances still use.
 */
@Component
public class Termijnconventie extends AbstractProcessEnginePlugin {

    /** The ids of the two timeout listeners, as the timer jobs' configuration names them. */
    public static final String HERINNERING = "herinnering";
    public static final String VERSTREKEN = "termijnVerstreken";

    /** Computes a task's deadline and reminder: process, step, anchor. */
    public interface Berekening {
        Optional<Taaktermijn> voor(VariableScope execution, String proces, String stap, Date vanaf);
    }

    private final Supplier<Berekening> berekening;
    private final Supplier<Termijnbewaking> bewaking;
    private ProcessEngineConfigurationImpl configuratie;

    @Autowired
    Termijnconventie(ObjectProvider<Termijn> termijnen, ObjectProvider<Termijnbewaking> bewaking) {
        this(() -> termijnen.getObject()::voorTaak, bewaking::getObject);
    }

    /** For model tests on an engine of their own, with their own calculation and a mocked Termijnbewaking. */
    public Termijnconventie(Supplier<Berekening> berekening, Supplier<Termijnbewaking> bewaking) {
        this.berekening = berekening;
        this.bewaking = bewaking;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        this.configuratie = configuratie;
        configuratie.setBpmnParseFactory(Parse::new);
    }

    /**
     * The engine's parser with the convention applied to each user task once its parse listeners ran. A parser
     * of our own rather than a parse listener, because the timers need job definitions (Cockpit, job queries by
     * activity), which only the parser can declare.
     */
    private final class Parse extends BpmnParse {

        Parse(BpmnParser parser) {
            super(parser);
        }

        @Override
        public ActivityImpl parseUserTask(Element element, ScopeImpl scope) {
            ActivityImpl activity = super.parseUserTask(element, scope);
            pasToe(element, activity);
            return activity;
        }

        private void pasToe(Element element, ActivityImpl activity) {
            if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior gedrag)
                    || gedrag.getTaskDefinition().getDueDateExpression() != null) {
                return;
            }
            Map<String, String> eigenschappen = eigenschappen(element);
            String stap = eigenschappen.getOrDefault(TERMIJN_STAP, activity.getId());
            Expression vanaf = eigenschappen.containsKey(TERMIJN_VANAF)
                    ? configuratie.getExpressionManager().createExpression(eigenschappen.get(TERMIJN_VANAF)) : null;
            String groep = eigenschappen.getOrDefault(ESCALATIE_NAAR, STANDAARD_ESCALATIE);
            String reden = eigenschappen.get(ESCALATIE_REDEN);

            // As Camunda does for a timeout listener drawn in the model: the task becomes a scope of its own, so
            // its timers end with it.
            activity.setScope(true);
            activity.setEventScope(activity);
            TaskDefinition taak = gedrag.getTaskDefinition();
            TimerDeclarationImpl herinnering = timer(activity, HERINNERING, TaskEntity::getFollowUpDate);
            addJobDeclarationToProcessDefinition(herinnering, (ProcessDefinition) activity.getProcessDefinition());
            taak.addTimeoutTaskListener(HERINNERING, t -> bewaking.get().herinner(feiten(t)));
            TimerDeclarationImpl verstreken = null;
            if (!GEEN_ESCALATIE.equals(groep)) {
                verstreken = timer(activity, VERSTREKEN, TaskEntity::getDueDate);
                addJobDeclarationToProcessDefinition(verstreken, (ProcessDefinition) activity.getProcessDefinition());
                taak.addTimeoutTaskListener(VERSTREKEN, t -> bewaking.get().escaleer(feiten(t), groep,
                        reden != null ? reden : "'" + t.getName() + "' niet binnen de termijn afgerond"));
            }
            TimerDeclarationImpl escalatie = verstreken;
            taak.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, t -> {
                ExecutionEntity execution = ((TaskEntity) t).getExecution();
                Date begin = vanaf == null ? ClockUtil.getCurrentTime()
                        : (Date) vanaf.getValue(execution);
                String sleutel = execution.getProcessDefinition().getKey();
                berekening.get().voor(execution, sleutel, stap, begin).ifPresent(termijn -> {
                    t.setDueDate(termijn.deadline());
                    t.setFollowUpDate(termijn.herinnering());
                    herinnering.createTimerInstance(execution);
                    if (escalatie != null) {
                        escalatie.createTimerInstance(execution);
                    }
                });
            });
        }
    }

    /**
     * A timeout timer of the task, due at one of its dates. Not declared on the scope, so the engine does not
     * start it by itself: the create listener does, once the task has its dates (and only if it has them).
     */
    private static TimerDeclarationImpl timer(ActivityImpl activity, String id, Function<TaskEntity, Date> datum) {
        TimerDeclarationImpl timer = new TimerDeclarationImpl(new Taakdatum(activity.getId(), id, datum),
                TimerDeclarationType.DATE, TimerTaskListenerJobHandler.TYPE);
        timer.setActivity(activity);
        timer.setEventScopeActivityId(activity.getId());
        timer.setRawJobHandlerConfiguration(activity.getId() + TimerEventJobHandler.JOB_HANDLER_CONFIG_PROPERTY_DELIMITER
                + TimerEventJobHandler.JOB_HANDLER_CONFIG_TASK_LISTENER_PREFIX + id);
        timer.setJobConfiguration(TimerDeclarationType.DATE + ": " + id);
        return timer;
    }

    /** A timer's due date: the task's own date, so a recalculated timer follows the task. */
    private record Taakdatum(String activiteit, String naam, Function<TaskEntity, Date> datum) implements Expression {

        @Override
        public Object getValue(VariableScope scope) {
            return ((ExecutionEntity) scope).getTasks().stream()
                    .filter(taak -> activiteit.equals(taak.getTaskDefinitionKey())).findFirst().map(datum)
                    .orElseThrow(() -> new IllegalStateException("Geen open taak '" + activiteit + "' voor de "
                            + naam + "."));
        }

        @Override
        public void setValue(Object value, VariableScope scope) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getExpressionText() {
            return naam;
        }

        @Override
        public boolean isLiteralText() {
            return false;
        }
    }

    /** The task as plain facts for the domain side. */
    private static Taak feiten(DelegateTask taak) {
        List<String> groepen = new ArrayList<>();
        List<String> kandidaten = new ArrayList<>();
        taak.getCandidates().stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).forEach(l -> {
            if (l.getGroupId() != null) {
                groepen.add(l.getGroupId());
            } else if (l.getUserId() != null) {
                kandidaten.add(l.getUserId());
            }
        });
        ExecutionEntity execution = ((TaskEntity) taak).getExecution();
        String proces = execution.getProcessDefinition().getKey();
        return new Taak(taak.getId(), taak.getName(), taak.getTaskDefinitionKey(), proces,
                taak.getProcessInstanceId(), execution.getProcessBusinessKey(), taak.getTenantId(),
                taak.getDueDate() == null ? null : taak.getDueDate().toInstant(), taak.getAssignee(), groepen,
                kandidaten);
    }

    /** The task's camunda:properties (extension properties in the Modeler). */
    static Map<String, String> eigenschappen(Element element) {
        Map<String, String> eigenschappen = new HashMap<>();
        Element uitbreidingen = element.element("extensionElements");
        Element lijst = uitbreidingen == null ? null
                : uitbreidingen.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (lijst != null) {
            for (Element eigenschap : lijst.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
                eigenschappen.put(eigenschap.attribute("name"), eigenschap.attribute("value"));
            }
        }
        return eigenschappen;
    }
}
