package nl.eenplan.toelating;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;

/**
 * What the tests of the admission migrations that read the engine's history (V45, V55) start from: the table
 * {@code toelating} and the two engine tables they read, and the Flyway context of one connection.
 */
final class Toelatingsmigratie {

    private Toelatingsmigratie() {
    }

    /** The table toelating and the engine's act_hi_procinst and act_ru_execution, empty. */
    static void maakTabellen(Statement s) throws SQLException {
        s.execute("create table toelating (id bigint primary key, proces_instantie_id varchar(64), "
                + "status varchar(20), besloten_op date, lopend boolean)");
        s.execute("create table act_hi_procinst (id_ varchar(64), state_ varchar(255), end_time_ timestamp)");
        s.execute("create table act_ru_execution (id_ varchar(64), proc_inst_id_ varchar(64))");
    }

    /** Flyway's context for a Java migration on this connection. */
    static Context context(Connection c) {
        Context context = mock(Context.class);
        when(context.getConnection()).thenReturn(c);
        return context;
    }
}
