package nl.eenplan.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.EenPlanApplication;
import nl.eenplan.GeplandeMethoden;
import nl.eenplan.Proefafhandelingen;
import nl.eenplan.Testdossiers;
import nl.eenplan.bench.Opties.Database;
import nl.eenplan.bench.Opties.Instellingen;
import nl.eenplan.dossier.NieuweSchool;
import nl.eenplan.dossier.Regio;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * Nodes and their databases: each node a Spring context in the benchmark's JVM, each configuration on a fresh
 * database (a new H2 file, or a new database in the one embedded PostgreSQL server).
 */
final class Knopen {

    private Knopen() {
    }

    static final String SCHOOL = "90BE00";
    static final String ZC = "benchzc";
    static final String BEHEER = "benchbeheer";

    /** The Camunda Spring Boot starter's job executor defaults, spelled out for the baseline. */
    static final List<String> STANDAARD_JOB_EXECUTOR = List.of("--camunda.bpm.job-execution.core-pool-size=3",
            "--camunda.bpm.job-execution.max-pool-size=10", "--camunda.bpm.job-execution.max-jobs-per-acquisition=3",
            "--camunda.bpm.job-execution.wait-time-in-millis=5000", "--camunda.bpm.job-execution.max-wait=60000",
            "--camunda.bpm.job-execution.lock-time-in-millis=300000", "--camunda.bpm.job-execution.queue-capacity=3",
            // and a class upload one line per transaction on one worker, as before it was tuned
            "--eenplan.overstap.regels-per-transactie=1", "--eenplan.overstap.werkers=1",
            // and the starter's execution events, which EenPlan's application.yaml switches off
            "--camunda.bpm.eventing.execution=true");

    static EmbeddedPostgres postgres;

    static void startPostgres() throws Exception {
        // PostgreSQL as a server that takes a national installation's writes is set up (docs/benchmark.md, "What a
        // national installation needs"), not with the defaults for a small machine: buffers for the working set, and
        // checkpoints far apart (with the defaults, a checkpoint every 5 minutes can fall inside one measurement and not
        // the next: PostgreSQL's CPU per pupil was 1.2 against 2.7 ms in one run). Each measurement starts after a
        // checkpoint of its own (Meting).
        var builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                .setServerConfig("shared_buffers", "1GB")
                .setServerConfig("max_wal_size", "8GB")
                .setServerConfig("checkpoint_timeout", "30min")
                // the WAL's write and flush times in pg_stat_wal, for Omstandigheden (a clock read per WAL write)
                .setServerConfig("track_wal_io_timing", "on");
        if (Opties.STATEMENTS) {
            builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
        }
        postgres = builder.start();
    }

