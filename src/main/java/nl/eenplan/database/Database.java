package nl.eenplan.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Which database EenPlan runs on: PostgreSQL in production, H2 for the demo and most tests. */
public final class Database {

    private Database() {
    }

    /** Whether this connection is to PostgreSQL (else H2). */
    public static boolean isPostgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
}
