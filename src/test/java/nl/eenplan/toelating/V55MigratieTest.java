package nl.eenplan.toelating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;
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
            s.execute("create table toelating (id bigint primary key, proces_instantie_id varchar(64), "
                    + "status varchar(20), besloten_op date, lopend boolean)");
            s.execute("create table act_hi_procinst (id_ varchar(64), state_ varchar(255), end_time_ timestamp)");
            s.execute("create table act_ru_execution (id_ varchar(64), proc_inst_id_ varchar(64))");
            s.execute("insert into toelating values (1, 'inCode', 'LOPEND', null, true), "
                    + "(2, 'loopt', 'LOPEND', null, true), (3, 'zelfGeeindigd', 'LOPEND', null, true)");
            s.execute("insert into act_hi_procinst values ('inCode', 'INTERNALLY_TERMINATED', "
                    + "timestamp '2026-11-03 10:00:00'), ('loopt', 'ACTIVE', null), "
                    + "('zelfGeeindigd', 'COMPLETED', timestamp '2026-11-03 10:00:00')");
            s.execute("insert into act_ru_execution values ('x', 'loopt')");
            Context context = mock(Context.class);
            when(context.getConnection()).thenReturn(c);

            new V55__ToelatingInCodeVerwijderd().migrate(context);

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
            Context context = mock(Context.class);
            when(context.getConnection()).thenReturn(c);
            new V55__ToelatingInCodeVerwijderd().migrate(context);
        }
    }
}
