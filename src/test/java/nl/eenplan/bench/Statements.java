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
 * reading waits a second for the collector. At the start the pools open their connections again before the clock
 * starts; each new connection's set-up (a SET, a transaction its backend reports later) is taken off the commits.
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

    /**
     * Starts counting: the counters read (commits) and reset (statements). Answers the commits to subtract at the end:
     * the commits so far, plus those the pools' newly opened connections still hold (each connection's set-up SET,
     * which its backend reports later, so inside the measurement).
     */
    static long begin(JdbcTemplate jdbc, List<ConfigurableApplicationContext> knopen) {
        if (Opties.STATEMENTS) {
            jdbc.execute("create extension if not exists pg_stat_statements");
            jdbc.execute("select pg_stat_statements_reset()");
        }
        spoel(knopen);
        long vastgehouden = 0;
        if (Opties.STATEMENTS) {
            vastgehouden = opzet(jdbc);
            jdbc.execute("select pg_stat_statements_reset()");
        }
        return commits(jdbc) + vastgehouden;
    }

    /** The JDBC driver's SETs when it opens a connection: one per connection, each a transaction of its own. */
    private static long opzet(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select coalesce(sum(calls), 0) from pg_stat_statements where dbid = (select oid from "
                + "pg_database where datname = current_database()) and query like 'SET application_name%'", Long.class);
    }

    static Uitkomst einde(JdbcTemplate jdbc, List<ConfigurableApplicationContext> knopen, long commitsBijBegin) {
        // No new connections until the reading: opening one is a transaction (and SETs) of its own.
        List<HikariDataSource> pools = pools(knopen);
        List<Integer> minimum = pools.stream().map(HikariDataSource::getMinimumIdle).toList();
        pools.forEach(p -> p.getHikariConfigMXBean().setMinimumIdle(0));
        spoel(knopen);
        long commits = commits(jdbc) - commitsBijBegin;
        List<Regel> regels = new ArrayList<>();
        if (Opties.STATEMENTS) {
            // Left out: the benchmark's own reading and resetting, and the set-up of the connections the pools open
            // again after the reading's eviction (the JDBC driver's SETs, each a transaction of its own: taken off
            // the commits too).
            long[] opzet = new long[1];
            jdbc.query("select query, calls, total_exec_time from pg_stat_statements where dbid = (select oid from pg_database "
                    + "where datname = current_database()) and query not like '%pg_stat_%' and query not like '%pg_backend_pid%' "
                    + "order by calls desc, total_exec_time desc", rs -> {
                        String query = rs.getString("query").replaceAll("\\s+", " ");
                        if (query.startsWith("SET application_name") || query.startsWith("SET extra_float_digits")) {
                            opzet[0] += rs.getLong("calls");
                        } else {
                            regels.add(new Regel(query, rs.getLong("calls"), rs.getDouble("total_exec_time")));
                        }
                    });
            commits -= opzet[0];
        }
        for (int i = 0; i < pools.size(); i++) {
            pools.get(i).getHikariConfigMXBean().setMinimumIdle(minimum.get(i));
        }
        return new Uitkomst(commits, regels);
    }

    private static long commits(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select xact_commit from pg_stat_database where datname = current_database()", Long.class);
    }

    /**
     * The nodes' idle pooled connections closed, so their backends hand in their counters; then a second's wait, and
     * until the pools have opened their connections again (so a measurement does not pay for opening them).
     */
    private static void spoel(List<ConfigurableApplicationContext> knopen) {
        List<HikariDataSource> pools = pools(knopen);
        pools.forEach(p -> p.getHikariPoolMXBean().softEvictConnections());
        try {
            Thread.sleep(1000);
            long uiterlijk = System.nanoTime() + 10_000_000_000L;
            while (pools.stream().anyMatch(p -> p.getHikariPoolMXBean().getTotalConnections() < p.getMinimumIdle())
                    && System.nanoTime() < uiterlijk) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<HikariDataSource> pools(List<ConfigurableApplicationContext> knopen) {
        return knopen.stream().map(k -> k.getBean(DataSource.class)).map(Statements::hikari).filter(java.util.Objects::nonNull)
                .toList();
    }

    private static HikariDataSource hikari(DataSource bron) {
        try {
            return bron.isWrapperFor(HikariDataSource.class) ? bron.unwrap(HikariDataSource.class) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
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
