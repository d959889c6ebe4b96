package nl.eenplan.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Indexes EenPlan adds to the engine's own tables (issue #25: the task list's, the job acquisition's). Camunda creates
 * its tables at engine start, after Flyway, so they are made at every start, only when missing.
 *
 * <p>On PostgreSQL {@code create index concurrently} outside a transaction, so a live table with millions of rows keeps
 * taking writes while an index builds; under an advisory lock, so of several nodes starting at once one builds and the
 * others go on without waiting. A build that broke off leaves an invalid index; the next start under the lock drops and
 * builds it again. On H2 a plain {@code create index}; a partial index (with {@code where}) is PostgreSQL's only.
 * Nothing here stops the start: a failure is logged, the engine is then only slower.
 */
public final class Motorindexen {

    private static final Logger LOG = LoggerFactory.getLogger(Motorindexen.class);

    private Motorindexen() {
    }

    /** An index on an engine table; {@code waar} (or null) makes it partial, on PostgreSQL only. */
    public record Index(String naam, String tabel, String kolommen, String waar) {

        public Index(String naam, String tabel, String kolommen) {
            this(naam, tabel, kolommen, null);
        }

        String maak(String hoe) {
            return "create index " + hoe + "if not exists " + naam + " on " + tabel + " (" + kolommen + ")"
                    + (waar == null ? "" : " where " + waar);
        }
    }

    /**
     * Makes the missing ones of {@code indexen}; {@code slot} is the caller's own advisory lock key on PostgreSQL (any
     * fixed number), {@code wat} names them in the log.
     */
    public static void maak(JdbcTemplate jdbc, long slot, String wat, List<Index> indexen) {
        try {
            jdbc.execute((ConnectionCallback<Void>) c -> {
                if (Database.isPostgres(c)) {
                    opPostgres(c, slot, wat, indexen);
                } else {
                    for (Index index : indexen) {
                        if (index.waar() == null) {
                            uitvoeren(c, index.maak(""));
                        }
                    }
                }
                return null;
            });
        } catch (DataAccessException e) {
            LOG.warn("Indexen op {} niet gemaakt (een andere node was misschien eerder): {}", wat, e.getMessage());
        }
    }

    private static void opPostgres(Connection c, long slot, String wat, List<Index> indexen) throws SQLException {
        if (!c.getAutoCommit()) {
            c.commit();
            c.setAutoCommit(true);
        }
        if (!waar(c, "select pg_try_advisory_lock(" + slot + ")")) {
            LOG.info("Indexen op {}: een andere node maakt ze nu.", wat);
            return;
        }
        try {
            for (Index index : indexen) {
                Boolean geldig = geldig(c, index.naam());
                if (Boolean.FALSE.equals(geldig)) {
                    // Left by a build that broke off (no other node builds: we hold the lock).
                    LOG.warn("Index {} is ongeldig (een eerdere bouw brak af): opnieuw gebouwd.", index.naam());
                    uitvoeren(c, "drop index concurrently if exists " + index.naam());
                }
                if (!Boolean.TRUE.equals(geldig)) {
                    uitvoeren(c, index.maak("concurrently "));
                }
            }
        } finally {
            waar(c, "select pg_advisory_unlock(" + slot + ")");
        }
    }

    /** Whether the index is valid, or null when there is none (PostgreSQL; the tests check the indexes with it). */
    public static Boolean geldig(JdbcTemplate jdbc, String naam) {
        return jdbc.execute((ConnectionCallback<Boolean>) c -> geldig(c, naam));
    }

    private static Boolean geldig(Connection c, String naam) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select i.indisvalid from pg_index i where i.indexrelid = "
                + "to_regclass(lower(?))")) {
            s.setString(1, naam);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getBoolean(1) : null;
            }
        }
    }

    private static boolean waar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() && r.getBoolean(1);
        }
    }

    private static void uitvoeren(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
