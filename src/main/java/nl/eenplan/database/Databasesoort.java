package nl.eenplan.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Whether the application's database is PostgreSQL, asked once: for the components that write dialect-specific SQL
 * per request (the monitor's row locks, the task list's long lists). Migrations, which have no beans, ask
 * {@link Database#isPostgres} on their own connection.
 */
@Component
public class Databasesoort {

    private final DataSource dataSource;
    private volatile Boolean opPostgres;

    Databasesoort(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean opPostgres() {
        if (opPostgres == null) {
            try (Connection c = dataSource.getConnection()) {
                opPostgres = Database.isPostgres(c);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return opPostgres;
    }
}
