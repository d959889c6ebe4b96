package nl.eenplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.eenplan.EenPlanApplication;
import nl.eenplan.Proefafhandelingen;
import nl.eenplan.Testdossiers;
import nl.eenplan.dossier.NieuweSchool;
import nl.eenplan.dossier.Regio;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.monitor.Voorbeeldregio;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedCaseInsensitiveMap;

/**
 * The benchmark of issue "PostgreSQL, a two-node cluster, and a benchmark for a national cohort" (not part
 * of the normal test run: {@code mvn -Pbench verify}). Each scenario runs twice in the same run, on a
 * fresh database each time: with EenPlan's engine settings and with the Camunda starter's defaults (the
 * baseline), and reports the ratio. Results go to target/benchmark/resultaten.md; docs/benchmark.md
 * keeps the numbers of a run with the machine and the date.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EenPlanBenchmark {

    static final int COHORT = Integer.getInteger("bench.cohort", 10_000);
    static final int STORM = Integer.getInteger("bench.storm", 10_000);
    static final int TAKEN = Integer.getInteger("bench.taken", 100_000);
    static final int MONITOR = Integer.getInteger("bench.monitor", 100_000);
    static final int OPWARMEN = Math.min(200, Math.max(20, COHORT / 20));
    static final String SCHOOL = "90BE00";
    static final String ZC = "benchzc";
    static final String BEHEER = "benchbeheer";

    /** The Camunda Spring Boot starter's job executor defaults, spelled out for the baseline. */
    static final List<String> STANDAARD_JOB_EXECUTOR = List.of("--camunda.bpm.job-execution.core-pool-size=3",
            "--camunda.bpm.job-execution.max-pool-size=10", "--camunda.bpm.job-execution.max-jobs-per-acquisition=3",
            "--camunda.bpm.job-execution.wait-time-in-millis=5000", "--camunda.bpm.job-execution.max-wait=60000",
            "--camunda.bpm.job-execution.lock-time-in-millis=300000", "--camunda.bpm.job-execution.queue-capacity=3",
            // and a class upload one line per transaction on one worker, as before it was tuned
            "--eenplan.overstap.regels-per-transactie=1", "--eenplan.overstap.werkers=1");

    static final boolean STATEMENTS = Boolean.getBoolean("bench.statements");
    static final List<String> regels = new ArrayList<>();
    static EmbeddedPostgres postgres;

    enum Database { H2, POSTGRES }

    /** The databases to run on ({@code -Dbench.databases=POSTGRES} for one); all by default. */
    static final List<Database> DATABASES = java.util.Arrays.stream(System.getProperty("bench.databases", "H2,POSTGRES")
            .split(",")).map(String::trim).map(Database::valueOf).toList();

    /** EenPlan's settings, or the starter's defaults as the baseline. */
    enum Instellingen { EENPLAN, STANDAARD }

    /** The settings to run with ({@code -Dbench.instellingen=EENPLAN} to try a change quickly, without the baseline). */
    static final List<Instellingen> INSTELLINGEN = java.util.Arrays.stream(System.getProperty("bench.instellingen",
            "EENPLAN,STANDAARD").split(",")).map(String::trim).map(Instellingen::valueOf).toList();

    @BeforeAll
    static void start() throws Exception {
        // With -Dbench.statements=true, pg_stat_statements shows which statements a pupil's start costs (it
        // costs time itself, so not in the measured run).
        var builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
        if (STATEMENTS) {
            builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
        }
        postgres = builder.start();
        // Warm the JVM up first (JIT, class loading) on the paths measured below, so that the configuration
        // measured first is not the one that pays for it.
        try (var knoop = knoop("opwarmen", Database.H2, nieuweDatabase(Database.H2, "opwarmen"), Instellingen.EENPLAN)) {
            richtSchoolIn(knoop);
            upload(knoop, csv(Math.min(COHORT, 2000), "W"), Math.min(COHORT, 2000));
            maakTaken(knoop, Math.min(TAKEN, 20_000));
            vraagTakenlijst(knoop, 500);
        }
        regels.add("# EenPlan benchmark, " + LocalDateTime.now().withNano(0));
        regels.add("");
        regels.add("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB heap, " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + ", Java " + System.getProperty("java.version") + ".");
        regels.add("");
    }

    @AfterAll
    static void schrijf() throws IOException {
        postgres.close();
        Path uit = Path.of("target", "benchmark", "resultaten.md");
        Files.createDirectories(uit.getParent());
        Files.write(uit, regels);
        regels.forEach(System.out::println);
    }

    // ---- (1) cohort start through the CSV upload

    @Test
    @Order(1)
    void cohortstart() throws Exception {
        regels.add("## Cohortstart: " + COHORT + " leerlingen via de CSV-upload, 1 knoop");
        regels.add("");
        regels.add("| database | instellingen | duur (s) | instanties/s | rijen per instantie | JDBC-vloer: dezelfde rijen (s) | verhouding EenPlan / standaard |");
        regels.add("|---|---|---|---|---|---|---|");
        Map<Database, Map<String, Long>> perTabel = new java.util.EnumMap<>(Database.class);
        List<String> statements = new ArrayList<>();
        for (Database db : DATABASES) {
            Map<Instellingen, Double> snelheid = new HashMap<>();
            for (Instellingen inst : INSTELLINGEN) {
                String url = nieuweDatabase(db, "cohort-" + inst);
                try (var knoop = knoop("cohort", db, url, inst)) {
                    richtSchoolIn(knoop);
                    JdbcTemplate jdbc = knoop.getBean(JdbcTemplate.class);
                    // A warm-up class first (the JIT, the caches), then the measured cohort.
                    upload(knoop, csv(OPWARMEN, "W"), OPWARMEN);
                    Map<String, Long> voor = rijenPerTabel(jdbc, db);
                    boolean profiel = STATEMENTS && db == Database.POSTGRES && inst == Instellingen.EENPLAN;
                    if (profiel) {
                        jdbc.execute("create extension if not exists pg_stat_statements");
                        jdbc.execute("select pg_stat_statements_reset()");
                    }
                    Instant begin = Instant.now();
                    upload(knoop, csv(COHORT, "L"), COHORT);
                    double seconden = Duration.between(begin, Instant.now()).toMillis() / 1000.0;
                    if (profiel) {
                        statements.addAll(statementsPerInstantie(jdbc, seconden));
                    }
                    assertThat(knoop.getBean(RuntimeService.class).createProcessInstanceQuery()
                            .processDefinitionKey("overstap").count()).isEqualTo(COHORT + OPWARMEN);
                    Map<String, Long> na = rijenPerTabel(jdbc, db);
                    double perInstantie = (som(na) - som(voor)) / (double) COHORT;
                    if (inst == Instellingen.EENPLAN) {
                        perTabel.put(db, verschil(voor, na));
                    }
                    double vloer = jdbcVloer(knoop.getBean(DataSource.class), (int) Math.round(perInstantie), COHORT);
                    snelheid.put(inst, COHORT / seconden);
                    regels.add("| %s | %s | %.1f | %.0f | %.0f | %.1f | %s |".formatted(db, inst, seconden, COHORT / seconden,
                            perInstantie, vloer, inst == Instellingen.STANDAARD
                                    ? "%.2f".formatted(snelheid.get(Instellingen.EENPLAN) / snelheid.get(Instellingen.STANDAARD)) : ""));
                }
            }
        }
        regels.add("");
        regels.add("Rows per instance, per table (EenPlan's settings), new rows only:");
        regels.add("");
        regels.add("| table | " + String.join(" | ", perTabel.keySet().stream().map(Enum::name).toList()) + " |");
        regels.add("|---|" + "---|".repeat(perTabel.size()));
        perTabel.values().iterator().next().keySet().forEach(tabel -> regels.add("| " + tabel + " | " + String.join(" | ",
                perTabel.values().stream().map(m -> "%.1f".formatted(m.getOrDefault(tabel, 0L) / (double) COHORT)).toList())
                + " |"));
        regels.add("");
        if (!statements.isEmpty()) {
            regels.add("Statements per instance on PostgreSQL (EenPlan's settings, `pg_stat_statements`), the most frequent first; "
                    + "time is PostgreSQL's own execution time, without the round trip:");
            regels.add("");
            regels.addAll(statements);
            regels.add("");
        }
    }

    /** What PostgreSQL executed during the measured upload, per instance: each statement's calls and its share of the time. */
    private static List<String> statementsPerInstantie(JdbcTemplate jdbc, double seconden) {
        List<String> tabel = new ArrayList<>(List.of("| statement | per instantie | ms per instantie |", "|---|---|---|"));
        double[] totaal = new double[2];
        jdbc.query("select query, calls, total_exec_time from pg_stat_statements where dbid = (select oid from pg_database "
                + "where datname = current_database()) order by calls desc, total_exec_time desc", rs -> {
            double calls = rs.getLong("calls") / (double) COHORT;
            double ms = rs.getDouble("total_exec_time") / COHORT;
            totaal[0] += calls;
            totaal[1] += ms;
            if (calls >= 0.05) {
                String query = rs.getString("query").replaceAll("\\s+", " ").replace("|", "\\|");
                tabel.add("| `%s` | %.2f | %.3f |".formatted(query.length() > 90 ? query.substring(0, 90) + "…" : query, calls, ms));
            }
        });
        tabel.add("| **all statements** | %.1f | %.2f (of %.2f ms per instance in all) |".formatted(totaal[0], totaal[1],
                seconden * 1000 / COHORT));
        return tabel;
    }

    // ---- (2) deadline storm: N escalation timers due at one moment

    @Test
    @Order(2)
    void termijnstorm() throws Exception {
        regels.add("## Termijnstorm: " + STORM + " escalatietimers op hetzelfde moment");
        regels.add("");
        regels.add("| database | knopen | instellingen | tot alles afgehandeld (s) | jobs/s | dubbel uitgevoerd | verhouding EenPlan / standaard |");
        regels.add("|---|---|---|---|---|---|---|");
        // H2 is embedded in one node; a cluster needs PostgreSQL.
        for (var opstelling : List.of(Map.entry(Database.H2, 1), Map.entry(Database.POSTGRES, 1), Map.entry(Database.POSTGRES, 2))) {
            if (!DATABASES.contains(opstelling.getKey())) {
                continue;
            }
            Database db = opstelling.getKey();
            int knopen = opstelling.getValue();
            Map<Instellingen, Double> duur = new HashMap<>();
            for (Instellingen inst : INSTELLINGEN) {
                String url = nieuweDatabase(db, "storm-" + db + "-" + knopen + "-" + inst);
                // Instances are started with the job executor off and their timers due tomorrow; when the
                // nodes are up and idle, every timer is made due at once (one update) and the clock starts.
                try (var eerste = knoop("storm1", db, url, inst, "--camunda.bpm.job-execution.enabled=false")) {
                    eerste.getBean(RepositoryService.class).createDeployment().name("storm")
                            .addModelInstance("storm.bpmn", Bpmn.createExecutableProcess("storm").camundaHistoryTimeToLive(1)
                                    .startEvent().intermediateCatchEvent("termijn").timerWithDate("${proefmoment.van(execution)}")
                                    .userTask("escalatie").camundaCandidateGroups("leerplicht").endEvent().done())
                            .deploy();
                    Date morgen = Date.from(Instant.now().plus(Duration.ofDays(1)));
                    RuntimeService runtime = eerste.getBean(RuntimeService.class);
                    for (int i = 0; i < STORM; i++) {
                        runtime.startProcessInstanceByKey("storm", Map.of("moment", morgen, "schoolBrin", SCHOOL));
                    }
                }
                List<ConfigurableApplicationContext> nodes = new ArrayList<>();
                try {
                    for (int k = 1; k <= knopen; k++) {
                        nodes.add(knoop("storm" + k, db, url, inst));
                    }
                    Thread.sleep(20_000);
                    Instant begin = Instant.now();
                    nodes.get(0).getBean(JdbcTemplate.class).update("update ACT_RU_JOB set DUEDATE_ = ? where HANDLER_TYPE_ = "
                            + "'timer-intermediate-transition'", Timestamp.from(begin));
                    TaskService taken = nodes.get(0).getBean(TaskService.class);
                    Instant uiterlijk = Instant.now().plus(Duration.ofMinutes(15));
                    while (taken.createTaskQuery().processDefinitionKey("storm").count() < STORM && Instant.now().isBefore(uiterlijk)) {
                        Thread.sleep(100);
                    }
                    double seconden = Duration.between(begin, Instant.now()).toMillis() / 1000.0;
                    HistoryService history = nodes.get(0).getBean(HistoryService.class);
                    long gelukt = history.createHistoricJobLogQuery().successLog().activityIdIn("termijn").count();
                    assertThat(taken.createTaskQuery().processDefinitionKey("storm").count()).isEqualTo(STORM);
                    duur.put(inst, seconden);
                    regels.add("| %s | %d | %s | %.1f | %.0f | %d | %s |".formatted(db, knopen, inst, seconden, STORM / seconden,
                            gelukt - STORM, inst == Instellingen.STANDAARD
                                    ? "%.2f".formatted(duur.get(Instellingen.STANDAARD) / duur.get(Instellingen.EENPLAN)) : ""));
                } finally {
                    nodes.forEach(ConfigurableApplicationContext::close);
                }
            }
        }
        regels.add("");
        regels.add("Measured from the moment all timers fall due, on nodes that have been idle for 20 s (as at night), "
                + "until every escalation task exists.");
        regels.add("");
    }

    // ---- (3) the task list with many open tasks

    @Test
    @Order(3)
    void takenlijst() throws Exception {
        regels.add("## Takenlijst: GET /api/taken van een zorgcoördinator met " + TAKEN + " open taken in de database");
        regels.add("");
        regels.add("| database | instellingen | p50 (ms) | p95 (ms) | verhouding p95 standaard / EenPlan |");
        regels.add("|---|---|---|---|---|");
        for (Database db : DATABASES) {
            Map<Instellingen, Double> p95 = new HashMap<>();
            for (Instellingen inst : INSTELLINGEN) {
                String url = nieuweDatabase(db, "taken-" + inst);
                try (var knoop = knoop("taken", db, url, inst)) {
                    richtSchoolIn(knoop);
                    maakTaken(knoop, TAKEN);
                    vraagTakenlijst(knoop, 100);
                    List<Long> tijden = vraagTakenlijst(knoop, 300);
                    tijden.sort(null);
                    double p50 = tijden.get(tijden.size() / 2) / 1e6;
                    double p = tijden.get((int) Math.ceil(tijden.size() * 0.95) - 1) / 1e6;
                    p95.put(inst, p);
                    regels.add("| %s | %s | %.1f | %.1f | %s |".formatted(db, inst, p50, p, inst == Instellingen.STANDAARD
                            ? "%.2f".formatted(p95.get(Instellingen.STANDAARD) / p95.get(Instellingen.EENPLAN)) : ""));
                }
            }
        }
        regels.add("");
        regels.add("The tasks are copies of one real task of the referral (same columns and identity links), spread over 50 "
                + "schools; the zorgcoördinator works at one of them (2,000 tasks, the first 100 shown). 300 requests after 100 "
                + "warm-up requests.");
        regels.add("");
    }

    // ---- (4) the monitor over a region's school year

    @Test
    @Order(4)
    void monitor() throws Exception {
        int perSchool = 500;
        int scholen = Math.max(1, MONITOR / perSchool);
        regels.add("## Monitor: GET /api/monitor over " + scholen * perSchool + " leerlingen, een schooljaar van " + scholen
                + " scholen");
        regels.add("");
        regels.add("| database | indeling | p50 (ms) | p95 (ms) | vloer: elke bronrij één keer lezen (ms) | verhouding p50 / vloer |");
        regels.add("|---|---|---|---|---|---|");
        List<String> opbouw = new ArrayList<>();
        for (Database db : DATABASES) {
            try (var knoop = knoop("monitor", db, nieuweDatabase(db, "monitor"), Instellingen.EENPLAN)) {
                richtSchoolIn(knoop);
                knoop.getBean(GebruikerService.class).maakAlsNieuw(BEHEER, "Bench", "Procesbeheer", "bench", Groepen.PROCESBEHEER);
                // Ten gemeenten in four SWVs; each school a transaction of its own, as the generator keeps one school in memory.
                Voorbeeldregio regio = knoop.getBean(Voorbeeldregio.class);
                Instant begin = Instant.now();
                for (int i = 0; i < scholen; i++) {
                    String brin = "91" + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26) + "00";
                    regio.genereer(new Voorbeeldregio.Opdracht("Benchgemeente " + i % 10, "SWV Bench " + i % 4, List.of(brin),
                            perSchool, 2024, ZC, i));
                }
                opbouw.add("%s: %.0f s".formatted(db, Duration.between(begin, Instant.now()).toMillis() / 1000.0));
                JdbcTemplate jdbc = knoop.getBean(JdbcTemplate.class);
                for (String tabel : List.of("aanmelding", "arrangement", "arrangement_evaluatie", "leerplicht_escalatie",
                        "overstap", "stap_termijn")) {
                    jdbc.execute(db == Database.POSTGRES ? "analyze " + tabel : "analyze table " + tabel);
                }
                // The floor: every row of every source table read once with plain JDBC, nothing computed (best of 3).
                double vloer = Double.MAX_VALUE;
                for (int keer = 0; keer < 3; keer++) {
                    long vloerBegin = System.nanoTime();
                    for (String tabel : List.of("dossier", "aanmelding", "arrangement", "arrangement_evaluatie",
                            "leerplicht_escalatie", "overstap", "stap_termijn")) {
                        jdbc.query("select * from " + tabel, rs -> { });
                    }
                    vloer = Math.min(vloer, (System.nanoTime() - vloerBegin) / 1e6);
                }
                for (String indeling : List.of("TOTAAL", "GEMEENTE", "SCHOOL")) {
                    String pad = "/api/monitor?periode=2024-2025&per=" + indeling;
                    vraag(knoop, pad, BEHEER, 3);
                    List<Long> tijden = vraag(knoop, pad, BEHEER, 20);
                    tijden.sort(null);
                    double p50 = tijden.get(tijden.size() / 2) / 1e6;
                    double p95 = tijden.get((int) Math.ceil(tijden.size() * 0.95) - 1) / 1e6;
                    regels.add("| %s | %s | %.0f | %.0f | %.0f | %.1f |".formatted(db, indeling, p50, p95, vloer, p50 / vloer));
                }
            }
        }
        regels.add("");
        regels.add("The region is generated by `Voorbeeldregio` (the demo's generator): per pupil the referrals, escalations, "
                + "arrangements with goals and evaluations, transitions and step deadlines of one school year. Generating it "
                + "took " + String.join(", ", opbouw) + ". The floor reads every row of the dossier table and of each source "
                + "table once with plain JDBC. 20 requests after 3 warm-up requests, per grouping.");
        regels.add("");
    }

    // ---- helpers

    private static String nieuweDatabase(Database db, String naam) throws Exception {
        if (db == Database.H2) {
            Path map = Path.of("target", "benchmark", "h2");
            Files.createDirectories(map);
            String bestand = map.toAbsolutePath().resolve(naam + "-" + UUID.randomUUID()).toString();
            return "jdbc:h2:file:" + bestand;
        }
        String database = "bench_" + naam.replace('-', '_').toLowerCase();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("drop database if exists " + database);
            c.createStatement().execute("create database " + database);
        }
        return postgres.getJdbcUrl("postgres", database);
    }

    private static ConfigurableApplicationContext knoop(String naam, Database db, String url, Instellingen inst,
                                                        String... extra) {
        List<String> argumenten = new ArrayList<>(List.of("--server.port=0",
                "--camunda.bpm.process-engine-name=" + naam + UUID.randomUUID().toString().substring(0, 8),
                "--camunda.bpm.generic-properties.properties.hostname=" + naam,
                "--camunda.bpm.metrics.enabled=false", "--camunda.bpm.metrics.db-reporter-activate=false",
                "--eenplan.engine.standaardinstellingen=" + (inst == Instellingen.STANDAARD),
                "--logging.level.root=WARN"));
        if (inst == Instellingen.STANDAARD) {
            argumenten.addAll(STANDAARD_JOB_EXECUTOR);
        } else if (!System.getProperty("bench.eenplan.extra", "").isBlank()) {
            // To measure one setting on its own: EenPlan's settings with this one changed back.
            argumenten.addAll(List.of(System.getProperty("bench.eenplan.extra").trim().split("\\s+")));
        }
        argumenten.addAll(List.of(extra));
        SpringApplicationBuilder app = new SpringApplicationBuilder(EenPlanApplication.class, Proefafhandelingen.class);
        if (db == Database.POSTGRES) {
            app.profiles("postgres").properties(Map.of("EENPLAN_DB_URL", url, "EENPLAN_DB_GEBRUIKER", "postgres",
                    "EENPLAN_DB_WACHTWOORD", "postgres"));
        } else {
            argumenten.add("--spring.datasource.url=" + url);
        }
        return app.run(argumenten.toArray(String[]::new));
    }

    private static void richtSchoolIn(ConfigurableApplicationContext knoop) {
        knoop.getBean(SchoolService.class).registreer(new NieuweSchool(SCHOOL, "Benchmarkschool", "Benchstad",
                "SWV Bench", Regio.MIDDEN));
        knoop.getBean(GebruikerService.class).maakAlsNieuw(ZC, "Bench", "Zorgcoördinator", "bench", Groepen.ZORGCOORDINATOR);
        knoop.getBean(Organisaties.class).voegToeAanSchool(ZC, SCHOOL);
    }

    /** A class as a school exports it: every pupil with a BSN (looked up first: a known pupil keeps their dossier). */
    private static String csv(int n, String voorvoegsel) {
        StringBuilder csv = new StringBuilder("bsn;voornaam;tussenvoegsel;achternaam;geboortedatum;schoolBrin;onderwijssoort;"
                + "leerjaar;overstap;schooljaar\n");
        int bsnBasis = voorvoegsel.equals("W") ? 20_000_000 : voorvoegsel.equals("M") ? 40_000_000 : 30_000_000;
        for (int i = 0; i < n; i++) {
            csv.append(Testdossiers.bsn(bsnBasis + i)).append(";").append(voorvoegsel).append(i).append(";;B;2014-05-01;")
                    .append(SCHOOL).append(";PO;8;PO_VO;2026-2027\n");
        }
        return csv.toString();
    }

    private static void upload(ConfigurableApplicationContext knoop, String csv, int regels) throws Exception {
        String basis = "http://localhost:" + knoop.getEnvironment().getProperty("local.server.port");
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> gestart = client.send(HttpRequest.newBuilder(URI.create(basis + "/api/overstappen/cohort"))
                .header("Authorization", basic()).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(gestart.statusCode()).as(gestart.body()).isEqualTo(202);
        String voortgang = basis + gestart.headers().firstValue("Location").orElseThrow();
        while (true) {
            String status = client.send(HttpRequest.newBuilder(URI.create(voortgang)).header("Authorization", basic()).GET()
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            if (status.contains("\"KLAAR\"")) {
                assertThat(status).contains("\"gestart\":" + regels);
                return;
            }
            Thread.sleep(200);
        }
    }

    /** Asks for the task list n times; answers each answer's time in nanoseconds. */
    private static List<Long> vraagTakenlijst(ConfigurableApplicationContext knoop, int n) throws Exception {
        return vraag(knoop, "/api/taken", ZC, n);
    }

    /** Asks for a path n times as a user; answers each answer's time in nanoseconds. */
    private static List<Long> vraag(ConfigurableApplicationContext knoop, String pad, String gebruiker, int n) throws Exception {
        String basis = "http://localhost:" + knoop.getEnvironment().getProperty("local.server.port");
        HttpClient client = HttpClient.newHttpClient();
        List<Long> tijden = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long begin = System.nanoTime();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(basis + pad))
                    .header("Authorization", basic(gebruiker)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            tijden.add(System.nanoTime() - begin);
        }
        return tijden;
    }

    private static String basic() {
        return basic(ZC);
    }

    private static String basic(String gebruiker) {
        return "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":bench").getBytes(StandardCharsets.UTF_8));
    }

    /** The rows of every table of the application's schema. */
    private static Map<String, Long> rijenPerTabel(JdbcTemplate jdbc, Database db) {
        String schema = db == Database.H2 ? "PUBLIC" : "public";
        Map<String, Long> rijen = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String tabel : jdbc.queryForList("select table_name from information_schema.tables where table_schema = ? "
                + "and table_type in ('BASE TABLE', 'TABLE')", String.class, schema)) {
            rijen.put(tabel, jdbc.queryForObject("select count(*) from \"" + tabel + "\"", Long.class));
        }
        return rijen;
    }

    private static long som(Map<String, Long> rijen) {
        return rijen.values().stream().mapToLong(Long::longValue).sum();
    }

    /** New rows per table, the largest first; tables without new rows are left out. */
    private static Map<String, Long> verschil(Map<String, Long> voor, Map<String, Long> na) {
        Map<String, Long> verschil = new java.util.LinkedHashMap<>();
        na.entrySet().stream().map(e -> Map.entry(e.getKey().toUpperCase(), e.getValue() - voor.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> verschil.put(e.getKey(), e.getValue()));
        return verschil;
    }

    /** The same number of rows with plain JDBC, one transaction per instance: what the database can do at best. */
    private static double jdbcVloer(DataSource bron, int rijenPerInstantie, int instanties) throws Exception {
        try (Connection c = bron.getConnection()) {
            c.createStatement().execute("create table vloer (id varchar(64) primary key, a varchar(255), b varchar(255), "
                    + "c timestamp, d bigint)");
            c.setAutoCommit(false);
            Instant begin = Instant.now();
            try (PreparedStatement p = c.prepareStatement("insert into vloer values (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < instanties; i++) {
                    for (int r = 0; r < rijenPerInstantie; r++) {
                        p.setString(1, UUID.randomUUID().toString());
                        p.setString(2, "overstap:" + i);
                        p.setString(3, "rij " + r);
                        p.setTimestamp(4, new Timestamp(System.currentTimeMillis()));
                        p.setLong(5, i);
                        p.addBatch();
                    }
                    p.executeBatch();
                    c.commit();
                }
            }
            return Duration.between(begin, Instant.now()).toMillis() / 1000.0;
        }
    }

    /** Copies one real open task of the referral (and its candidate group) n times, spread over 50 schools. */
    private static void maakTaken(ConfigurableApplicationContext knoop, int n) throws Exception {
        RuntimeService runtime = knoop.getBean(RuntimeService.class);
        knoop.getBean(RepositoryService.class).createDeployment().name("taken")
                .addModelInstance("taken.bpmn", Bpmn.createExecutableProcess("taken").camundaHistoryTimeToLive(1)
                        .startEvent().userTask("werk").name("Intakegesprek voeren").camundaCandidateGroups("zorgcoordinator")
                        .camundaDueDate("${proefmoment.van(execution)}").endEvent().done())
                .deploy();
        String instantie = runtime.startProcessInstanceByKey("taken", "2026-00001",
                Map.of("schoolBrin", SCHOOL, "moment", Date.from(knoop.getBean(java.time.Clock.class).instant()))).getId();
        JdbcTemplate jdbc = knoop.getBean(JdbcTemplate.class);
        Map<String, Object> taak = jdbc.queryForMap("select * from ACT_RU_TASK where PROC_INST_ID_ = ?", instantie);
        Map<String, Object> link = jdbc.queryForMap("select * from ACT_RU_IDENTITYLINK where TASK_ID_ = ?", taak.get("ID_"));
        List<String> kolommen = new ArrayList<>(taak.keySet());
        List<String> linkKolommen = new ArrayList<>(link.keySet());
        String insert = "insert into ACT_RU_TASK (" + String.join(",", kolommen) + ") values ("
                + String.join(",", kolommen.stream().map(k -> "?").toList()) + ")";
        String linkInsert = "insert into ACT_RU_IDENTITYLINK (" + String.join(",", linkKolommen) + ") values ("
                + String.join(",", linkKolommen.stream().map(k -> "?").toList()) + ")";
        List<Object[]> taken = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            String id = UUID.randomUUID().toString();
            Map<String, Object> kopie = new LinkedCaseInsensitiveMap<>();
            kopie.putAll(taak);
            kopie.put("ID_", id);
            kopie.put("TENANT_ID_", i % 50 == 0 ? SCHOOL : "90B" + (char) ('A' + i % 26) + String.format("%02d", i % 50));
            kopie.put("DUE_DATE_", new Timestamp(System.currentTimeMillis() + 86_400_000L * (i % 60)));
            taken.add(kolommen.stream().map(kopie::get).toArray());
            Map<String, Object> linkKopie = new LinkedCaseInsensitiveMap<>();
            linkKopie.putAll(link);
            linkKopie.put("ID_", UUID.randomUUID().toString());
            linkKopie.put("TASK_ID_", id);
            links.add(linkKolommen.stream().map(linkKopie::get).toArray());
            if (taken.size() == 5000 || i == n - 1) {
                jdbc.batchUpdate(insert, taken);
                jdbc.batchUpdate(linkInsert, links);
                taken.clear();
                links.clear();
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = 'werk'", Long.class)).isEqualTo(n);
    }
}
