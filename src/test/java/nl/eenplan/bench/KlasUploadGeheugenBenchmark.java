package nl.eenplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import nl.eenplan.EenPlanApplication;
import nl.eenplan.GegenereerdeKlas;
import nl.eenplan.Proefafhandelingen;
import nl.eenplan.Testdossiers;
import nl.eenplan.dossier.NieuweSchool;
import nl.eenplan.dossier.Regio;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The heap of a whole class upload (issue #25, "A 180,000-line class file uploaded in one request, heap growth under
 * 256 MB"), untimed and apart from EenPlanBenchmark's timed scenarios: forced GCs would spoil their times. One node on
 * PostgreSQL (H2 in memory would keep the rows in the heap), one class of {@code bench.klas} lines (180,000) sent in one
 * request as it is generated (chunked), followed to {@code KLAAR}; every 2 s a sampler forces a GC and records the used
 * heap; the growth over the baseline (after start-up, after GC) must stay under 256 MB. Run with
 * {@code mvn -o -Pbench verify -Dit.test=KlasUploadGeheugenBenchmark [-Dbench.klas=180000]}; the result goes to
 * target/benchmark/klasupload-geheugen.md.
 */
class KlasUploadGeheugenBenchmark {

    static final int KLAS = Integer.getInteger("bench.klas", 180_000);
    static final long GRENS = 256L * 1024 * 1024;
    static final String SCHOOL = "90KG00";
    static final String ZC = "geheugenzc";
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eenKlasVanHonderdtachtigduizendRegelsInEenVerzoekHoudtDeHeapVlak() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start()) {
            try (Connection c = postgres.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("create database klasgeheugen");
            }
            SpringApplicationBuilder app = new SpringApplicationBuilder(EenPlanApplication.class, Proefafhandelingen.class)
                    .profiles("postgres").properties(Map.of("EENPLAN_DB_URL", postgres.getJdbcUrl("postgres", "klasgeheugen"),
                            "EENPLAN_DB_GEBRUIKER", "postgres", "EENPLAN_DB_WACHTWOORD", "postgres"));
            // the application's configuration, as its jar: the monitor's worker rebuilds facts during the upload too
            try (ConfigurableApplicationContext knoop = app.run(Knopen.ALLEEN_DE_APPLICATIE, "--server.port=0",
                    "--camunda.bpm.process-engine-name=klasgeheugen" + UUID.randomUUID().toString().substring(0, 8),
                    "--camunda.bpm.metrics.enabled=false", "--camunda.bpm.metrics.db-reporter-activate=false",
                    "--logging.level.root=WARN")) {
                knoop.getBean(SchoolService.class).registreer(new NieuweSchool(SCHOOL, "Geheugenschool", "Benchstad",
                        "SWV Bench", Regio.MIDDEN));
                knoop.getBean(GebruikerService.class).maakAlsNieuw(ZC, "Bench", "Zorgcoördinator", "bench",
                        Groepen.ZORGCOORDINATOR);
                knoop.getBean(Organisaties.class).voegToeAanSchool(ZC, SCHOOL);
                String basis = "http://localhost:" + knoop.getEnvironment().getProperty("local.server.port");

                long begin = heapNaGc();
                AtomicLong hoogste = new AtomicLong(begin);
                List<String> metingen = new ArrayList<>();
                Thread meter = new Thread(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        hoogste.accumulateAndGet(heapNaGc(), Math::max);
                        try {
                            Thread.sleep(2000);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }, "heapmeter");
                meter.start();
                JsonNode stand;
                try {
                    HttpClient client = HttpClient.newHttpClient();
                    HttpResponse<String> gestart = client.send(HttpRequest.newBuilder(URI.create(basis
                                    + "/api/overstappen/cohort")).header("Authorization", basic())
                            .header("Content-Type", "text/csv")
                            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new GegenereerdeKlas(KLAS,
                                    i -> Testdossiers.bsn(60_000_000 + i) + ";Leerling;;G" + i + ";2014-05-01;" + SCHOOL
                                            + ";PO;8;PO_VO;2026-2027\n"))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(gestart.statusCode()).as(gestart.body()).isEqualTo(202);
                    String voortgang = basis + gestart.headers().firstValue("Location").orElseThrow();
                    int vorige = -1;
                    while (true) {
                        stand = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(voortgang))
                                .header("Authorization", basic()).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
                        assertThat(stand.get("regels").asInt()).isEqualTo(KLAS);
                        int verwerkt = stand.get("verwerkt").asInt();
                        if (verwerkt / 10_000 != vorige / 10_000) {
                            metingen.add("%d regels: heap %d MB boven de basis (hoogste tot nu)".formatted(verwerkt,
                                    (hoogste.get() - begin) / (1024 * 1024)));
                        }
                        vorige = verwerkt;
                        if (stand.get("status").asText().equals("KLAAR")) {
                            break;
                        }
                        Thread.sleep(1000);
                    }
                } finally {
                    meter.interrupt();
                    meter.join();
                }
                long groei = hoogste.get() - begin;
                List<String> verslag = new ArrayList<>(List.of("# Klasupload: heap na GC", "",
                        "%d regels in één verzoek; basis %d MB; hoogste groei %d MB (grens %d MB); gestart %d, overgeslagen %d, fouten %d."
                                .formatted(KLAS, begin / (1024 * 1024), groei / (1024 * 1024), GRENS / (1024 * 1024),
                                        stand.get("gestart").asInt(), stand.get("overgeslagen").asInt(),
                                        stand.get("fouten").size()), ""));
                metingen.forEach(m -> verslag.add("- " + m));
                Path uit = Path.of("target", "benchmark", "klasupload-geheugen.md");
                Files.createDirectories(uit.getParent());
                Files.write(uit, verslag);
                verslag.forEach(System.out::println);

                assertThat(stand.get("verwerkt").asInt()).isEqualTo(KLAS);
                assertThat(stand.get("gestart").asInt()).as(stand.toString()).isEqualTo(KLAS);
                assertThat(groei).as("groei van de heap na GC (bytes)").isLessThan(GRENS);
            }
        }
    }

    private static long heapNaGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((ZC + ":bench").getBytes(StandardCharsets.UTF_8));
    }
}
