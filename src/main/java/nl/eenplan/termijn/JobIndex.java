package nl.eenplan.termijn;

import java.util.List;
import nl.eenplan.database.Databasesoort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The indexes the job executor's acquisition needs with EenPlan's settings (nl.eenplan.engine.TimerInstellingen: the
 * most overdue deadline first, timers before other jobs). Camunda creates its own tables at engine start, after
 * Flyway, so the indexes are made here, at every start, idempotently; with several nodes starting at the same moment
 * one of them may lose the race, which is harmless. On a large ACT_RU_JOB the first start after an upgrade builds them
 * (job writes wait meanwhile; docs/beheer.md).
 * <ul>
 * <li>{@code ACT_IDX_JOB_DUEDATE} (DUEDATE_): the index Camunda advises for acquiring by due date; it finds the few
 * due jobs among many future ones.</li>
 * <li>PostgreSQL, issue #25: the acquisition orders by type (timers first), then due date. With thousands of jobs due
 * at once (a deadline storm) PostgreSQL fetched every due job and sorted them for the first ten;
 * {@code EENPLAN_JOB_TIMERS_EERST} (TYPE_ desc, DUEDATE_) holds them in that order, so it reads the first ten.</li>
 * <li>PostgreSQL, issue #25: the acquisition skips a job whose process instance has a locked job
 * ({@code not exists}); for many due jobs PostgreSQL answered that by reading the whole table once per acquisition.
 * {@code EENPLAN_JOB_VERGRENDELD} holds only the locked jobs (a few per job thread).</li>
 * </ul>
 * Measured in docs/benchmark.md ("The deadline storm's acquisition"); {@code JobAcquisitiePostgresIT} shows the plans.
 * H2 (a region's start) has no partial indexes and keeps the first only.
 */
@Component
@ConditionalOnProperty(name = "eenplan.engine.standaardinstellingen", havingValue = "false", matchIfMissing = true)
class JobIndex implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JobIndex.class);

    static final String OP_VERVALDATUM = "create index if not exists ACT_IDX_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_)";
    static final List<String> OP_POSTGRES = List.of(
            "create index if not exists EENPLAN_JOB_TIMERS_EERST on ACT_RU_JOB (TYPE_ desc, DUEDATE_)",
            "create index if not exists EENPLAN_JOB_VERGRENDELD on ACT_RU_JOB (PROCESS_INSTANCE_ID_)"
                    + " where LOCK_OWNER_ is not null");

    private final JdbcTemplate jdbc;
    private final Databasesoort databasesoort;

    JobIndex(JdbcTemplate jdbc, Databasesoort databasesoort) {
        this.jdbc = jdbc;
        this.databasesoort = databasesoort;
    }

    @Override
    public void run(ApplicationArguments args) {
        maak(OP_VERVALDATUM);
        if (databasesoort.opPostgres()) {
            OP_POSTGRES.forEach(this::maak);
        }
    }

    private void maak(String index) {
        try {
            jdbc.execute(index);
        } catch (DataAccessException e) {
            LOG.warn("Index op ACT_RU_JOB niet gemaakt (een andere node was misschien eerder): {} ({})", index,
                    e.getMessage());
        }
    }
}
