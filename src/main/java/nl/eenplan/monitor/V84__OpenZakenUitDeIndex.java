package nl.eenplan.monitor;

import java.sql.SQLException;
import java.sql.Statement;
import nl.eenplan.database.Database;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * The shares not decided yet ({@link Celtabel#OPEN}) read from two indexes alone, on PostgreSQL (issue #25). A national
 * school year has about 15,000 of them per request; for each, PostgreSQL fetched the fact's row and then, to learn
 * whether its pupil has a decided case in the same cell, every fact of the dossier: some 100,000 rows from a table of
 * 12.5 million, scattered, per request (the school year's statements took 550 ms against 210 ms for a month of
 * two thirds as many cells). Now both indexes carry the columns the query asks (PostgreSQL's {@code include}):
 * <ul>
 * <li>{@code monitor_feit_open}: only the facts with a moment to count as "no" (V80: no other fact has one), with the
 * cell, dossier and school;</li>
 * <li>{@code monitor_feit_dossier}: the dossier and the indicator, with the part, day and outcome; rebuilding and
 * removing a dossier's facts still go by its first column.</li>
 * </ul>
 * H2 has no {@code include} and no partial index, and is not the database of a national installation: nothing there.
 * The indexes are built anew during the upgrade (docs/beheer.md).
 */
@Component
class V84__OpenZakenUitDeIndex extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        if (!Database.isPostgres(context.getConnection())) {
            return;
        }
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("drop index monitor_feit_open");
            s.execute("create index monitor_feit_open on monitor_feit (nee_vanaf, peildag) "
                    + "include (indicator, onderdeel, dossier_id, school_id, ja) where nee_vanaf is not null");
            s.execute("drop index monitor_feit_dossier");
            s.execute("create index monitor_feit_dossier on monitor_feit (dossier_id, indicator) "
                    + "include (onderdeel, peildag, ja)");
        }
    }
}
