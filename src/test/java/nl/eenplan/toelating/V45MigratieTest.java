package nl.eenplan.toelating;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * V45 on a database with the engine's tables: an admission still LOPEND whose instance the engine deleted
 * (EXTERNALLY_TERMINATED) becomes BEEINDIGD on the day it ended, as the read used to store it; one still running, one
 * that ended by itself and one already decided stay as they are. Existing boards become ONBEKEND.
 */
class V45MigratieTest {

    @Test
    void eenDoorDeEngineVerwijderdeLopendeToelatingWordtBeeindigdOpDeDagVanHetEinde() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:v45;DB_CLOSE_DELAY=-1", "sa", "");
             Statement s = c.createStatement()) {
            s.execute("create table schoolbestuur (bestuursnummer varchar(5) primary key, naam varchar(200))");
            s.execute("insert into schoolbestuur values ('41234', 'Stichting Voorbeeld')");
            Toelatingsmigratie.maakTabellen(s);
            s.execute("insert into toelating values (1, 'verwijderd', 'LOPEND', null, true), "
                    + "(2, 'loopt', 'LOPEND', null, true), (3, 'besloten', 'TOEGELATEN', date '2026-11-02', null), "
                    + "(4, 'zelfGeeindigd', 'LOPEND', null, true)");
            s.execute("insert into act_hi_procinst values ('verwijderd', 'EXTERNALLY_TERMINATED', "
                    + "timestamp '2026-11-03 10:00:00'), ('loopt', 'ACTIVE', null), "
                    + "('zelfGeeindigd', 'COMPLETED', timestamp '2026-11-03 10:00:00')");
            s.execute("insert into act_ru_execution values ('x', 'loopt')");

            new V45__ToelatingBezwaarEnBeeindigd().migrate(Toelatingsmigratie.context(c));

            try (ResultSet r = s.executeQuery("select id, status, besloten_op, lopend from toelating order by id")) {
                r.next();
                assertThat(r.getString("status")).isEqualTo("BEEINDIGD");
                assertThat(r.getDate("besloten_op").toLocalDate()).isEqualTo(java.time.LocalDate.of(2026, 11, 3));
                assertThat(r.getObject("lopend")).isNull();
                r.next();
                assertThat(r.getString("status")).isEqualTo("LOPEND");
                r.next();
                assertThat(r.getString("status")).isEqualTo("TOEGELATEN");
                r.next();
                assertThat(r.getString("status")).isEqualTo("LOPEND");
            }
            try (ResultSet r = s.executeQuery("select denominatie from schoolbestuur")) {
                r.next();
                assertThat(r.getString(1)).isEqualTo("ONBEKEND");
            }
        }
    }
}
