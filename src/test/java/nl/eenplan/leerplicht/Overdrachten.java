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

    /**
     * Runs every waiting submission of a verzuimmelding to DUO (step indienenBijDuo of process verzuim, a job of its
     * own), then every waiting start of process leerplichtEscalatie; answers how many starts.
     */
    public static int voerUit(ManagementService beheer) {
        for (Job job : beheer.createJobQuery().processDefinitionKey("verzuim").activityId("indienenBijDuo").list()) {
            beheer.executeJob(job.getId());
        }
        int aantal = 0;
        for (Job job : beheer.createJobQuery().processDefinitionKey("leerplichtEscalatie").activityId("escalatieOntvangen")
                .list()) {
            beheer.executeJob(job.getId());
            aantal++;
        }
        return aantal;
    }
}
