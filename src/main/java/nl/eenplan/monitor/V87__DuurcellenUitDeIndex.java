package nl.eenplan.monitor;

import java.sql.SQLException;
import java.sql.Statement;
import nl.eenplan.database.Database;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * The cells with a histogram (the durations') of a period by their own index, on PostgreSQL (issue #25): a view of
 * every school per school takes the counts from the rows per school (V85) and from the cells only the histograms
 * ({@link Celtabel#LEES_PER_SCHOOL}). Through V75's index on period and school PostgreSQL would still visit every cell
 * of the period (145,000 for a national school year) to find the durations among them; this partial index holds only
 * those. H2 has no partial index and is not the database of a national installation: nothing there. The index is built
 * during the upgrade (docs/beheer.md).
 */
@Component
class V87__DuurcellenUitDeIndex extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        if (!Database.isPostgres(context.getConnection())) {
            return;
        }
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("create index monitor_cel_dagen on monitor_cel (periode, school_id) where dagen is not null");
        }
    }
}
