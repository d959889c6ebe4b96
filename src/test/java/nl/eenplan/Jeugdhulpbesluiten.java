package nl.eenplan;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Process jeugdhulpbesluit starts asynchronously (its start event is a job, so a failure there never rolls back the
 * arrangement's step): tests with the job executor off run the start jobs of this pupil's decisions themselves.
 */
public final class Jeugdhulpbesluiten {

    private Jeugdhulpbesluiten() {
    }

    public static void voerStartUit(RuntimeService runtime, ManagementService beheer, String nummer) {
        for (var p : runtime.createProcessInstanceQuery().processDefinitionKey("jeugdhulpbesluit")
                .processInstanceBusinessKey(nummer).list()) {
            for (var job : beheer.createJobQuery().processInstanceId(p.getId()).activityId("aanvraagOntvangen").list()) {
                beheer.executeJob(job.getId());
            }
        }
    }
}
