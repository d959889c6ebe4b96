package nl.eenplan.monitor;

import java.sql.Timestamp;
import java.time.Clock;
import nl.eenplan.dossier.DossierVerwijderd;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the monitor's summary of deadlines per process step: when a task with a deadline (due date) of any
 * model is done, one row says which step, of which pupil, and whether it was done in time. It
 * hears the engine's task events through Spring (the starter's event bridge), in the engine's transaction,
 * so a task that rolls back leaves no row (nor its dossier in the monitor's outbox, {@link Monitorwachtrij}). Only ids and routing facts; the rows go with the dossier.
 */
@Component
class StapTermijnen {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Monitorwachtrij wachtrij;

    StapTermijnen(JdbcTemplate jdbc, Clock clock, Monitorwachtrij wachtrij) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.wachtrij = wachtrij;
    }

    // Every task event comes here; the event is picked in code, not in a SpEL condition, which Spring evaluates per
    // event and listener (2% of a class upload's CPU, issue #25). Likewise taak.Taakopeningen and leerplicht's
    // Beoordelingstermijn.
    @EventListener
    void taakAfgerond(DelegateTask taak) {
        if (!TaskListener.EVENTNAME_COMPLETE.equals(taak.getEventName())) {
            return;
        }
        String dossier = taak.getExecution() == null ? null : taak.getExecution().getProcessBusinessKey();
        if (taak.getDueDate() == null || dossier == null || taak.getTenantId() == null) {
            return; // no deadline, or not a pupil's process (a standalone task, a test model without a school)
        }
        String proces = taak.getProcessDefinitionId().substring(0, taak.getProcessDefinitionId().indexOf(':'));
        jdbc.update("insert into stap_termijn (dossier_nummer, proces, stap, stap_naam, termijn, afgerond_op)"
                        + " values (?, ?, ?, ?, ?, ?)", dossier, proces, taak.getTaskDefinitionKey(),
                taak.getName() == null ? taak.getTaskDefinitionKey() : taak.getName(),
                new Timestamp(taak.getDueDate().getTime()), Timestamp.from(clock.instant()));
        wachtrij.zetNummer(dossier); // the monitor's facts of the dossier, in the same transaction
    }

    /** A dossier past its retention: its rows go with it. */
    @EventListener
    void dossierVerwijderd(DossierVerwijderd verwijderd) {
        jdbc.update("delete from stap_termijn where dossier_nummer = ?", verwijderd.nummer());
    }
}
