package nl.eenplan.verzuim;

import java.sql.SQLException;
import java.util.List;
import nl.eenplan.database.Volgnummers;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Ids of absence days from {@code verzuim_dag_seq} in blocks of 50 instead of an identity column, so the LAS import's
 * block of pupils writes its days in one JDBC batch (VerzuimImport; issue #25, daily absence of 100,000 pupils).
 * The reports (verzuimmelding) keep their identity: one per drafted report, each with a process start between.
 */
@Component
class V78__VolgnummersVoorVerzuimdagen extends BaseJavaMigration {

    static final List<String> TABELLEN = List.of("verzuim_dag");

    @Override
    public void migrate(Context context) throws SQLException {
        Volgnummers.vanIdentiteitNaarReeks(context.getConnection(), TABELLEN);
    }
}
