package nl.eenplan.aanmelding;

import nl.eenplan.aanmelding.proces.StopRoutesZonderToestemming;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Runs the handovers of a pupil's referral, as the job executor would: process aanmelding starts the MDO or the
 * arrangement as a job of its own ({@code camunda:asyncBefore} on the call activity), and tests run jobs themselves.
 */
public final class Overdrachten {

    private Overdrachten() {
    }

    /** Executes every handover job of process aanmelding waiting for this dossier; returns how many ran. */
    public static int voerUit(RuntimeService runtime, ManagementService beheer, String dossierNummer) {
        int uitgevoerd = 0;
        for (ProcessInstance aanmelding : runtime.createProcessInstanceQuery().processDefinitionKey("aanmelding")
                .processInstanceBusinessKey(dossierNummer).list()) {
            for (String activiteit : StopRoutesZonderToestemming.OVERDRACHTEN) {
                for (Job job : beheer.createJobQuery().processInstanceId(aanmelding.getId()).activityId(activiteit)
                        .list()) {
                    beheer.executeJob(job.getId());
                    uitgevoerd++;
                }
            }
        }
        return uitgevoerd;
    }
}
