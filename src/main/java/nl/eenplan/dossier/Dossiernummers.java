package nl.eenplan.dossier;

import java.util.ArrayDeque;
import java.util.Deque;
import nl.eenplan.database.Databasesoort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A dossier's id, from {@code dossier_seq}: the number people see (2026-00042, {@link Dossier#getNummer}), so it is
 * fetched only for a dossier about to be written and never in blocks that a restart or another node would skip
 * (Hibernate's pooled ids would). One at a time, or for a class upload's block the numbers of all the dossiers it
 * opens in one statement (issue #25: a round trip per new pupil otherwise). A transaction that rolls back loses its
 * numbers, as with any sequence.
 */
@Component
class Dossiernummers {

    private final JdbcTemplate jdbc;
    private final Databasesoort database;

    Dossiernummers(JdbcTemplate jdbc, Databasesoort database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    long volgende() {
        return jdbc.queryForObject("select nextval('dossier_seq')", Long.class);
    }

    /** {@code aantal} numbers, lowest first. */
    Deque<Long> volgende(int aantal) {
        if (aantal == 0) {
            return new ArrayDeque<>();
        }
        String rijen = database.opPostgres() ? "generate_series(1, ?)" : "system_range(1, ?)";
        return new ArrayDeque<>(jdbc.queryForList("select nextval('dossier_seq') from " + rijen, Long.class, aantal)
                .stream().sorted().toList());
    }
}