    static String nieuweDatabase(Database db, String naam) throws Exception {
        if (db == Database.H2) {
            Path map = Path.of("target", "benchmark", "h2");
            Files.createDirectories(map);
            return "jdbc:h2:file:" + map.toAbsolutePath().resolve(naam + "-" + UUID.randomUUID());
        }
        String database = "bench_" + naam.replace('-', '_').toLowerCase();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("drop database if exists " + database);
            c.createStatement().execute("create database " + database);
        }
        return postgres.getJdbcUrl("postgres", database);
    }

    /**
     * A node reads the application's own configuration only, as its jar does: not the tests' application.properties,
     * which is on the benchmark's classpath too and switches off the monitor's worker and five nightly jobs (the tests
     * run them with their fixed clock). Until 2026-12-06 the benchmark's nodes ran without them. Spring Boot
     * reads the profile's file beside it (application-postgres.yaml).
     */
    static final String ALLEEN_DE_APPLICATIE = "--spring.config.location=classpath:/application.yaml";

    static ConfigurableApplicationContext knoop(String naam, Database db, String url, Instellingen inst, String... extra) {
        List<String> argumenten = new ArrayList<>(List.of(ALLEEN_DE_APPLICATIE, "--server.port=0",
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
        ConfigurableApplicationContext knoop = app.run(argumenten.toArray(String[]::new));
        try {
            controleerGeplandeTaken(knoop, argumenten);
        } catch (RuntimeException e) {
            knoop.close();
            throw e;
        }
        return knoop;
    }

    /**
     * Every {@code @Scheduled} method runs on the node unless the node's arguments switch it off ("-"; the monitor
     * scenario's worker): a node without its monitor's worker measures less work than production does (until
     * 2026-12-06 none had it: ALLEEN_DE_APPLICATIE). What the node should run: the application's configuration with
     * the node's arguments over it, not what the node read (that was the fault).
     */
    private static void controleerGeplandeTaken(ConfigurableApplicationContext knoop, List<String> argumenten) {
        Set<String> gepland = knoop.getBeansOfType(ScheduledTaskHolder.class).values().stream()
                .flatMap(houder -> houder.getScheduledTasks().stream())
                .map(taak -> taak.getTask().getRunnable().toString()).collect(Collectors.toSet());
        var bedoeld = GeplandeMethoden.vanDeApplicatie();
        bedoeld.getPropertySources().addFirst(new SimpleCommandLinePropertySource(argumenten.toArray(String[]::new)));
        List<String> ontbrekend = GeplandeMethoden.met(bedoeld).entrySet().stream()
                .filter(methode -> !"-".equals(methode.getValue()) && !gepland.contains(methode.getKey()))
                .map(Map.Entry::getKey).toList();
        if (!ontbrekend.isEmpty()) {
            throw new IllegalStateException("not scheduled on the benchmark's node: " + ontbrekend);
        }
    }

    static void richtSchoolIn(ConfigurableApplicationContext knoop) {
        knoop.getBean(SchoolService.class).registreer(new NieuweSchool(SCHOOL, "Benchmarkschool", "Benchstad",
                "SWV Bench", Regio.MIDDEN));
        knoop.getBean(GebruikerService.class).maakAlsNieuw(ZC, "Bench", "Zorgcoördinator", "bench", Groepen.ZORGCOORDINATOR);
        knoop.getBean(Organisaties.class).voegToeAanSchool(ZC, SCHOOL);
    }

    /**
     * Statistics after every seeding, so no configuration is measured before PostgreSQL's autovacuum happened to
     * visit the new tables and another after (it comes at a random moment, once a minute at most).
     */
    static void analyseer(ConfigurableApplicationContext knoop) {
        knoop.getBean(JdbcTemplate.class).execute("analyze");
    }

    /** The block size and the workers of a node's class upload: the floors copy this transaction shape. */
    static int regelsPerTransactie(ConfigurableApplicationContext knoop) {
        return knoop.getEnvironment().getRequiredProperty("eenplan.overstap.regels-per-transactie", Integer.class);
    }

    static int werkers(ConfigurableApplicationContext knoop) {
        return Math.max(1, knoop.getEnvironment().getRequiredProperty("eenplan.overstap.werkers", Integer.class));
    }

    /** A class as a school exports it: every pupil with a BSN (looked up first: a known pupil keeps their dossier). */
    static String csv(int n, String voorvoegsel) {
        StringBuilder csv = new StringBuilder("bsn;voornaam;tussenvoegsel;achternaam;geboortedatum;schoolBrin;onderwijssoort;"
                + "leerjaar;overstap;schooljaar\n");
        int bsnBasis = switch (voorvoegsel) {
            case "W" -> 20_000_000;
            case "X" -> 70_000_000; // the second node's warm-up class (Verzuimdag seeds from 60,000,000)
            case "M" -> 40_000_000;
            case "N" -> 50_000_000;
            default -> 30_000_000;
        };
        for (int i = 0; i < n; i++) {
            csv.append(Testdossiers.bsn(bsnBasis + i)).append(";").append(voorvoegsel).append(i).append(";;B;2014-05-01;")
                    .append(SCHOOL).append(";PO;8;PO_VO;2026-2027\n");
        }
        return csv.toString();
    }

    /** The rows of every table of the application's schema, by the table's name as the database spells it. */
    static Map<String, Long> rijenPerTabel(JdbcTemplate jdbc, Database db) {
        Map<String, Long> rijen = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String tabel : jdbc.queryForList("select table_name from information_schema.tables where table_schema = ? "
                + "and table_type in ('BASE TABLE', 'TABLE')", String.class, schema(db))) {
            rijen.put(tabel, jdbc.queryForObject("select count(*) from \"" + tabel + "\"", Long.class));
        }
        return rijen;
    }

    /**
     * PostgreSQL: every table's size on disk with its indexes and TOAST ({@code pg_total_relation_size}), in bytes,
     * by the table's name. Pages are allocated in 8 kB steps, so compare after enough rows.
     */
    static Map<String, Long> bytesPerTabel(JdbcTemplate jdbc) {
        Map<String, Long> bytes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        jdbc.query("select c.relname, pg_total_relation_size(c.oid) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = 'public' and c.relkind = 'r'", rs -> {
                    bytes.put(rs.getString(1), rs.getLong(2));
                });
        return bytes;
    }

    static String schema(Database db) {
        return db == Database.H2 ? "PUBLIC" : "public";
    }

    static long som(Map<String, Long> rijen) {
        return rijen.values().stream().mapToLong(Long::longValue).sum();
    }

    /** New rows per table, the largest first; tables without new rows are left out. */
    static Map<String, Long> verschil(Map<String, Long> voor, Map<String, Long> na) {
        Map<String, Long> verschil = new LinkedHashMap<>();
        na.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue() - voor.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> verschil.put(e.getKey(), e.getValue()));
        return verschil;
    }
}
