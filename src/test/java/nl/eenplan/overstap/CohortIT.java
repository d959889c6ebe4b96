package nl.eenplan.overstap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Tegelijk;
import nl.eenplan.Testdossiers;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A whole class at once: 500 lines with 3 bad ones start 497 transitions and report the 3 by line and
 * reason; the same file again starts nothing; progress is visible while it runs.
 */
class CohortIT extends IntegratieTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void vijfhonderdRegelsMetDrieFouten() throws Exception {
        long voor = runtimeService.createProcessInstanceQuery().processDefinitionKey("overstap").count();
        StringBuilder csv = new StringBuilder(String.join(";", CohortService.KOLOMMEN)).append('\n');
        for (int i = 0; i < 500; i++) {
            int regel = i + 2;
            String bsn = regel == 11 ? "123456789" : Testdossiers.bsn(700_000 + i);
            String geboren = regel == 201 ? "2014-13-40" : "2014-05-01";
            String school = regel == 402 ? "00ZZ00" : "99ZZ00";
            csv.append(bsn).append(";Leerling;;Cohort").append(i).append(';').append(geboren).append(';').append(school)
                    .append(";PO;8;PO_VO;2026-2027\n");
        }

        JsonNode eerste = upload(csv.toString(), 500);
        assertThat(eerste.get("gestart").asInt()).isEqualTo(497);
        assertThat(eerste.get("overgeslagen").asInt()).isZero();
        List<Long> regels = new ArrayList<>();
        eerste.get("fouten").forEach(f -> regels.add(f.get("regel").asLong()));
        assertThat(regels).containsExactly(11L, 201L, 402L);
        assertThat(eerste.at("/fouten/0/melding").asText()).contains("BSN");
        assertThat(eerste.at("/fouten/2/melding").asText()).contains("00ZZ00");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("overstap").count()).isEqualTo(voor + 497);
        // V79: a dossier carries its pupil's school (the pupil list reads it by that); never another one.
        assertThat(jdbc.queryForObject("select count(*) from dossier d join leerling l on l.id = d.leerling_id"
                + " where l.achternaam like 'Cohort%' and d.school_id <> l.school_id", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from dossier d join leerling l on l.id = d.leerling_id"
                + " join school s on s.id = d.school_id where l.bsn = ? and s.brin = '99ZZ00'", Integer.class,
                Testdossiers.bsn(700_000))).isEqualTo(1);

        // The same file again: nothing starts twice.
        JsonNode tweede = upload(csv.toString(), 500);
        assertThat(tweede.get("gestart").asInt()).isZero();
        assertThat(tweede.get("overgeslagen").asInt()).isEqualTo(497);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("overstap").count()).isEqualTo(voor + 497);
    }

    /**
     * Issue #25: a block's new dossiers take their numbers from dossier_seq in one statement, once every line of the
     * block passed its checks. So the numbers of a class follow on without gaps, also when blocks are refused (a
     * school that is not the user's, a BSN of another pupil) and redone line by line, and when a line names a pupil
     * who has a dossier already.
     */
    @Test
    void deNummersVanDeNieuweDossiersVanEenKlasSpringenNiet() throws Exception {
        String bekend = Testdossiers.bsn(950_000);
        Http.Antwoord geopend = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.metBsn(bekend));
        assertThat(geopend.status()).as(geopend.body()).isEqualTo(201);
        long voor = jdbc.queryForObject("select nextval('dossier_seq')", Long.class);
        StringBuilder csv = new StringBuilder(String.join(";", CohortService.KOLOMMEN)).append('\n');
        for (int i = 0; i < 60; i++) {
            String regel = switch (i) {
                case 5 -> bekend + ";Sam;;Jansen;2014-03-02;99ZZ00"; // has a dossier: found, not opened
                case 25 -> bekend + ";Kim;;Anders;2014-06-06;99ZZ00"; // another pupil's BSN: refused
                case 45 -> Testdossiers.bsn(950_001 + i) + ";Leerling;;Nummer45;2014-05-01;00ZZ00"; // no such school
                default -> Testdossiers.bsn(950_001 + i) + ";Leerling;;Nummer" + i + ";2014-05-01;99ZZ00";
            };
            csv.append(regel).append(";PO;8;PO_VO;2026-2027\n");
        }
        JsonNode stand = upload(csv.toString(), 60);
        List<Long> fouten = new ArrayList<>();
        stand.get("fouten").forEach(f -> fouten.add(f.get("regel").asLong()));
        assertThat(fouten).containsExactly(27L, 47L);
        assertThat(stand.get("gestart").asInt()).isEqualTo(58);

        List<Long> nieuw = jdbc.queryForList("select id from dossier where id > ? order by id", Long.class, voor);
        assertThat(nieuw).as("de nummers van de 57 nieuwe dossiers").containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(voor + 1, voor + 57).boxed().toList());
    }

    @Test
    void eenLeerlingDieTweeKeerInHetBestandStaatKrijgtEenDossierEnEenOverstap() throws Exception {
        // Two workers: the pupil's two lines go to the same one, in file order, so the second finds the first.
        String dubbel = Testdossiers.bsn(800_001);
        StringBuilder csv = new StringBuilder(String.join(";", CohortService.KOLOMMEN)).append('\n');
        for (int i = 0; i < 30; i++) {
            boolean zelfde = i == 3 || i == 4 || i == 27; // twice in a row (one block of lines), once more further on
            csv.append(zelfde ? dubbel : Testdossiers.bsn(810_000 + i)).append(";Leerling;;").append(zelfde ? "Dubbel" : "Uniek" + i)
                    .append(";2014-05-01;99ZZ00;PO;8;PO_VO;2026-2027\n");
        }
        JsonNode stand = upload(csv.toString(), 30);
        assertThat(stand.get("gestart").asInt()).isEqualTo(28);
        assertThat(stand.get("overgeslagen").asInt()).isEqualTo(2);
        assertThat(stand.get("fouten")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from leerling where bsn = ?", Integer.class, dubbel)).isEqualTo(1);
    }

    @Test
    void eenNieuweVersieVanHetModelGeldtVoorDeVolgendeUpload(@Autowired org.camunda.bpm.engine.RepositoryService modellen)
            throws Exception {
        // The model's latest version is looked up once per block of lines; a process owner's new version applies
        // from the next block on, here the next upload.
        String oud = modellen.createProcessDefinitionQuery().processDefinitionKey("overstap").latestVersion().singleResult().getId();
        long voor = runtimeService.createProcessInstanceQuery().processDefinitionId(oud).count();
        assertThat(upload(Klasupload.klas("Klas", 820_000, 3), 3).get("gestart").asInt()).isEqualTo(3);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionId(oud).count()).isEqualTo(voor + 3);

        String model = java.nio.file.Files.readString(java.nio.file.Path.of("processes/overstap.bpmn"));
        // With its forms: binding "deployment" finds them only in the model's own deployment (nl.eenplan.deployment).
        var nieuweVersie = modellen.createDeployment().name("overstap-nieuw").addString("overstap.bpmn", model);
        try (var formulieren = java.nio.file.Files.list(java.nio.file.Path.of("forms"))) {
            for (var formulier : formulieren.toList()) {
                nieuweVersie.addString("forms/" + formulier.getFileName(), java.nio.file.Files.readString(formulier));
            }
        }
        String deployment = nieuweVersie.deploy().getId();
        try {
            String nieuw = modellen.createProcessDefinitionQuery().deploymentId(deployment).singleResult().getId();
            assertThat(upload(Klasupload.klas("Klas", 830_000, 3), 3).get("gestart").asInt()).isEqualTo(3);
            assertThat(runtimeService.createProcessInstanceQuery().processDefinitionId(nieuw).count()).isEqualTo(3);
        } finally {
            modellen.deleteDeployment(deployment, true);
        }
    }

    /** A class of n pupils with BSNs from this number on, at the test school. */
    @Test
    void hetzelfdeBestandZonderBsnTweeKeerOpentGeenTweedeDossierOfOverstap() throws Exception {
        // No BSN: the school, name and birth date make the pupil, also with other upper and lower case or spaces.
        long voor = overstappen();
        StringBuilder csv = new StringBuilder(String.join(";", CohortService.KOLOMMEN)).append('\n');
        for (int i = 0; i < 5; i++) {
            csv.append(";Zonder;;Bsn").append(i).append(";2014-05-01;99ZZ00;PO;8;PO_VO;2026-2027\n");
        }
        assertThat(upload(csv.toString(), 5).get("gestart").asInt()).isEqualTo(5);

        JsonNode tweede = upload(csv.toString().replace(";Zonder;;Bsn", "; zonder ;;BSN"), 5);
        assertThat(tweede.get("gestart").asInt()).isZero();
        assertThat(tweede.get("overgeslagen").asInt()).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from leerling where lower(voornaam) = 'zonder' and lower(achternaam) like 'bsn%'",
                Integer.class)).isEqualTo(5);
        assertThat(overstappen()).isEqualTo(voor + 5);
    }

    @Test
    void tweeUploadsTegelijkOpenenEenDossierEnEenOverstapPerLeerling() throws Exception {
        // The same class twice at the same moment (a double click, or two colleagues): 30 pupils with BSN, 10 without.
        long voor = overstappen();
        StringBuilder csv = new StringBuilder(String.join(";", CohortService.KOLOMMEN)).append('\n');
        for (int i = 0; i < 40; i++) {
            csv.append(i < 30 ? Testdossiers.bsn(850_000 + i) : "").append(";Tegelijk;;Klas").append(i)
                    .append(";2014-05-01;99ZZ00;PO;8;PO_VO;2026-2027\n");
        }
        List<HttpResponse<String>> gestart = Tegelijk.keer(2, () -> post(csv.toString()));

        int nieuw = 0;
        int overgeslagen = 0;
        for (HttpResponse<String> antwoord : gestart) {
            assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(202);
            JsonNode stand = volg(antwoord.headers().firstValue("Location").orElseThrow(), 40);
            assertThat(stand.get("fouten")).as(stand.toString()).isEmpty();
            nieuw += stand.get("gestart").asInt();
            overgeslagen += stand.get("overgeslagen").asInt();
        }
        assertThat(nieuw).isEqualTo(40);
        assertThat(overgeslagen).isEqualTo(40);
        assertThat(jdbc.queryForList("select count(*) from leerling where voornaam = 'Tegelijk' group by achternaam",
                Integer.class)).hasSize(40).containsOnly(1);
        assertThat(overstappen()).isEqualTo(voor + 40);
    }

    @Test
    void eenBsnVanEenAndereLeerlingWordtNietGekoppeld() throws Exception {
        String bsn = Testdossiers.bsn(840_001);
        http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.metBsn(bsn));
        String csv = String.join(";", CohortService.KOLOMMEN) + "\n" + bsn + ";Kim;;Anders;2014-06-06;99ZZ00;PO;8;PO_VO;2026-2027\n";
        JsonNode stand = upload(csv, 1);
        assertThat(stand.get("gestart").asInt()).isZero();
        assertThat(stand.at("/fouten/0/regel").asInt()).isEqualTo(2);
        assertThat(stand.at("/fouten/0/melding").asText()).contains("andere leerling");
    }

    @Test
    void eenBestandZonderDeJuisteKopWordtMeteenGeweigerd() throws Exception {
        HttpResponse<String> antwoord = post("naam;geboortedatum\nSam;2014-01-01\n");
        assertThat(antwoord.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(antwoord.body()).at("/fouten/0/melding").asText()).contains("bsn;voornaam");
    }

    @Test
    void eenKlasGroterDanDeAlgemeneGrensVanDeApiWordtAangenomen(
            @org.springframework.beans.factory.annotation.Value("${eenplan.api.max-request-bytes}") long algemeen)
            throws Exception {
        // Three pupils and empty lines (skipped, as a spreadsheet leaves them) past /api's general limit: the class
        // upload has its own limit (eenplan.overstap.max-upload-bytes), with a Content-Length and chunked alike.
        String csv = Klasupload.klas("Klas", 880_000, 3) + "\n".repeat((int) algemeen + 1);
        assertThat(upload(csv, 3).get("gestart").asInt()).isEqualTo(3);
        assertThat(uploadChunked(csv, 3).get("overgeslagen").asInt()).isEqualTo(3);
        // The general limit still holds elsewhere.
        assertThat(http().als("zorgcoordinator").postChunked("/api/dossiers", "{" + " ".repeat((int) algemeen) + "}")
                .status()).isEqualTo(413);
    }

    @Test
    void eenKlasBovenDeUploadgrensKrijgt413ZonderDatErIetsStart(
            @org.springframework.beans.factory.annotation.Value("${eenplan.overstap.max-upload-bytes}") long grens)
            throws Exception {
        // Chunked (no Content-Length): refused as soon as reading passes the limit, nothing is started or kept.
        long uploadsVoor = jdbc.queryForObject("select count(*) from cohort_import", Long.class);
        byte[] begin = Klasupload.klas("Klas", 890_000, 3).getBytes(StandardCharsets.UTF_8);
        long lengte = grens + 64 * 1024;
        HttpResponse<String> antwoord = HttpClient.newHttpClient().send(verzoek().POST(HttpRequest.BodyPublishers
                .ofInputStream(() -> new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(begin),
                        new LegeRegels(lengte - begin.length)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(413);
        assertThat(antwoord.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(antwoord.body()).get("detail").asText())
                .isEqualTo("De inhoud van het verzoek is groter dan de grens van 64 MB.");
        assertThat(jdbc.queryForObject("select count(*) from cohort_import", Long.class)).isEqualTo(uploadsVoor);
        assertThat(jdbc.queryForObject("select count(*) from leerling where bsn = ?", Integer.class,
                Testdossiers.bsn(890_000))).isZero();
    }

    /** n empty lines, made as they are read. */
    private static final class LegeRegels extends java.io.InputStream {
        private long over;

        LegeRegels(long aantal) {
            this.over = aantal;
        }

        @Override
        public int read() {
            return over-- > 0 ? '\n' : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int lengte) {
            if (over <= 0) {
                return -1;
            }
            int n = (int) Math.min(lengte, over);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) '\n');
            over -= n;
            return n;
        }
    }

    /** The transitions running now (the tests of a class run one after the other). */
    private long overstappen() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("overstap").count();
    }

    /** Uploads and follows the progress until the upload is done. */
    private JsonNode upload(String csv, int aantal) throws Exception {
        HttpResponse<String> antwoord = post(csv);
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(202);
        return volg(antwoord.headers().firstValue("Location").orElseThrow(), aantal);
    }

    /** The same, sent in chunks (no Content-Length). */
    private JsonNode uploadChunked(String csv, int aantal) throws Exception {
        byte[] inhoud = csv.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> antwoord = HttpClient.newHttpClient().send(verzoek().POST(HttpRequest.BodyPublishers
                .ofInputStream(() -> new java.io.ByteArrayInputStream(inhoud))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(202);
        return volg(antwoord.headers().firstValue("Location").orElseThrow(), aantal);
    }

    /** Follows an upload's progress until it is done. */
    private JsonNode volg(String voortgang, int aantal) throws Exception {
        long tot = System.nanoTime() + Duration.ofMinutes(2).toNanos(); // a wait, not a date
        JsonNode stand = http().als("zorgcoordinator").get(voortgang).json();
        while (!stand.get("status").asText().equals("KLAAR") && System.nanoTime() < tot) {
            assertThat(stand.get("regels").asInt()).isEqualTo(aantal);
            Thread.sleep(200);
            stand = http().als("zorgcoordinator").get(voortgang).json();
        }
        assertThat(stand.get("status").asText()).isEqualTo("KLAAR");
        assertThat(stand.get("verwerkt").asInt()).isEqualTo(aantal);
        return stand;
    }

    private HttpResponse<String> post(String csv) throws Exception {
        return HttpClient.newHttpClient().send(verzoek().POST(HttpRequest.BodyPublishers.ofString(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder verzoek() {
        String token = Base64.getEncoder().encodeToString("zorgcoordinator:demo".getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/overstappen/cohort"))
                .header("Authorization", "Basic " + token).header("Content-Type", "text/csv");
    }
}
