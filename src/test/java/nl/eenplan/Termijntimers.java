package nl.eenplan;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;

/** Finds the timers deadlines by convention give a user task: the reminder or the escalation. */
public final class Termijntimers {

    private Termijntimers() {
    }

    /** The open timer of this kind ({@code Termijnconventie.HERINNERING} or {@code VERSTREKEN}) of the task, or null. */
    public static Job van(ManagementService beheer, String procesInstantie, String taak, String soort) {
        return beheer.createJobQuery().processInstanceId(procesInstantie).activityId(taak).timers().list().stream()
                .filter(job -> ((JobEntity) job).getJobHandlerConfigurationRaw().endsWith("~" + soort))
                .findFirst().orElse(null);
    }
}
