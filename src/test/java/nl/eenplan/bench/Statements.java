package nl.eenplan.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What PostgreSQL executed during a measurement: every statement's calls and execution time (pg_stat_statements,
 * reset before, read after) and the transactions committed ({@code pg_stat_database.xact_commit}, read-only and
 * autocommit ones included: each is a round trip with a commit).
 * <p>
 * PostgreSQL 14's backends send their counters to the statistics collector at most every 500 ms and otherwise at the
 * next transaction or when they end, so an idle pooled connection can hold some back. Before each reading the nodes'
 * pools therefore close their idle connections (Hikari's soft evict: the backends end and send everything) and the
 * reading waits a second for the collector. The pool opens new connections before the next measurement.
 */
final class Statements {

    private Statements() {
    }

    /** One statement as pg_stat_statements normalises it. */
    record Regel(String query, long calls, double ms) {
    }

    /** A measurement's counts; {@code regels} is empty without pg_stat_statements. */
    record Uitkomst(long commits, List<Regel> regels) {

        boolean metStatements() {
            return !regels.isEmpty();
        }

        long calls() {
            return regels.stream().mapToLong(Regel::calls).sum();
        }

        double ms() {
            return regels.stream().mapToDouble(Regel::ms).sum();
        }
    }

    /** Starts counting: the counters read (commits) and reset (statements). */
    static long begin(JdbcTemplate jdbc, List<ConfigurableApplicationContext> knopen) {
        if (Opties.STATEMENTS) {
            jdbc.execute("create extension if not exists pg_stat_statements");
        }
        spoel(knopen);
        if (Opties.STATEMENTS) {
            jdbc.execute("select pg_stat_statements_reset()");
        }
        return commits(jdbc);
    }

    static Uitkomst einde(JdbcTemplate jdbc, List<ConfigurableApplicationContext> knopen, long commitsBijBegin) {
        spoel(knopen);
        long commits = commits(jdbc) - commitsBijBegin;
        List<Regel> regels = new ArrayList<>();
        if (Opties.STATEMENTS) {
            // Leave out the benchmark's own reading and resetting.
            jdbc.query("select query, calls, total_exec_time from pg_stat_statements where dbid = (select oid from pg_database "
                    + "where datname = current_database()) and query not like '%pg_stat_%' and query not like '%pg_backend_pid%' "
                    + "order by calls desc, total_exec_time desc", rs -> {
                        regels.add(new Regel(rs.getString("query").replaceAll("\\s+", " "), rs.getLong("calls"),
                                rs.getDouble("total_exec_time")));
                    });
        }
        return new Uitkomst(commits, regels);
    }

    private static long commits(JdbcTemplate jdbc) {
        jdbc.execute("select pg_stat_clear_snapshot()");
        return jdbc.queryForObject("select xact_commit from pg_stat_database where datname = current_database()", Long.class);
    }

    /** The nodes' idle pooled connections closed, so their backends hand in their counters; then a second's wait. */
    private static void spoel(List<ConfigurableApplicationContext> knopen) {
        for (ConfigurableApplicationContext knoop : knopen) {
            DataSource bron = knoop.getBean(DataSource.class);
            try {
                if (bron.isWrapperFor(HikariDataSource.class)) {
                    bron.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The statements of a measurement per unit, the most frequent first; those under 0.05 per unit summed in one row. */
    static List<String> tabel(Uitkomst uitkomst, int eenheden, String eenheid, double msPerEenheid) {
        List<String> tabel = new ArrayList<>(List.of("| statement | per " + eenheid + " | ms per " + eenheid + " |", "|---|---|---|"));
        long restCalls = 0;
        double restMs = 0;
        for (Regel r : uitkomst.regels()) {
            double calls = r.calls() / (double) eenheden;
            if (calls >= 0.05) {
                String query = r.query().replace("|", "\\|");
                tabel.add("| `%s` | %.2f | %.3f |".formatted(query.length() > 90 ? query.substring(0, 90) + "…" : query, calls,
                        r.ms() / eenheden));
            } else {
                restCalls += r.calls();
                restMs += r.ms();
            }
        }
        tabel.add("| (the other statements) | %.2f | %.3f |".formatted(restCalls / (double) eenheden, restMs / eenheden));
        tabel.add("| **all statements** | %.1f | %.2f (of %.2f ms per %s in all) |".formatted(uitkomst.calls() / (double) eenheden,
                uitkomst.ms() / eenheden, msPerEenheid, eenheid));
        tabel.add("| commits (`pg_stat_database`) | %.2f | |".formatted(uitkomst.commits() / (double) eenheden));
        return tabel;
    }
}
