package nl.eenplan.monitor;

import java.util.Collection;
import org.springframework.stereotype.Component;

/**
 * Rows of the monitor's sources that a capability writes with plain JDBC instead of through Hibernate, where
 * {@link Wijzigingen} would hear them (a class upload's transitions, issue #25): the writer names their dossiers here,
 * in the same transaction, and they go into the outbox as Wijzigingen would put them.
 */
@Component
public class JdbcWijzigingen {

    private final Monitorwachtrij wachtrij;

    JdbcWijzigingen(Monitorwachtrij wachtrij) {
        this.wachtrij = wachtrij;
    }

    /** The dossiers (by number) of rows just written. */
    public void geschreven(Collection<String> dossierNummers) {
        wachtrij.zetNummers(dossierNummers);
    }
}
