package nl.eenplan.termijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import nl.eenplan.IntegratieTest;
import nl.eenplan.OpPostgres;
import nl.eenplan.database.Motorindexen;
import nl.eenplan.database.Uitlegplan;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AcquirableJobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #25, the deadline storm: the job executor's acquisition (Camunda's own statement, with EenPlan's settings:
 * timers first, then the most overdue) reads the first jobs from an index whether thousands of jobs are due or none,
 * and never the whole job table ({@link JobIndex}). Before EENPLAN_JOB_TIMERS_EERST and EENPLAN_JOB_VERGRENDELD a
 * storm's acquisition sorted every due job and read every job once for the locked ones: 14 ms per acquisition at
 * 100,000 jobs (docs/benchmark.md, "The deadline storm's acquisition").
 */
@OpPostgres
class JobAcquisitiePostgresIT extends IntegratieTest {

    private static final int JOBS = 20_000;
    private static final Plan PLAN = new Plan();

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void deIndexenStaanErEnZijnGeldig() {
        for (var index : JobIndex.INDEXEN) {
            assertThat(Motorindexen.geldig(jdbc, index.naam())).as(index.naam()).isTrue();
        }
    }

    @Test
    void eenStormVanTermijnen_deEersteTienUitDeIndex() {
        Uitlegplan plan = acquisitie(5_000);
        assertThat(plan.heeft("Sort", null)).as("zelfde volgorde als de index: geen sortering van alle vervallen jobs")
                .isFalse();
        assertThat(plan.heeft("Seq Scan", "act_ru_job"))
                .as("de vergrendelde jobs uit hun eigen index, niet de hele tabel").isFalse();
        assertThat(plan.gelezen("act_ru_job", "res")).as("rijen gelezen uit act_ru_job res").isLessThanOrEqualTo(20);
    }

    /**
     * The index in the acquisition's order must not become the way in when nothing is due: it would pass over every
     * future timer (millions in a national installation) at every poll of every node.
     */
    @Test
    void geenTermijnVervallen_deToekomstigeTimersNietGelezen() {
        Uitlegplan plan = acquisitie(0);
        assertThat(plan.heeft("Seq Scan", "act_ru_job")).isFalse();
        // Other tests sometimes leave a due job of their own.
        assertThat(plan.gelezen("act_ru_job", "res")).as("rijen gelezen uit act_ru_job res")
                .isLessThanOrEqualTo(10);
    }

    /**
     * The plan of one acquisition of ten jobs among {@link #JOBS} timers, of which {@code vervallen} are due and three
     * locked by another node, as EXPLAIN ANALYZE gives it for the statement and parameters Camunda sends. All in one
     * transaction that is rolled back: the jobs are not left for other tests.
     */
    private Uitlegplan acquisitie(int vervallen) {
        ProcessEngineConfigurationImpl conf = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        var mybatis = conf.getSqlSessionFactory().getConfiguration();
        synchronized (PLAN) {
            if (!mybatis.getInterceptors().contains(PLAN)) {
                mybatis.addInterceptor(PLAN); // a plugin stays for the context's life: it acts only when armed
            }
        }
        PLAN.regels.clear();
        PLAN.draad = Thread.currentThread();
        try {
            conf.getCommandExecutorTxRequired().execute(ctx -> {
                Connection c = ctx.getDbSqlSession().getSqlSession().getConnection();
                // Due or not by the engine's clock (the tests' fixed clock), not the database's.
                Timestamp nu = new Timestamp(ClockUtil.getCurrentTime().getTime());
                try (PreparedStatement jobs = c.prepareStatement("insert into ACT_RU_JOB (ID_, REV_, TYPE_, EXCLUSIVE_,"
                        + " EXECUTION_ID_, PROCESS_INSTANCE_ID_, RETRIES_, DUEDATE_, HANDLER_TYPE_, HANDLER_CFG_,"
                        + " SUSPENSION_STATE_, PRIORITY_, SEQUENCE_COUNTER_, CREATE_TIME_) select 'acquisitie' || n, 1,"
                        + " 'timer', true, 'e' || n, 'p' || n, 3,"
                        + " case when n <= ? then cast(? as timestamp) - interval '1 hour'"
                        + " else cast(? as timestamp) + interval '1 day' + n * interval '1 minute' end,"
                        + " 'timer-intermediate-transition', 'termijn', 1, 0, 1, ? from generate_series(1, ?) n");
                     Statement s = c.createStatement()) {
                    jobs.setInt(1, vervallen);
                    jobs.setTimestamp(2, nu);
                    jobs.setTimestamp(3, nu);
                    jobs.setTimestamp(4, nu);
                    jobs.setInt(5, JOBS);
                    jobs.executeUpdate();
                    s.execute("update ACT_RU_JOB set LOCK_OWNER_ = 'andere-node',"
                            + " LOCK_EXP_TIME_ = now() + interval '1 year'"
                            + " where ID_ in ('acquisitie1', 'acquisitie2', 'acquisitie3')");
                    s.execute("analyze ACT_RU_JOB");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                List<AcquirableJobEntity> jobs = ctx.getJobManager().findNextJobsToExecute(new Page(0, 10));
                // Other tests may have left a due job of their own: ours are checked by their ids.
                if (vervallen > 10) {
                    assertThat(jobs).hasSize(10).allSatisfy(j -> assertThat(j.getDuedate()).isBeforeOrEqualTo(nu));
                }
                assertThat(jobs).extracting(AcquirableJobEntity::getId).as("niet vervallen of vergrendeld")
                        .noneMatch(id -> id.matches("acquisitie[123]") || id.matches("acquisitie\\d+")
                                && Integer.parseInt(id.substring(10)) > vervallen);
                throw new Terug();
            });
        } catch (Terug verwacht) {
            // rolled back
        } finally {
            PLAN.draad = null;
        }
        assertThat(PLAN.regels).as("het plan van Camunda's acquisitie").isNotEmpty();
        return Uitlegplan.van(PLAN.regels);
    }

    private static final class Terug extends RuntimeException {
    }

    /**
     * Runs EXPLAIN (ANALYZE, FORMAT JSON) of the acquisition's statement, with its parameters, before the statement
     * itself; only in the thread of a test that armed it.
     */
    @Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
    static final class Plan implements Interceptor {

        final List<String> regels = new ArrayList<>();
        volatile Thread draad;

        @Override
        public Object intercept(Invocation aanroep) throws Throwable {
            if (draad != Thread.currentThread()) {
                return aanroep.proceed();
            }
            StatementHandler h = (StatementHandler) aanroep.getTarget();
            Object id = SystemMetaObject.forObject(h).getValue("delegate.mappedStatement.id");
            if (String.valueOf(id).endsWith(".selectNextJobsToExecute") && regels.isEmpty()) {
                Connection c = (Connection) aanroep.getArgs()[0];
                try (PreparedStatement uitleg = c.prepareStatement(Uitlegplan.EXPLAIN + h.getBoundSql().getSql())) {
                    h.getParameterHandler().setParameters(uitleg);
                    try (ResultSet rs = uitleg.executeQuery()) {
                        while (rs.next()) {
                            regels.add(rs.getString(1));
                        }
                    }
                }
            }
            return aanroep.proceed();
        }
    }
}
