package nl.eenplan.engine;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Counts an open task's term from another day than its creation: a school change sets the new school's OPP within 6
 * weeks of the enrolment there, not of the confirmation (opp.proces.Oppproces). The task's due and follow-up dates come
 * from the deadline table ({@link Termijnconventie.Berekening}) with that anchor; its reminder and escalation timers
 * follow the dates (Termijnconventie's update listener). Engine internals stay in this package (ADR 0001).
 */
@Component
public class Taaktermijnanker {

    private final ProcessEngine processEngine;
    private final Termijnconventie.Berekening termijn;

    Taaktermijnanker(ProcessEngine processEngine, Termijnconventie.Berekening termijn) {
        this.processEngine = processEngine;
        this.termijn = termijn;
    }

    /** The open task {@code taak} of instance {@code instantieId} counts its term of {@code proces} from {@code vanaf}. */
    public void vanaf(String instantieId, String proces, String taak, Date vanaf) {
        // The caller may run inside the engine's own command (a task completed), where the new instance's task is not
        // written yet: look for it in this command's cache first.
        ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired().execute(context -> {
                    List<TaskEntity> taken = new ArrayList<>(context.getDbEntityManager()
                            .getCachedEntitiesByType(TaskEntity.class));
                    if (taken.stream().noneMatch(t -> instantieId.equals(t.getProcessInstanceId()))) {
                        taken.addAll(context.getTaskManager().findTasksByProcessInstanceId(instantieId));
                    }
                    taken.stream().filter(t -> instantieId.equals(t.getProcessInstanceId())
                            && taak.equals(t.getTaskDefinitionKey())).findFirst().ifPresent(t -> termijn
                            .voorTaak(t.getExecution(), proces, taak, vanaf).ifPresent(d -> {
                                t.setDueDate(d.deadline());
                                t.setFollowUpDate(d.herinnering());
                                t.triggerUpdateEvent();
                            }));
                    return null;
                });
    }
}
