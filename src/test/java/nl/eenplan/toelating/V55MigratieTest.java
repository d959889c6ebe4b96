package nl.eenplan.toelating;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * V55: an admission still LOPEND whose instance EenPlan deleted in code (INTERNALLY_TERMINATED, a school change) becomes
 * BEEINDIGD on the day it ended; one still running and one that ended by itself stay LOPEND. Without the engine's tables
 * (a new database) it does nothing.
 */
class V55MigratieTest {

    @Test
    void eenInCodeVerwijderdeLopendeToelatingWordtBeeindigdOpDeDagVanHetEinde() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:v55;DB_CLOSE_DELAY=-1", "sa", "");
             Statement s = c.createStatement()) {
            Toelatingsmigratie.maakTabellen(s);
            s.execute("insert into toelating values (1, 'inCode', 'LOPEND', null, true), "
                    + "(2, 'loopt', 'LOPEND', null, true), (3, 'zelfGeeindigd', 'LOPEND', null, true)");
            s.execute("insert into act_hi_procinst values ('inCode', 'INTERNALLY_TERMINATED', "
                    + "timestamp '2026-11-03 10:00:00'), ('loopt', 'ACTIVE', null), "
                    + "('zelfGeeindigd', 'COMPLETED', timestamp '2026-11-03 10:00:00')");
            s.execute("insert into act_ru_execution values ('x', 'loopt')");

            new V55__ToelatingInCodeVerwijderd().migrate(Toelatingsmigratie.context(c));

            try (ResultSet r = s.executeQuery("select id, status, besloten_op, lopend from toelating order by id")) {
                r.next();
                assertThat(r.getString("status")).isEqualTo("BEEINDIGD");
                assertThat(r.getDate("besloten_op").toLocalDate()).isEqualTo(java.time.LocalDate.of(2026, 11, 3));
                assertThat(r.getObject("lopend")).isNull();
                r.next();
                assertThat(r.getString("status")).isEqualTo("LOPEND");
                r.next();
                assertThat(r.getString("status")).isEqualTo("LOPEND");
            }
        }
    }

    @Test
    void opEenNieuweDatabaseZonderEngineTabellenGebeurtNiets() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:v55leeg;DB_CLOSE_DELAY=-1", "sa", "")) {
            new V55__ToelatingInCodeVerwijderd().migrate(Toelatingsmigratie.context(c));
        }
    }
}
