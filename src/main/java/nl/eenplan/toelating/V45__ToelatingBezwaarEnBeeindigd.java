package nl.eenplan.toelating;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Issue 23, "toelatingbezwaar": (1) every school board says whether it is openbaar or bijzonder (schoolbestuur
 * .denominatie); existing boards become ONBEKEND, which EenPlan treats protectively (toelating.Bezwaarregel). (2) An
 * admission keeps its decision letter and the parents' objection or request for herziening. (3) BEEINDIGD is stored:
 * until now it was computed on read for an admission whose process instance had been deleted by hand; an admission
 * still LOPEND whose instance the engine no longer runs but ended as deleted (history state EXTERNALLY_TERMINATED)
 * becomes BEEINDIGD on the day it ended, as the read did. Java, not SQL: on a new database the engine's tables do not
 * exist yet when Flyway runs (and there is nothing to move then).
 */
@Component
class V45__ToelatingBezwaarEnBeeindigd extends BaseJavaMigration {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("alter table schoolbestuur add column denominatie varchar(10) default 'ONBEKEND' not null");
            s.execute("alter table toelating add column besluitbrief_op date");
            s.execute("alter table toelating add column besluitbrief_door varchar(200)");
            s.execute("alter table toelating add column besluitbrief_wijze varchar(20)");
            s.execute("alter table toelating add column bezwaartermijn_tot date");
            s.execute("alter table toelating add column rechtsmiddel varchar(30)");
            s.execute("alter table toelating add column bezwaar_ontvangen_op date");
            s.execute("alter table toelating add column bezwaar_beslistermijn date");
            s.execute("alter table toelating add column bezwaar_uitkomst varchar(20)");
            s.execute("alter table toelating add column bezwaar_besloten_op date");
        }
        beeindigVerwijderde(c, "EXTERNALLY_TERMINATED");
    }

    /**
     * Admissions still LOPEND whose instance the engine no longer runs but ended as deleted (history state {@code staat})
     * become BEEINDIGD on the day it ended. Nothing on a new database, where the engine's tables do not exist yet.
     */
    static void beeindigVerwijderde(Connection c, String staat) throws SQLException {
        if (!bestaat(c, "act_hi_procinst") || !bestaat(c, "act_ru_execution")) {
            return;
        }
        try (PreparedStatement lees = c.prepareStatement("""
                select t.id, h.end_time_ from toelating t join act_hi_procinst h on h.id_ = t.proces_instantie_id
                where t.status = 'LOPEND' and h.state_ = ?
                  and not exists (select 1 from act_ru_execution e where e.proc_inst_id_ = t.proces_instantie_id)""");
             PreparedStatement zet = c.prepareStatement(
                     "update toelating set status = 'BEEINDIGD', besloten_op = ?, lopend = null where id = ?");
             ResultSet r = zoek(lees, staat)) {
            while (r.next()) {
                Timestamp einde = r.getTimestamp(2);
                LocalDate op = einde == null ? LocalDate.now(NL) : LocalDate.ofInstant(einde.toInstant(), NL);
                zet.setDate(1, Date.valueOf(op));
                zet.setLong(2, r.getLong(1));
                zet.addBatch();
            }
            zet.executeBatch();
        }
    }

    private static ResultSet zoek(PreparedStatement lees, String staat) throws SQLException {
        lees.setString(1, staat);
        return lees.executeQuery();
    }

    private static boolean bestaat(Connection c, String tabel) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String naam : new String[] {tabel, tabel.toUpperCase(java.util.Locale.ROOT)}) {
            try (ResultSet r = meta.getTables(null, null, naam, null)) {
                if (r.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
