package nl.eenplan.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The benchmark's options ({@code -Dbench.*}, docs/benchmark.md "How to run"), read once. */
final class Opties {

    private Opties() {
    }

    /** The database a node runs on: H2 embedded in the node, or the one embedded PostgreSQL server. */
    enum Database { H2, POSTGRES }

    /** EenPlan's settings, or the Camunda starter's defaults as the baseline. */
    enum Instellingen { EENPLAN, STANDAARD }

    static final int COHORT = Integer.getInteger("bench.cohort", 10_000);
    static final int STORM = Integer.getInteger("bench.storm", 10_000);
    /**
     * Pupils of the warm-up class upload before any measurement: by default a whole cohort, so the first configuration
     * measured meets a JIT that has run every path of a cohort-sized upload (a class of 2,000 left the first measured
     * cohort at 4.7 ms node CPU per pupil against 1.4 ms later; a whole cohort narrows that gap, it does not close it:
     * docs/benchmark.md).
     */
    static final int OPWARMEN = Math.max(1, Integer.getInteger("bench.opwarmen", COHORT));
    /**
     * Units of work each measured node (and each floor) does unmeasured right before its measurement: by default as
     * many as it then measures. Every measurement runs on a new node, a new Spring context in this JVM, whose new
     * classes (Hibernate's and Spring's proxies, a new engine) invalidate code the JIT compiled before: in the first
     * measurement after a warm-up elsewhere the JIT's threads took 0.25 of the machine against 0.04-0.14 in the
     * third, and the node's CPU per pupil was twice the third's (docs/benchmark.md, "The first measurement of a
     * run"). A production node is one context for weeks: this measures it warm. 0: only the small warm-up of earlier
     * runs.
     */
    static final int OPWARMEN_KNOOP = Integer.getInteger("bench.opwarmen.knoop", -1);

    /** {@link #OPWARMEN_KNOOP} for a measurement of {@code gemeten} units (the default: as many). */
    static int opwarmenKnoop(int gemeten) {
        return OPWARMEN_KNOOP < 0 ? gemeten : OPWARMEN_KNOOP;
    }
    /** {@code -Dbench.schaal=landelijk}: national sizes for the task list and the pages (1,000,000 open tasks). */
    static final boolean LANDELIJK = "landelijk".equalsIgnoreCase(System.getProperty("bench.schaal", "").trim());

    static final int TAKEN = Integer.getInteger("bench.taken", LANDELIJK ? 1_000_000 : 100_000);
    static final int MONITOR = Integer.getInteger("bench.monitor", 100_000);
    /** The monitor at national size ({@code Monitor.landelijk}): pupils after multiplying a generated region; 0: not run. */
    static final int MONITOR_LANDELIJK = Integer.getInteger("bench.monitor.landelijk", 0);
    static final int MONITOR_LANDELIJK_BASIS = Integer.getInteger("bench.monitor.landelijk.basis", 25_000);
    /**
     * Pupils per school in the national monitor: 500 gives 2,000 schools for 1,000,000 pupils; the country has about
     * 7,000 schools (2.5 million pupils, ~360 each), and the suppression's work grows with the schools.
     */
    static final int MONITOR_LANDELIJK_PER_SCHOOL = Math.max(1, Integer.getInteger("bench.monitor.landelijk.perschool", 500));
    /**
     * Requests measured per view of the national monitor, after as many unmeasured ones as {@code opwarmen}: with
     * 10 the p95 (nearest rank) was the slowest request; with 40 it leaves out the two slowest.
     */
    static final int MONITOR_LANDELIJK_VERZOEKEN =
            Math.max(1, Integer.getInteger("bench.monitor.landelijk.verzoeken", 40));
    static final int MONITOR_LANDELIJK_OPWARMEN =
            Math.max(0, Integer.getInteger("bench.monitor.landelijk.opwarmen", 5));
    /** The daily absence import: pupils with a dossier, over this many schools (one file each). */
    static final int VERZUIM = Integer.getInteger("bench.verzuim", 100_000);
    static final int VERZUIM_SCHOLEN = Math.max(1, Integer.getInteger("bench.verzuim.scholen", 200));

