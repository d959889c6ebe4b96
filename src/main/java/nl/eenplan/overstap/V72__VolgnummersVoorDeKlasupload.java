package nl.eenplan.overstap;

import java.sql.SQLException;
import java.util.List;
import nl.eenplan.database.Volgnummers;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Ids of pupils, plans and transitions from a sequence in blocks of 50 instead of an identity column, so a class
 * upload's block writes each table in one JDBC batch (CohortService; issue #25): {@code leerling_seq}, {@code plan_seq},
 * {@code overstap_seq} ({@link Volgnummers}). Code that inserts without an id (the monitor's example region,
 * nl.eenplan.monitor.Voorbeeldregio) shares the sequence. The dossier keeps {@code dossier_seq} one by one: its number
 * is visible and must not jump.
 */
@Component
class V72__VolgnummersVoorDeKlasupload extends BaseJavaMigration {

    static final List<String> TABELLEN = List.of("leerling", "plan", "overstap");

    @Override
    public void migrate(Context context) throws SQLException {
        Volgnummers.vanIdentiteitNaarReeks(context.getConnection(), TABELLEN);
    }
}
