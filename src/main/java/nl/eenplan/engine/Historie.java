package nl.eenplan.engine;

import java.util.Set;
import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Full history, less of what nobody reads (measured in the benchmark, docs/benchmark.md): a calendar
 * lookup (termijnen.dmn, overstapkalender.dmn) leaves no decision history, since its inputs and outputs
 * are the task's dates, which the task history keeps; and a variable keeps its history (ACT_HI_VARINST)
 * without a detail row per change (ACT_HI_DETAIL), as process variables are ids and routing facts; and the
 * job log (ACT_HI_JOB_LOG) keeps what ran and what failed, not each job's creation and deletion: every
 * step creates two timers (a reminder, an escalation) and deletes them when done in time, and the activity
 * and task history already say when a step began and ended.
 * Triage and every other decision keep their full history. Off with
 * {@code eenplan.engine.standaardinstellingen=true}.
 */
@Component
@ConditionalOnProperty(name = "eenplan.engine.standaardinstellingen", havingValue = "false", matchIfMissing = true)
class Historie extends AbstractProcessEnginePlugin {

    /** Decisions that only look up dates. */
    static final Set<String> KALENDERS = Set.of("termijnen", "overstapkalender");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        configuratie.setHistoryEventHandler(new DbHistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                if (event instanceof HistoricJobLogEvent job && (job.getState() == JobState.CREATED.getStateCode()
                        || job.getState() == JobState.DELETED.getStateCode())) {
                    return;
                }
                if (event instanceof HistoricDecisionEvaluationEvent beslissing
                        && KALENDERS.contains(beslissing.getRootHistoricDecisionInstance().getDecisionDefinitionKey())) {
                    return;
                }
                super.handleEvent(event);
            }

            @Override
            protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
                return false;
            }
        });
    }
}
