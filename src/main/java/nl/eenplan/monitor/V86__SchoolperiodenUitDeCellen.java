package nl.eenplan.monitor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.eenplan.monitor.Schoolperioden.Schoolcel;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Issue #25: the rows of {@code monitor_schoolperiode} (V85) of the cells as they are at the upgrade, so the view of
 * every school reads them at once, with the same figures. Reads {@code monitor_cel} once in order of school and
 * period, in portions, and writes one row per school and period in batches. A school's cells of one period are always
 * written together, under the same groups; should they differ, the row gets none, so the monitor takes that period's
 * groups from the school cells (the same figures, slower) until the worker recomputes the school.
 */
@Component
class V86__SchoolperiodenUitDeCellen extends BaseJavaMigration {

    /** Rows fetched per round trip and written per batch. */
    private static final int PER_KEER = 1_000;

    @Override
    public void migrate(Context context) throws SQLException {
        vul(context.getConnection());
    }

    /** Writes the row of every school and period that has cells. */
    static void vul(Connection connection) throws SQLException {
        try (PreparedStatement lees = connection.prepareStatement("select school_id, periode, indicator, onderdeel,"
                + " aantal, leerlingen, ja, som, gemeente, samenwerkingsverband from monitor_cel order by school_id, periode");
             PreparedStatement schrijf = connection.prepareStatement("insert into monitor_schoolperiode (school_id,"
                     + " periode, gemeente, samenwerkingsverband, cellen) values (?, ?, ?, ?, ?)")) {
            lees.setFetchSize(PER_KEER);
            Rij rij = null;
            int inBatch = 0;
            try (ResultSet rs = lees.executeQuery()) {
                while (rs.next()) {
                    long school = rs.getLong(1);
                    String periode = rs.getString(2);
                    if (rij == null || rij.school != school || !rij.periode.equals(periode)) {
                        if (rij != null) {
                            rij.voegToe(schrijf);
                            if (++inBatch == PER_KEER) {
                                schrijf.executeBatch();
                                inBatch = 0;
                            }
                        }
                        rij = new Rij(school, periode, rs.getString(9), rs.getString(10));
                    }
                    rij.groepen(rs.getString(9), rs.getString(10));
                    rij.cellen.add(new Schoolcel(rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6),
                            rs.getLong(7), rs.getLong(8)));
                }
            }
            if (rij != null) {
                rij.voegToe(schrijf);
                inBatch++;
            }
            if (inBatch > 0) {
                schrijf.executeBatch();
            }
        }
    }

    /** One school's cells of one period while they are read. */
    private static final class Rij {
        final long school;
        final String periode;
        String gemeente;
        String swv;
        final List<Schoolcel> cellen = new ArrayList<>();

        Rij(long school, String periode, String gemeente, String swv) {
            this.school = school;
            this.periode = periode;
            this.gemeente = gemeente;
            this.swv = swv;
        }

        /** A cell counted under other groups than the row's first: the row is counted under none. */
        void groepen(String gemeente, String swv) {
            if (!Objects.equals(gemeente, this.gemeente) || !Objects.equals(swv, this.swv)) {
                this.gemeente = null;
                this.swv = null;
            }
        }

        void voegToe(PreparedStatement schrijf) throws SQLException {
            schrijf.setLong(1, school);
            schrijf.setString(2, periode);
            schrijf.setString(3, gemeente);
            schrijf.setString(4, swv);
            schrijf.setBytes(5, Schoolperioden.schrijf(cellen));
            schrijf.addBatch();
        }
    }
}
