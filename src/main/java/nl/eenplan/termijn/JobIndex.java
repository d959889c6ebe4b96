package nl.eenplan.termijn;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The index Camunda advises for acquiring jobs by due date (nl.eenplan.engine.TimerInstellingen makes the job
 * executor take the most overdue deadline first): on ACT_RU_JOB (DUEDATE_). Camunda creates its own tables at engine
 * start, after Flyway, so the index is made here, once, idempotently; with several nodes starting at
 * the same moment one of them may lose the race, which is harmless.
 */
@Component
@ConditionalOnProperty(name = "eenplan.engine.standaardinstellingen", havingValue = "false", matchIfMissing = true)
class JobIndex implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JobIndex.class);

    private final JdbcTemplate jdbc;

    JobIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            jdbc.execute("create index if not exists ACT_IDX_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_)");
        } catch (DataAccessException e) {
            LOG.warn("Index op ACT_RU_JOB (DUEDATE_) niet gemaakt (een andere node was misschien eerder): {}",
                    e.getMessage());
        }
    }
}
