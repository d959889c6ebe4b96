package nl.eenplan.termijn;

import java.util.List;
import nl.eenplan.database.Motorindexen;
import nl.eenplan.database.Motorindexen.Index;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The indexes the job executor's acquisition needs with EenPlan's settings (nl.eenplan.engine.TimerInstellingen: timers
 * before other jobs, the most overdue first), made at every start when missing, on PostgreSQL concurrently
 * ({@link Motorindexen}).
 * <ul>
 * <li>{@code ACT_IDX_JOB_DUEDATE} (DUEDATE_): the index Camunda advises for acquiring by due date; it finds the few due
 * jobs among many future ones (a node's poll while nothing is due).</li>
 * <li>{@code EENPLAN_JOB_TIMERS_EERST} (TYPE_ desc, DUEDATE_), issue #25: the acquisition's own order. With thousands
 * of jobs due at once (a deadline storm) PostgreSQL fetched every due job and sorted them for the first ten; now it
 * reads the first ten.</li>
 * <li>{@code EENPLAN_JOB_VERGRENDELD} (PROCESS_INSTANCE_ID_ of the locked jobs only; PostgreSQL), issue #25: the
 * acquisition skips a job whose process instance has a locked job; in a storm PostgreSQL answered that by reading the
 * whole job table at every acquisition. Locked are a few jobs per job thread.</li>
 * </ul>
 * Measured in docs/benchmark.md ("The deadline storm's acquisition"); {@code JobAcquisitiePostgresIT} shows the plans.
 */
@Component
@ConditionalOnProperty(name = "eenplan.engine.standaardinstellingen", havingValue = "false", matchIfMissing = true)
class JobIndex implements ApplicationRunner {

    /** The advisory lock's key on PostgreSQL: any fixed number, EenPlan's own. */
    private static final long SLOT = 250_003L;

    static final List<Index> INDEXEN = List.of(
            new Index("ACT_IDX_JOB_DUEDATE", "ACT_RU_JOB", "DUEDATE_"),
            new Index("EENPLAN_JOB_TIMERS_EERST", "ACT_RU_JOB", "TYPE_ desc, DUEDATE_"),
            new Index("EENPLAN_JOB_VERGRENDELD", "ACT_RU_JOB", "PROCESS_INSTANCE_ID_", "LOCK_OWNER_ is not null"));

    private final JdbcTemplate jdbc;

    JobIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        Motorindexen.maak(jdbc, SLOT, "ACT_RU_JOB", INDEXEN);
    }
}
