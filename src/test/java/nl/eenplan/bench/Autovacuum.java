package nl.eenplan.bench;

import nl.eenplan.bench.Opties.Database;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL's autovacuum kept out of the cohort start's measurements: switched off for the server from before the
 * measured upload until after its floors, the work it would have done until then done first ({@link #ruimOp}).
 * <p>
 * Why: the upload writes some 200,000 rows, after which autovacuum (a check per database about once a minute) visits
 * those tables during whichever measurement comes next. In three runs of 2026-12-06 it visited 11–38 tables during 5
 * of the 21 floors and bare engines, never during EenPlan's upload: its CPU, which PostgreSQL's measured CPU includes,
 * slowed those floors and so flattered EenPlan's ratio at random
 * (docs/benchmark.md, "Autovacuum out of the cohort start's measurements"). A production server vacuums these rows
 * too, later; neither side of the comparison is charged for it now. {@link Omstandigheden} shows each measurement's
 * autovacuum visits, so a run shows that none came.
 */
final class Autovacuum implements AutoCloseable {

    private final JdbcTemplate jdbc;

    private Autovacuum(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Off for the whole server (every database of the run), running workers stopped; what it left undone is for
     * {@link #ruimOp} after the next warm-up. Nothing on H2 (closing does nothing there either).
     */
    static Autovacuum uit(JdbcTemplate jdbc, Database db) {
        if (db != Database.POSTGRES) {
            return new Autovacuum(null);
        }
        Autovacuum uit = new Autovacuum(jdbc);
        jdbc.execute("alter system set autovacuum = off");
        try {
            jdbc.queryForObject("select pg_reload_conf()", Boolean.class);
            // The launcher stops once it has read the setting; a worker that was already busy goes on, so it is
            // stopped (its table is left for ruimOp, which every caller runs after its warm-up). Until the launcher
            // is gone it may still start one.
            long tot = System.nanoTime() + 60_000_000_000L;
            while (jdbc.queryForObject("select count(case when backend_type = 'autovacuum worker' then "
                    + "pg_cancel_backend(pid) end) + count(*) filter (where backend_type = 'autovacuum launcher') "
                    + "from pg_stat_activity where backend_type in ('autovacuum worker', 'autovacuum launcher')",
                    Long.class) > 0) {
                if (System.nanoTime() > tot) {
                    throw new IllegalStateException("bench: autovacuum did not stop within a minute");
                }
                slaap();
            }
        } catch (RuntimeException e) {
            // never leave the server without autovacuum for the scenarios after this one
            uit.close();
            throw e;
        }
        return uit;
    }

    /**
     * What autovacuum would have done by now, done now: {@code vacuum analyze} of the node's database (tables and
     * statistics as after its visit), outside any measurement. Only analysed on H2.
     */
    static void ruimOp(JdbcTemplate jdbc, Database db) {
        jdbc.execute(db == Database.POSTGRES ? "vacuum analyze" : "analyze");
    }

    /** On again, as the server was started (its setting from the configuration, not from {@code alter system}). */
    @Override
    public void close() {
        if (jdbc != null) {
            jdbc.execute("alter system reset autovacuum");
            jdbc.queryForObject("select pg_reload_conf()", Boolean.class);
        }
    }

    private static void slaap() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
