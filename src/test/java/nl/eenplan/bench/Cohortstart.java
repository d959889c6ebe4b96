package nl.eenplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;
import nl.eenplan.bench.Opties.Database;
import nl.eenplan.bench.Opties.Instellingen;
import nl.eenplan.monitor.MonitorService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scenario 1: a cohort started through the class upload, against the baseline and the two floors (same rows with
 * plain JDBC, a bare engine), each measurement on a fresh database.
 */
final class Cohortstart {

    private Cohortstart() {
    }

    static final String SCENARIO = "cohortstart";

    static void meet() throws Exception {
        int cohort = Opties.COHORT;
        // The measured node's own warm-up (Opties.OPWARMEN_KNOOP): by default a whole class of the cohort's size.
        int opwarmen = Math.max(Math.min(200, Math.max(20, cohort / 20)), Opties.opwarmenKnoop(cohort));
        Rapport.regel("## Cohortstart: " + cohort + " leerlingen via de CSV-upload, 1 knoop", "",
                "| database | # | instellingen | rijen per instantie | " + Resultaat.kolommen()
                        + " | JDBC-vloer (s) | rijen | JDBC-vloer met FK (s) | kale engine (s) | rijen |",
                "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        Map<Database, Map<String, Long>> perTabel = new EnumMap<>(Database.class);
        Map<String, Long> opslag = new java.util.LinkedHashMap<>();
        List<String> statements = new ArrayList<>();
        List<String> statementsVloerFk = new ArrayList<>();
        List<String> opmerkingen = new ArrayList<>();
        Map<Database, Integer> verwijzingen = new EnumMap<>(Database.class);
        Map<Database, String> uniek = new EnumMap<>(Database.class);
        List<String> omstandigheden = new ArrayList<>();
        List<String> nasleep = new ArrayList<>();
        for (Database db : Opties.DATABASES) {
            int nummer = 0;
            for (Instellingen inst : Opties.volgorde()) {
                nummer++;
                try (var knoop = Knopen.knoop("cohort", db, Knopen.nieuweDatabase(db, "cohort-" + inst), inst);
                     var autovacuum = Autovacuum.uit(knoop.getBean(JdbcTemplate.class), db)) {
                    Knopen.richtSchoolIn(knoop);
                    JdbcTemplate jdbc = knoop.getBean(JdbcTemplate.class);
                    // A warm-up class first on this node (the JIT, the caches, the pool), what autovacuum would have
                    // done after it (it is off until the floors are measured too: Autovacuum), then the cohort.
                    Meting.driver.upload(knoop, Knopen.csv(opwarmen, "W"), opwarmen);
                    feitenBijwerken(knoop);
                    Autovacuum.ruimOp(jdbc, db);
                    Map<String, Long> voor = Knopen.rijenPerTabel(jdbc, db);
                    Map<String, Long> bytesVoor = db == Database.POSTGRES ? Knopen.bytesPerTabel(jdbc) : Map.of();
                    Meting meting = Meting.begin(db, List.of(knoop));
                    Meting.driver.upload(knoop, Knopen.csv(cohort, "L"), cohort);
                    String feiten = feitenBijwerken(knoop);
                    Resultaat r = meting.stop(cohort);
                    assertThat(knoop.getBean(RuntimeService.class).createProcessInstanceQuery()
                            .processDefinitionKey("overstap").count()).isEqualTo(cohort + opwarmen);
                    Map<String, Long> nieuw = Knopen.verschil(voor, Knopen.rijenPerTabel(jdbc, db));
                    double rijen = Knopen.som(nieuw) / (double) cohort;
                    nasleep.add(db + " #" + nummer + " " + inst + ": " + feiten);
                    if (inst == Instellingen.EENPLAN && !perTabel.containsKey(db)) {
                        perTabel.put(db, nieuw);
                        if (db == Database.POSTGRES) {
                            opslag.putAll(Knopen.verschil(bytesVoor, Knopen.bytesPerTabel(jdbc)));
                        }
                        if (r.metStatements()) {
                            statements.addAll(Statements.tabel(r.statements(), cohort, "instantie", r.msPerEenheid()));
                        }
                    }
                    int perTransactie = Knopen.regelsPerTransactie(knoop);
                    int werkers = Knopen.werkers(knoop);
                    int opwarmenVloer = Opties.opwarmenKnoop(cohort);
                    var jdbcVloer = Vloeren.jdbc(knoop, db, nieuw, cohort, cohort, perTransactie, werkers,
                            opwarmenVloer, false);
                    // The same rows with the checks of the schema's foreign keys (issue #25: "for the same rows").
                    var jdbcVloerFk = Vloeren.jdbc(knoop, db, nieuw, cohort, cohort, perTransactie, werkers,
                            opwarmenVloer, true);
                    var kaal = Vloeren.kaleEngine(knoop, db, cohort, perTransactie, werkers, opwarmenVloer, false);
                    if (Opties.EEN_VARIABELE) {
                        eenVariabele(knoop, db, nieuw, cohort, perTransactie, werkers, opwarmenVloer, inst);
                    }
                    Resultaat vloerFk = jdbcVloerFk.meting();
                    if (inst == Instellingen.EENPLAN && statementsVloerFk.isEmpty() && vloerFk.metStatements()) {
                        // the same rows' statements as plain JDBC wrote them, beside EenPlan's, to compare per table
                        statementsVloerFk.addAll(Statements.tabel(vloerFk.statements(), cohort, "instantie",
                                vloerFk.msPerEenheid()));
                    }
                    verwijzingen.put(db, jdbcVloerFk.verwijzingen());
                    uniek.put(db, "floor " + jdbcVloer.uniekeSleutels() + ", with FK " + jdbcVloerFk.uniekeSleutels());
                    for (var vloer : List.of(jdbcVloer, jdbcVloerFk)) {
                        if (!vloer.opmerking().isEmpty()) {
                            opmerkingen.add(db + " " + inst + ": " + vloer.opmerking());
                        }
                    }
                    Rapport.SAMENVATTING.voegToe(SCENARIO, db, inst.name(), "leerling", r);
                    Rapport.SAMENVATTING.voegToe(SCENARIO, db, Samenvatting.JDBC_VLOER + inst, "leerling", jdbcVloer.meting());
                    Rapport.SAMENVATTING.voegToe(SCENARIO, db, Samenvatting.JDBC_VLOER_FK + inst, "leerling",
                            jdbcVloerFk.meting());
                    Rapport.SAMENVATTING.voegToe(SCENARIO, db, Samenvatting.KALE_ENGINE + inst, "leerling", kaal.meting());
                    Rapport.regel("| %s | %d | %s | %.0f | %s | %.1f | %.0f | %.1f | %.1f | %.0f |".formatted(db,
                            nummer, inst, rijen, r.cellen(), jdbcVloer.meting().seconden(),
                            jdbcVloer.rijenPerInstantie(),
                            jdbcVloerFk.meting().seconden(), kaal.meting().seconden(), kaal.rijenPerInstantie()));
                    var metingen = new java.util.LinkedHashMap<String, Resultaat>();
                    metingen.put(inst.name(), r);
                    metingen.put("JDBC-vloer", jdbcVloer.meting());
                    metingen.put("JDBC-vloer met FK", jdbcVloerFk.meting());
                    metingen.put("kale engine", kaal.meting());
                    for (var m : metingen.entrySet()) {
                        Resultaat w = m.getValue();
                        omstandigheden.add("| %s | %d | %s | %.1f | %.0f | %.2f | %s |".formatted(db, nummer,
                                m.getKey(), w.seconden(), w.perSeconde(), w.kernen(), w.omstandigheden().cellen()));
                    }
                }
            }
        }
        if (Opties.DATABASES.contains(Database.POSTGRES)) {
            tweeKnopen(cohort, opwarmen);
        }
        Rapport.regel("", "CPU, statements and commits per pupil; the floors in the same transaction shape as the measured "
                + "configuration (its block size and workers). The JDBC floor with FK: the same rows in copies with "
                + "the foreign keys of the tables they copy (" + verwijzingen + " foreign keys), each row referring "
                + "to a row written for its pupil or to the same shared row (school, process definition) as the real "
                + "row. Both floors write each row as a real row the upload wrote, with a new key, so their copies "
                + "keep the tables' unique keys (unique indexes: " + uniek + "). "
                + String.join("; ", opmerkingen), "");
        // Why one measurement of the same work takes longer than another (docs/benchmark.md, "Autovacuum out of ...").
        Rapport.regel("What else happened during each measurement (`Omstandigheden`: the machine's iowait and steal of "
                + "both cores, the JIT compiler's time, PostgreSQL's WAL written and flushed, autovacuum's visits in "
                + "the node's database):", "",
                "| database | # | measurement | duur (s) | per s | kernen bezig | " + Omstandigheden.kolommen() + " |",
                "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        Rapport.regels(omstandigheden);
        Rapport.regel("", "The monitor's facts of the new dossiers, inside each measurement: the worker (every 5 s) "
                + "rebuilt them during the upload; when the upload ended the rest was rebuilt at once (as the worker's "
                + "next run would, without waiting for its clock): " + String.join("; ", nasleep), "");
        if (!perTabel.isEmpty()) {
            Rapport.regel("Rows per instance, per table (EenPlan's settings, first measurement), new rows only:", "",
                    "| table | " + String.join(" | ", perTabel.keySet().stream().map(Enum::name).toList()) + " |",
                    "|---|" + "---|".repeat(perTabel.size()));
            perTabel.values().iterator().next().keySet().forEach(tabel -> Rapport.regel("| " + tabel.toUpperCase() + " | "
                    + String.join(" | ", perTabel.values().stream().map(m -> "%.1f".formatted(m.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(tabel)).mapToLong(Map.Entry::getValue).sum() / (double) cohort)).toList())
                    + " |"));
            Rapport.regel("");
        }
        if (!opslag.isEmpty()) {
            // Issue #25: what a national installation needs on disk; the history tables grow with every pupil-year.
            Rapport.regel("Storage per pupil on PostgreSQL (EenPlan's settings, first measurement): the growth of each table "
                    + "with its indexes and TOAST over the measured cohort (`pg_total_relation_size`, before vacuum):", "",
                    "| table | bytes per pupil |", "|---|---|");
            opslag.forEach((tabel, bytes) -> Rapport.regel("| %s | %.0f |".formatted(tabel.toUpperCase(), bytes / (double) cohort)));
            Rapport.regel("| total | %.0f |".formatted(Knopen.som(opslag) / (double) cohort), "");
        }
        if (!statements.isEmpty()) {
            Rapport.regel("Statements per instance on PostgreSQL (EenPlan's settings, first measurement, `pg_stat_statements`), "
                    + "the most frequent first; time is PostgreSQL's own execution time, without the round trip:", "");
            Rapport.regels(statements);
            Rapport.regel("");
        }
        if (!statementsVloerFk.isEmpty()) {
            Rapport.regel("The same for the JDBC floor with FK (its copies of the tables, named `vloer_…`), the same "
                    + "measurement:", "");
            Rapport.regels(statementsVloerFk);
            Rapport.regel("");
        }
    }

    /**
     * The experiment {@code bench.een-variabele}: the bare engine with the six start variables as one, and the JDBC
     * floor with FK with one variable row per pupil instead of six, in the summary beside the others.
     */
    private static void eenVariabele(org.springframework.context.ConfigurableApplicationContext knoop, Database db,
                                     Map<String, Long> nieuw, int cohort, int perTransactie, int werkers, int opwarmen,
                                     Instellingen inst) throws Exception {
        Map<String, Long> rijen = new java.util.LinkedHashMap<>(nieuw);
        rijen.replaceAll((tabel, n) -> tabel.equalsIgnoreCase("act_ru_variable") ? n / 6 : n);
        var vloer = Vloeren.jdbc(knoop, db, rijen, cohort, cohort, perTransactie, werkers, opwarmen, true);
        var kaal = Vloeren.kaleEngine(knoop, db, cohort, perTransactie, werkers, opwarmen, true);
        Rapport.SAMENVATTING.voegToe(SCENARIO, db, Samenvatting.JDBC_VLOER_FK + "1 variabele " + inst, "leerling",
                vloer.meting());
        Rapport.SAMENVATTING.voegToe(SCENARIO, db, Samenvatting.KALE_ENGINE + "1 variabele " + inst, "leerling",
                kaal.meting());
    }

    /**
     * The same cohort on two nodes against one PostgreSQL: each node gets half the class at the same moment (as two
     * boards uploading at once). On this machine the two nodes and PostgreSQL share the same cores, so this checks
     * the capacity model ({@link Capaciteitsmodel}): what a second node costs per pupil, not what it adds.
     */
    private static void tweeKnopen(int cohort, int opwarmen) throws Exception {
        int helft = cohort / 2;
        Rapport.regel("", "Two nodes, one PostgreSQL, " + helft + " pupils uploaded to each at the same moment:", "",
                "| # | instellingen | " + Resultaat.kolommen() + " |", "|---|---|---|---|---|---|---|---|");
        int nummer = 0;
        for (Instellingen inst : Opties.volgorde()) {
            nummer++;
            String url = Knopen.nieuweDatabase(Database.POSTGRES, "cohort2-" + inst);
            try (var eerste = Knopen.knoop("cohort1", Database.POSTGRES, url, inst);
                 var tweede = Knopen.knoop("cohort2", Database.POSTGRES, url, inst);
                 var autovacuum = Autovacuum.uit(eerste.getBean(JdbcTemplate.class), Database.POSTGRES)) {
                Knopen.richtSchoolIn(eerste);
                // Each node warms up on half a warm-up class, both at once, as they are measured.
                int halfWarm = Math.max(1, opwarmen / 2);
                Meting.driver.uploadTegelijk(List.of(eerste, tweede), List.of(Knopen.csv(halfWarm, "W"),
                        Knopen.csv(halfWarm, "X")), halfWarm);
                feitenBijwerken(eerste);
                Autovacuum.ruimOp(eerste.getBean(JdbcTemplate.class), Database.POSTGRES);
                List<org.springframework.context.ConfigurableApplicationContext> knopen = List.of(eerste, tweede);
                Meting meting = Meting.begin(Database.POSTGRES, knopen);
                Meting.driver.uploadTegelijk(knopen, List.of(Knopen.csv(helft, "L"), Knopen.csv(helft, "N")), helft);
                feitenBijwerken(eerste);
                Resultaat r = meting.stop(2 * helft);
                assertThat(eerste.getBean(RuntimeService.class).createProcessInstanceQuery()
                        .processDefinitionKey("overstap").count()).isEqualTo(2L * helft + 2L * halfWarm);
                Rapport.SAMENVATTING.voegToe(SCENARIO_TWEE_KNOPEN, Database.POSTGRES, inst.name(), "leerling", r);
                if (inst == Instellingen.EENPLAN) { // the model uses EenPlan's costs
                    Rapport.modelpaar(new Capaciteitsmodel.Paar(SCENARIO, SCENARIO_TWEE_KNOPEN, Knopen.werkers(eerste),
                            "upload workers"));
                }
                Rapport.regel("| %d | %s | %s |".formatted(nummer, inst, r.cellen()));
            }
        }
    }

    /**
     * The monitor's facts of the dossiers the upload changed, rebuilt now: a production node's worker does it every
     * 5 s (Monitorwachtrij), during the upload too; what it had not done when the upload ended is done at once here,
     * as its next run would, so the measurement holds the whole start without waiting for the worker's clock. On a
     * thread of its own, not the driver's: its CPU is the node's. Answers what was left and how long it took.
     */
    private static String feitenBijwerken(ConfigurableApplicationContext knoop) throws Exception {
        JdbcTemplate jdbc = knoop.getBean(JdbcTemplate.class);
        long wachtend = jdbc.queryForObject("select count(*) from monitor_wachtrij", Long.class);
        long begin = System.nanoTime();
        var rest = new FutureTask<>(() -> knoop.getBean(MonitorService.class).feitenBijwerken());
        new Thread(rest, "bench-monitorfeiten").start();
        rest.get();
        // the worker's own run may still hold its last rows (others skip them: Monitorwachtrij): until it is done
        long tot = System.nanoTime() + 600_000_000_000L;
        while (wachtend(jdbc) > 0 && System.nanoTime() < tot) {
            Thread.sleep(50);
        }
        double seconden = (System.nanoTime() - begin) / 1e9;
        assertThat(wachtend(jdbc)).as("rows in the monitor's outboxes").isZero();
        return "%d dossiers left, rebuilt in %.1f s".formatted(wachtend, seconden);
    }

    /** Rows in the monitor's two outboxes. */
    static long wachtend(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from monitor_wachtrij", Long.class)
                + jdbc.queryForObject("select count(*) from monitor_cel_wachtrij", Long.class);
    }

    static final String SCENARIO_TWEE_KNOPEN = SCENARIO + " 2 knopen";
}
