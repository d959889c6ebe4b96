package nl.eenplan.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What else happened on the machine and in PostgreSQL during a measurement, to tell why the same work measured twice
 * took different times (the floor with FK's own rate spread 1,202–2,048 pupils/s on the same code in one evening:
 * docs/benchmark.md, "Autovacuum out of the cohort start's measurements"). Read at the start and the end of a
 * {@link Meting}:
 * <ul>
 * <li>the machine's time waiting for the disk and taken by the hypervisor ({@code /proc/stat}'s iowait and steal, all
 * cores together);</li>
 * <li>the JIT compiler's time in the benchmark's JVM ({@code CompilationMXBean}: every node in it and the driver; its
 * threads' CPU is in the node's: issue #25's first page measured of a run paid for compiling the pages' code);</li>
 * <li>PostgreSQL's WAL: bytes, how often it was written and flushed to disk and how long that took
 * ({@code pg_stat_wal}; the times need {@code track_wal_io_timing}, which the benchmark's server sets);</li>
 * <li>autovacuum's and autoanalyze's visits to the tables of the node's database ({@code pg_stat_all_tables}), and
 * whether an autovacuum worker was busy at the start or the end.</li>
 * </ul>
 * On H2 only the machine's part; elsewhere than Linux nothing. PostgreSQL 14's backends report their WAL counters
 * at most every 500 ms, so the start's WAL may lack what idle connections had not yet reported (the end's is read
 * after {@link Statements#einde} has made them report), so a measurement's WAL may be a little high. With fsync off
 * (the embedded server) PostgreSQL counts no WAL flushes.
 */
record Omstandigheden(double iowaitS, double stealS, double jitS, double walMb, long walSyncs, double walSyncMs,
                      double walWriteMs, long autovacuums, boolean autovacuumBezig) {

    /** The counters at one moment; the PostgreSQL ones 0 on H2. */
    record Stand(long iowait, long steal, long jitMs, long walBytes, long walSyncs, double walSyncMs, double walWriteMs,
                 long autovacuums, boolean autovacuumBezig) {
    }

    static Stand nu(JdbcTemplate postgres) {
        long[] machine = machine();
        long jitMs = jitMs();
        if (postgres == null) {
            return new Stand(machine[0], machine[1], jitMs, 0, 0, 0, 0, 0, false);
        }
        return postgres.queryForObject("select w.wal_bytes, w.wal_sync, w.wal_sync_time, w.wal_write_time, "
                        + "(select coalesce(sum(autovacuum_count + autoanalyze_count), 0) from pg_stat_all_tables) a, "
                        + "exists (select 1 from pg_stat_activity where backend_type = 'autovacuum worker') b "
                        + "from pg_stat_wal w",
                (rs, i) -> new Stand(machine[0], machine[1], jitMs, rs.getLong(1), rs.getLong(2), rs.getDouble(3),
                        rs.getDouble(4), rs.getLong(5), rs.getBoolean(6)));
    }

    static Omstandigheden tussen(Stand begin, Stand eind) {
        double tik = Cpu.TIKKEN_PER_SECONDE;
        return new Omstandigheden((eind.iowait() - begin.iowait()) / tik, (eind.steal() - begin.steal()) / tik,
                (eind.jitMs() - begin.jitMs()) / 1000.0,
                (eind.walBytes() - begin.walBytes()) / 1e6, eind.walSyncs() - begin.walSyncs(),
                eind.walSyncMs() - begin.walSyncMs(), eind.walWriteMs() - begin.walWriteMs(),
                eind.autovacuums() - begin.autovacuums(), begin.autovacuumBezig() || eind.autovacuumBezig());
    }

    /** The columns of {@link #cellen}. */
    static String kolommen() {
        return "iowait (s) | steal (s) | JIT (s) | WAL MB | WAL-syncs | sync (ms) | write (ms) | autovacuum";
    }

    String cellen() {
        return "%.1f | %.1f | %.1f | %.0f | %d | %.0f | %.0f | %d%s".formatted(iowaitS, stealS, jitS, walMb, walSyncs,
                walSyncMs, walWriteMs, autovacuums, autovacuumBezig ? " (busy)" : "");
    }

    /** The JVM's JIT compiler's time so far in ms; 0 without a JIT or its timing. */
    static long jitMs() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /** iowait and steal of all cores together from {@code /proc/stat}'s first line (proc(5)); zeros without it. */
    private static long[] machine() {
        if (!Cpu.PROC) {
            return new long[] {0, 0};
        }
        try {
            String eerste = Files.readAllLines(Path.of("/proc/stat"), StandardCharsets.US_ASCII).get(0);
            // cpu user nice system idle iowait irq softirq steal ...
            String[] velden = eerste.trim().split("\\s+");
            return new long[] {Long.parseLong(velden[5]), Long.parseLong(velden[8])};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
