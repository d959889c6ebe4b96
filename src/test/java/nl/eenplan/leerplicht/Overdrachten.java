package nl.eenplan.leerplicht;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * A hand-over to leerplicht is a job of its own (the start of leerplichtEscalatie is asynchronous, issue #19); tests
 * run with the job executor off, so they run those jobs as the executor would.
 */
public final class Overdrachten {

    private Overdrachten() {
    }

    /** Runs every waiting start of process leerplichtEscalatie; answers how many. */
    public static int voerUit(ManagementService beheer) {
        int aantal = 0;
        for (Job job : beheer.createJobQuery().processDefinitionKey("leerplichtEscalatie").activityId("escalatieOntvangen")
                .list()) {
            beheer.executeJob(job.getId());
            aantal++;
        }
        return aantal;
    }
}
