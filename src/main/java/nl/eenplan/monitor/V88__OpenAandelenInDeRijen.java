package nl.eenplan.monitor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Issue #25: a share's case not decided yet (a thuiszitter's 12 weeks, a warm handover before 1 August) counts as "no"
 * from its {@code nee_vanaf} on. The monitor read those cases from {@code monitor_feit} at every request, with for each
 * whether its pupil had a decided case in the same cell: at 1,000,000 pupils more than half of PostgreSQL's work for a
 * school year. Now the worker writes them per school and period as steps in time ({@link OpenAandelen}, column
 * {@code monitor_schoolperiode.open_aandelen}; aggregates only, no pupil or dossier ids).
 * <ul>
 * <li>The rows of a school without such a case get steps that hold none: nothing to recompute.</li>
 * <li>Every school with such a case goes to the cells' outbox (every period); until the worker has done those rows
 * ({@code monitor_status.open_vulling_tot}) the monitor reads every open case from the facts, as before.</li>
 * <li>A row left without steps (null) afterwards was written by a node of an older version: the monitor reads that
 * school's open cases from the facts. Such a node also removes the row of a period with open cases only (it writes
 * rows for cells alone): hence all nodes at once at this upgrade (docs/beheer.md).</li>
 * </ul>
 * Java for the empty steps' bytes, which H2 and PostgreSQL write differently as a literal.
 */
@Component
class V88__OpenAandelenInDeRijen extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        voer(context.getConnection());
    }

    static void voer(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("alter table monitor_schoolperiode add column open_aandelen bytea");
        }
        String geenOpenZaak = "update monitor_schoolperiode set open_aandelen = ?"
                + " where school_id not in (select school_id from monitor_feit where " + OPEN + ")";
        try (PreparedStatement geenOpen = connection.prepareStatement(geenOpenZaak)) {
            geenOpen.setBytes(1, OpenAandelen.schrijf(List.of()));
            geenOpen.executeUpdate();
        }
        try (Statement s = connection.createStatement()) {
            s.execute("insert into monitor_cel_wachtrij (school_id, maand)"
                    + " select distinct school_id, cast(null as date) from monitor_feit where " + OPEN);
            s.execute("insert into monitor_status (naam, waarde) select 'open_vulling_tot', coalesce(max(id), 0)"
                    + " from monitor_cel_wachtrij");
        }
    }

    /** A share's case not decided yet that counts as "no" from a moment on (only those have {@code nee_vanaf}). */
    private static final String OPEN = "ja is null and nee_vanaf is not null";
}
