package nl.eenplan.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import nl.eenplan.bench.Opties.Database;
import nl.eenplan.bench.Opties.Instellingen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The benchmark (not part of the normal test run: {@code mvn -Pbench verify}; options in {@link Opties}, method and
 * results in docs/benchmark.md). Each scenario measures EenPlan's engine settings against the Camunda starter's
 * defaults (the baseline) in the same run, each measurement on a fresh database, in ABBA order, and reports per unit
 * the throughput, the CPU of the nodes and of PostgreSQL, and PostgreSQL's statements and commits; the cohort start
 * also against two floors ({@link Vloeren}). Results go to target/benchmark/resultaten.md.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EenPlanBenchmark {

    @BeforeAll
    static void start() throws Exception {
        Meting.driver = new Driver();
        Knopen.startPostgres();
        // Warm the JVM up first (JIT, class loading) on the paths measured below, on every database of the run
        // (H2 and PostgreSQL take different code paths in the driver and in Camunda's SQL), so that the
        // configuration measured first does not pay for it. On two nodes one after the other: every measurement
        // runs on a new node (a Spring context) whose new classes make the JIT recompile what it compiled for the
        // node before; after the second node far less than after the first (JFR, docs/benchmark.md).
        for (Database db : Opties.DATABASES) {
            for (int k = 1; k <= 2; k++) {
                try (var knoop = Knopen.knoop("opwarmen" + k, db, Knopen.nieuweDatabase(db, "opwarmen" + k),
                        Instellingen.EENPLAN)) {
                    Knopen.richtSchoolIn(knoop);
                    Meting.driver.upload(knoop, Knopen.csv(Opties.OPWARMEN, "W"), Opties.OPWARMEN);
                    Takenlijst.maakTaken(knoop, Math.min(Opties.TAKEN, 20_000));
                    Knopen.analyseer(knoop);
                    Meting.driver.vraagTakenlijst(knoop, 500);
                }
            }
        }
    }

    @AfterAll
    static void schrijf() throws Exception {
        if (Knopen.postgres != null) {
            Knopen.postgres.close();
        }
        Rapport.schrijf();
    }

    @Test
    @Order(1)
    void cohortstart() throws Exception {
        Cohortstart.meet();
    }

    @Test
    @Order(2)
    void termijnstorm() throws Exception {
        Termijnstorm.meet();
    }

    @Test
    @Order(3)
    void takenlijst() throws Exception {
        Takenlijst.meet();
    }

    @Test
    @Order(4)
    void monitor() throws Exception {
        Monitor.meet();
    }

    @Test
    @Order(6)
    void verzuimdag() throws Exception {
        Verzuimdag.meet();
    }

    /** Only with {@code -Dbench.takenlijst.proef=true}. */
    @Test
    @Order(5)
    void takenlijstproef() throws Exception {
        assumeTrue(Opties.TAKENLIJSTPROEF, "-Dbench.takenlijst.proef=true");
        Takenlijstproef.meet();
    }

    /** Only with {@code -Dbench.monitor.landelijk=1000000} (pupils). */
    @Test
    @Order(8)
    void monitorLandelijk() throws Exception {
        assumeTrue(Opties.MONITOR_LANDELIJK > 0, "-Dbench.monitor.landelijk=1000000");
        Monitor.landelijk();
    }

    /** Only with {@code -Dbench.paginas=true} or {@code -Dbench.schaal=landelijk}. */
    @Test
    @Order(7)
    void paginas() throws Exception {
        assumeTrue(Opties.PAGINAS, "-Dbench.paginas=true");
        Paginas.meet();
    }
}
