package nl.eenplan.bench;

import java.util.List;
import nl.eenplan.bench.Opties.Database;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One measured stretch: wall time, node CPU, PostgreSQL CPU and PostgreSQL's statements and commits, from
 * {@link #begin} to {@link #stop}. The statement counters are read around the CPU window (their waits are not in it).
 */
final class Meting {

    static Driver driver;

    private final Database db;
    private final List<ConfigurableApplicationContext> knopen;
    private final JdbcTemplate jdbc;
    private final boolean clientTeltMee;
    private final long postmaster;
    private final long commits;
    private final Cpu.Stand cpu;
    private final Omstandigheden.Stand omstandigheden;
    private long begin;

    private Meting(Database db, List<ConfigurableApplicationContext> knopen, boolean clientTeltMee) {
        this.db = db;
        this.knopen = knopen;
        this.jdbc = knopen.get(0).getBean(JdbcTemplate.class);
        this.clientTeltMee = clientTeltMee;
        driver.registreer();
        if (db == Database.POSTGRES) {
            // What earlier work left dirty is written now, not inside this measurement.
            jdbc.execute("checkpoint");
        }
        postmaster = db == Database.POSTGRES ? Cpu.postmaster(jdbc) : -1;
        // outside the commits counted (it reads in a transaction of its own), as its reading at the end
        omstandigheden = omstandighedenNu();
        commits = db == Database.POSTGRES ? Statements.begin(jdbc, knopen) : 0;
        cpu = Cpu.nu(driver, postmaster);
        begin = System.nanoTime();
    }

    /** Measures the nodes' work, the driver's threads left out. */
    static Meting begin(Database db, List<ConfigurableApplicationContext> knopen) {
        return new Meting(db, knopen, false);
    }

    /** Measures a floor that runs on the benchmark's own threads: all of the JVM's CPU counts. */
    static Meting beginVloer(Database db, ConfigurableApplicationContext knoop) {
        return new Meting(db, List.of(knoop), true);
    }

    /**
     * The wall clock starts now rather than at {@link #begin}: for work that starts at a moment of its own (the storm's
     * due moment), with the counters read shortly before it, so that none of the work escapes them.
     */
    void startKlok() {
        begin = System.nanoTime();
    }

    Resultaat stop(int eenheden) {
        long ns = System.nanoTime() - begin;
        Cpu.Stand eind = Cpu.nu(driver, postmaster);
        double knoopMs = ((eind.jvmNs() - cpu.jvmNs()) - (clientTeltMee ? 0 : eind.driverNs() - cpu.driverNs())) / 1e6;
        double postgresMs = postmaster > 0 ? (eind.postgresTikken() - cpu.postgresTikken()) * 1000.0 / Cpu.TIKKEN_PER_SECONDE
                : Double.NaN;
        Statements.Uitkomst statements = db == Database.POSTGRES ? Statements.einde(jdbc, knopen, commits) : null;
        Omstandigheden intussen = Omstandigheden.tussen(omstandigheden, omstandighedenNu());
        return new Resultaat(ns / 1e9, eenheden, knoopMs, postgresMs, statements, intussen);
    }

    /** The machine's and the server's counters now (iowait, steal, JIT, WAL, autovacuum); PostgreSQL's 0 on H2. */
    private Omstandigheden.Stand omstandighedenNu() {
        return Omstandigheden.nu(db == Database.POSTGRES ? jdbc : null);
    }
}
