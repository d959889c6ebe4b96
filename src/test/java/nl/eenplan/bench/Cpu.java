package nl.eenplan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CPU time, split between the nodes and PostgreSQL (issue #25: a model of N nodes needs the CPU per pupil of each).
 * <ul>
 * <li>Node: the benchmark JVM's process CPU ({@code com.sun.management.OperatingSystemMXBean}) minus the driver's
 * threads ({@link Driver}). It includes the JVM's own threads (GC, JIT) and, on H2, the database.</li>
 * <li>PostgreSQL: from Linux's /proc. The postmaster is the parent of any backend ({@code pg_backend_pid()}); its
 * user+system time plus that of its children that ended (cutime+cstime), plus the user+system time of its live
 * children (backends, autovacuum, checkpointer, WAL writer). So a backend that closes during a measurement is
 * counted once, alive or ended. It is the whole server: autovacuum and background writers included.</li>
 * </ul>
 * Elsewhere than Linux the PostgreSQL CPU is left out, with a message.
 */
final class Cpu {

    private Cpu() {
    }

    static final boolean PROC = Files.isReadable(Path.of("/proc/self/stat"));

    /** Clock ticks per second of /proc's times: {@code getconf CLK_TCK}, or 100 (Linux's usual value). */
    static final long TIKKEN_PER_SECONDE = tikkenPerSeconde();

    /** A reading of both counters; PostgreSQL's is -1 when it cannot be read. */
    record Stand(long jvmNs, long driverNs, long postgresTikken) {
    }

    static Stand nu(Driver driver, long postmaster) {
        return new Stand(jvmNs(), driver.cpuNs(), postmaster > 0 ? postgresTikken(postmaster) : -1);
    }

    static long jvmNs() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The postmaster's pid, or -1 if /proc cannot be read (not Linux). */
    static long postmaster(JdbcTemplate jdbc) {
        if (!PROC) {
            return -1;
        }
        long backend = jdbc.queryForObject("select pg_backend_pid()", Long.class);
        return stat(backend).ouder();
    }

    /** The CPU ticks of the postmaster and its children so far. */
    static long postgresTikken(long postmaster) {
        long som = stat(postmaster).metKinderen();
        try (Stream<Path> processen = Files.list(Path.of("/proc"))) {
            for (Path map : (Iterable<Path>) processen.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))::iterator) {
                ProcStat kind = leesOfNiets(map.resolve("stat"));
                if (kind != null && kind.ouder() == postmaster) {
                    som += kind.eigen();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return som;
    }

    static ProcStat stat(long pid) {
        ProcStat stat = leesOfNiets(Path.of("/proc", Long.toString(pid), "stat"));
        if (stat == null) {
            throw new IllegalStateException("Proces " + pid + " bestaat niet (meer)");
        }
        return stat;
    }

    /** A process may end between listing /proc and reading its file. */
    private static ProcStat leesOfNiets(Path bestand) {
        try {
            return ProcStat.lees(Files.readString(bestand, StandardCharsets.US_ASCII));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static long tikkenPerSeconde() {
        if (!PROC) {
            System.err.println("bench: no /proc (not Linux): PostgreSQL's CPU is not measured");
            return 100;
        }
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String uit = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            if (getconf.waitFor(10, TimeUnit.SECONDS) && getconf.exitValue() == 0 && uit.matches("\\d+")) {
                return Long.parseLong(uit);
            }
        } catch (IOException e) {
            // below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.err.println("bench: getconf CLK_TCK failed; assuming 100 ticks per second (see the check in the results)");
        return 100;
    }

    /**
     * A check of the tick rate: this JVM's own /proc time against its CPU from the JVM, as ticks per second (should be
     * close to {@link #TIKKEN_PER_SECONDE} once the JVM has used some seconds of CPU).
     */
    static String controle() {
        if (!PROC) {
            return "PostgreSQL CPU not measured (no /proc).";
        }
        ProcStat zelf = stat(ProcessHandle.current().pid());
        double gemeten = zelf.eigen() / (jvmNs() / 1e9);
        String melding = "clock ticks: %d per second (getconf CLK_TCK); this JVM's /proc time against its own CPU time gives %.0f"
                .formatted(TIKKEN_PER_SECONDE, gemeten);
        return Math.abs(gemeten - TIKKEN_PER_SECONDE) > 0.1 * TIKKEN_PER_SECONDE ? melding + " — MISMATCH, PostgreSQL CPU unreliable"
                : melding + ".";
    }
}
