package nl.eenplan.taak;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import nl.eenplan.database.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The indexes {@link Takenlijst} reads in order, so a list stops at its limit instead of sorting every visible task
 * (issue #25): ACT_RU_TASK (TENANT_ID_, DUE_DATE_, CREATE_TIME_, ID_) for a school's users, (DUE_DATE_, CREATE_TIME_,
 * ID_) for those who see every school. ID_ last, as the list's last sort key: the order is total. And the one its
 * link-driven form reads for a user offered few tasks in the schools they see: ACT_RU_IDENTITYLINK (GROUP_ID_,
 * TENANT_ID_, TYPE_, TASK_ID_), the candidate links of a group in those schools only, read from the index alone.
 *
 * <p>Camunda creates its tables at engine start, after Flyway, so the indexes are made here, at every start, only when
 * missing. On PostgreSQL {@code create index concurrently} outside a transaction, so a live table with a million
 * tasks keeps taking writes; under an advisory lock, so of several nodes starting at once one builds and the others
 * go on without waiting. A build that broke off leaves an invalid index; the next start under the lock drops and
 * builds it again. Nothing here stops the start: a failure is logged, the list is then only slower.
 */
@Component
@ConditionalOnProperty(name = "eenplan.engine.standaardinstellingen", havingValue = "false", matchIfMissing = true)
class TaakIndexen implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(TaakIndexen.class);

    /** The advisory lock's key on PostgreSQL: any fixed number, EenPlan's own. */
    private static final long SLOT = 250_002L;

    record Index(String naam, String tabel, String kolommen) {

        String maak(String hoe) {
            return "create index " + hoe + "if not exists " + naam + " on " + tabel + " (" + kolommen + ")";
        }
    }

    static final List<Index> INDEXEN = List.of(
            new Index("ACT_IDX_TASK_TENANT_DUE", "ACT_RU_TASK", "TENANT_ID_, DUE_DATE_, CREATE_TIME_, ID_"),
            new Index("ACT_IDX_TASK_DUE", "ACT_RU_TASK", "DUE_DATE_, CREATE_TIME_, ID_"),
            new Index("ACT_IDX_IDENT_LNK_GROUP_TENANT", "ACT_RU_IDENTITYLINK", "GROUP_ID_, TENANT_ID_, TYPE_, TASK_ID_"));

    private final JdbcTemplate jdbc;

    TaakIndexen(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            jdbc.execute((ConnectionCallback<Void>) c -> {
                if (Database.isPostgres(c)) {
                    opPostgres(c);
                } else {
                    for (Index index : INDEXEN) {
                        uitvoeren(c, index.maak(""));
                    }
                }
                return null;
            });
        } catch (DataAccessException e) {
            LOG.warn("Indexen op ACT_RU_TASK en ACT_RU_IDENTITYLINK niet gemaakt (een andere node was misschien eerder): {}",
                    e.getMessage());
        }
    }

    private void opPostgres(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.commit();
            c.setAutoCommit(true);
        }
        if (!waar(c, "select pg_try_advisory_lock(" + SLOT + ")")) {
            LOG.info("Indexen op ACT_RU_TASK en ACT_RU_IDENTITYLINK: een andere node maakt ze nu.");
            return;
        }
        try {
            for (Index index : INDEXEN) {
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
            waar(c, "select pg_advisory_unlock(" + SLOT + ")");
        }
    }

    /** Whether the index is valid, or null when there is none. */
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