    /** How often each configuration is measured; the summary gives the median and min–max over all of them. */
    static final int HERHALINGEN = Math.max(1, Integer.getInteger("bench.herhalingen", 1));
    /**
     * An experiment for the cohort start: the bare engine and the JDBC floor with FK also as if a start carried its
     * six process variables as one (issue #25's lever "one variable instead of six"): what that would do to the ratio.
     */
    static final boolean EEN_VARIABELE = Boolean.getBoolean("bench.een-variabele");

    /**
     * ABBA (default): a repetition measures A, B, B, A, so a drift during the run (JIT, caches, a neighbour on the
     * machine) falls on both configurations alike. AB: one measurement each, the order turned round every other
     * repetition (a quick look).
     */
    static final boolean ABBA = !"AB".equalsIgnoreCase(System.getProperty("bench.volgorde", "ABBA").trim());

    /** The pages per role on cloned instances ({@link Paginas}): {@code -Dbench.paginas=true}, or national scale. */
    static final boolean PAGINAS = Boolean.getBoolean("bench.paginas") || LANDELIJK;

    /** Open tasks in the pages scenario: {@code bench.paginas.taken}; 100,000 regionally, 1,000,000 nationally. */
    static final int PAGINATAKEN = Integer.getInteger("bench.paginas.taken", LANDELIJK ? 1_000_000 : 100_000);

    /** The 27 vs 12 ms task-list experiment (issue #25, plan §1.5); it needs pg_stat_statements. */
    static final boolean TAKENLIJSTPROEF = Boolean.getBoolean("bench.takenlijst.proef");

    /** The open tasks in the experiment: {@code bench.takenlijst.proef.taken}, or {@code bench.taken}. */
    static final int PROEFTAKEN = Integer.getInteger("bench.takenlijst.proef.taken", TAKEN);

    /**
     * pg_stat_statements loaded into PostgreSQL (on by default, in every configuration alike, so ratios stay fair;
     * {@code -Dbench.statements=false} for a run timed without its own small cost).
     */
    static final boolean STATEMENTS = Boolean.parseBoolean(System.getProperty("bench.statements", "true")) || TAKENLIJSTPROEF;

    /** The databases to run on ({@code -Dbench.databases=POSTGRES} for one); all by default. */
    static final List<Database> DATABASES = Arrays.stream(System.getProperty("bench.databases", "H2,POSTGRES").split(","))
            .map(String::trim).map(Database::valueOf).toList();

    /** The settings to run with ({@code -Dbench.instellingen=EENPLAN} to try a change quickly, without the baseline). */
    static final List<Instellingen> INSTELLINGEN = Arrays.stream(System.getProperty("bench.instellingen",
            "EENPLAN,STANDAARD").split(",")).map(String::trim).map(Instellingen::valueOf).toList();

    /** The order of the measurements of all repetitions, ABBA or AB/BA (above). */
    static List<Instellingen> volgorde() {
        return volgorde(INSTELLINGEN, HERHALINGEN, ABBA);
    }

    static List<Instellingen> volgorde(List<Instellingen> instellingen, int herhalingen, boolean abba) {
        List<Instellingen> volgorde = new ArrayList<>();
        for (int h = 0; h < herhalingen; h++) {
            List<Instellingen> heen = new ArrayList<>(instellingen);
            List<Instellingen> terug = new ArrayList<>(instellingen);
            java.util.Collections.reverse(terug);
            if (instellingen.size() < 2) {
                volgorde.addAll(heen);
            } else if (abba) {
                volgorde.addAll(heen);
                volgorde.addAll(terug);
            } else {
                volgorde.addAll(h % 2 == 0 ? heen : terug);
            }
        }
        return volgorde;
    }
}
