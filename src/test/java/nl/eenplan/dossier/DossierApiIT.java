package nl.eenplan.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Tegelijk;
import nl.eenplan.Testdossiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dossier API over HTTP with security and database: what it stores, and what it refuses. */
class DossierApiIT extends IntegratieTest {

    static final String GELDIG = Testdossiers.GELDIG;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eenZorgcoordinatorOpentEenDossierEnLeestHetTerug() {
        Http.Antwoord gemaakt = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw());

        assertThat(gemaakt.status()).isEqualTo(201);
        String nummer = gemaakt.json().get("nummer").asText();
        assertThat(nummer).matches("\\d{4}-\\d{5}");
        assertThat(gemaakt.json().get("zorgcoordinator").asText()).isEqualTo("zorgcoordinator");

        Http.Antwoord gelezen = http().als("mentor").get("/api/dossiers/" + nummer);
        assertThat(gelezen.status()).isEqualTo(200);
        assertThat(gelezen.json().at("/leerling/ouders/0/naam").asText()).isEqualTo("Anna Jansen");
        assertThat(gelezen.json().at("/leerling/school/regio").asText()).isEqualTo("MIDDEN");
        assertThat(http().als("zorgcoordinator").get("/api/dossiers").body()).contains(nummer);
    }

    @Test
    void eenLeerlingHeeftPerSchoolEenOpenDossier() {
        Http zc = http().als("zorgcoordinator");
        String bsn = Testdossiers.nieuwBsn();
        String nummer = zc.post("/api/dossiers", Testdossiers.metBsn(bsn)).json().get("nummer").asText();

        Http.Antwoord nogEens = zc.post("/api/dossiers", Testdossiers.metBsn(bsn).replace("Sam", "Samuel"));
        assertThat(nogEens.status()).isEqualTo(409);
        assertThat(nogEens.contentType()).startsWith("application/problem+json");
        assertThat(nogEens.json().get("detail").asText()).contains("al een open dossier", nummer);

        // Without BSN the name and birth date make the pupil, whatever the case and spaces.
        String zonder = Testdossiers.zonderBsn();
        String eerste = zc.post("/api/dossiers", zonder).json().get("nummer").asText();
        Http.Antwoord zelfde = zc.post("/api/dossiers", zonder.replace("\"Jansen\"", "\" jansen \""));
        assertThat(zelfde.status()).isEqualTo(409);
        assertThat(zelfde.json().get("detail").asText()).contains(eerste);

        // Once the school's care ended and the dossier closed, the pupil may get a new one.
        assertThat(zc.post("/api/dossiers/" + nummer + "/sluiten", "{\"reden\": \"Verhuisd.\"}").status()).isEqualTo(200);
        assertThat(zc.post("/api/dossiers", Testdossiers.metBsn(bsn)).status()).isEqualTo(201);
    }

    @Test
    void vijfKeerTegelijkDezelfdeNieuweLeerlingIsEenDossier() throws Exception {
        String bsn = Testdossiers.nieuwBsn();
        List<Http.Antwoord> antwoorden = Tegelijk.keer(5,
                () -> http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.metBsn(bsn)));

        assertThat(antwoorden).extracting(Http.Antwoord::status).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(jdbc.queryForObject("select count(*) from leerling where bsn = ?", Integer.class, bsn)).isEqualTo(1);
    }

    static Stream<Arguments> slechteInvoer() {
        String groot = "x".repeat(2 * 1024 * 1024);
        return Stream.of(
                Arguments.of("naam ontbreekt", GELDIG.replace("\"voornaam\": \"Sam\", ", ""), false, 400,
                        "leerling.voornaam"),
                Arguments.of("BSN zakt voor de elfproef", GELDIG.replace("111222333", "123456789"), false, 400,
                        "leerling.bsn"),
                Arguments.of("onbekende school", GELDIG.replace("99ZZ00", "00AA00"), false, 400,
                        "leerling.schoolBrin"),
                Arguments.of("eigenaar is geen zorgcoördinator",
                        GELDIG.replace("{\"leerling\"", "{\"zorgcoordinator\": \"mentor\", \"leerling\""), false, 400,
                        "zorgcoordinator"),
                Arguments.of("ongeldig e-mailadres", GELDIG.replace("anna@example.nl", "anna-at-example"), false, 400,
                        "leerling.ouders[0].email"),
                Arguments.of("verkeerd type", GELDIG.replace("\"leerjaar\": 7", "\"leerjaar\": \"zeven\""), false,
                        400, "leerling.leerjaar"),
                Arguments.of("onbekende onderwijssoort", GELDIG.replace("\"PO\"", "\"HAVO\""), false, 400,
                        "leerling.onderwijssoort"),
                Arguments.of("ongeldige datum", GELDIG.replace("2014-03-02", "2-3-2014"), false, 400,
                        "leerling.geboortedatum"),
                Arguments.of("onbekend veld", GELDIG.replace("\"leerjaar\": 7", "\"leerjaar\": 7, \"klas\": \"7b\""),
                        false, 400, "leerling.klas"),
                Arguments.of("leerling ontbreekt", "{}", false, 400, "leerling"),
                Arguments.of("geen geldige JSON", "{\"leerling\": {\"voornaam\": ", false, 400, null),
                Arguments.of("2 MB met Content-Length", GELDIG.replace("Sam", groot), false, 413, null),
                Arguments.of("2 MB in chunks", GELDIG.replace("Sam", groot), true, 413, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void slechteInvoer(String geval, String body, boolean chunked, int status, String veld) {
        long dossiersVoor = aantal("dossier");
        long leerlingenVoor = aantal("leerling");
        long oudersVoor = aantal("ouder");

        Http http = http().als("zorgcoordinator");
        Http.Antwoord antwoord = chunked ? http.postChunked("/api/dossiers", body) : http.post("/api/dossiers", body);

        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(status);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(antwoord.json().get("title").asText()).isIn("Ongeldige invoer", "Verzoek te groot");
        assertThat(antwoord.json().get("detail").asText()).isNotBlank();
        if (veld != null) {
            assertThat(antwoord.json().at("/fouten/0/veld").asText()).isEqualTo(veld);
            assertThat(antwoord.json().at("/fouten/0/melding").asText()).isNotBlank();
        }
        assertThat(aantal("dossier")).isEqualTo(dossiersVoor);
        assertThat(aantal("leerling")).isEqualTo(leerlingenVoor);
        assertThat(aantal("ouder")).isEqualTo(oudersVoor);
    }

    @Test
    void meerdereFoutenWordenAllemaalGenoemd() {
        String body = GELDIG.replace("\"voornaam\": \"Sam\", ", "").replace("111222333", "123456789");
        Http.Antwoord antwoord = http().als("zorgcoordinator").post("/api/dossiers", body);

        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(antwoord.json().at("/fouten/0/veld").asText()).isEqualTo("leerling.bsn");
        assertThat(antwoord.json().at("/fouten/1/veld").asText()).isEqualTo("leerling.voornaam");
        assertThat(antwoord.json().at("/fouten/1/melding").asText()).isEqualTo("Vul de voornaam van de leerling in.");
    }

    @Test
    void onbekendDossierIs404() {
        Http.Antwoord antwoord = http().als("zorgcoordinator").get("/api/dossiers/2026-99999");
        assertThat(antwoord.status()).isEqualTo(404);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(antwoord.json().get("detail").asText()).contains("2026-99999");
        assertThat(http().als("zorgcoordinator").get("/api/dossiers/onzin").status()).isEqualTo(404);
    }

    @Test
    void alleenSchoolmedewerkersZienDossiers() {
        assertThat(http().get("/api/dossiers").status()).isEqualTo(401);
        assertThat(http().get("/api/dossiers").contentType()).startsWith("application/problem+json");
        for (String groep : new String[] {"leerplicht", "jeugdhulp", "swv", "gemeente", "procesbeheer", "admin"}) {
            Http.Antwoord antwoord = http().als(groep).get("/api/dossiers");
            assertThat(antwoord.status()).as(groep).isEqualTo(403);
            assertThat(antwoord.json().get("title").asText()).isEqualTo("Geen toegang");
        }
        assertThat(http().als("mentor").get("/api/dossiers").status()).isEqualTo(200);
    }

    @Test
    void scholenLezenMagIedereenRegistrerenAlleenDeBeheerder() {
        String school = """
                {"brin": "98XX00", "naam": "OBS Test", "gemeente": "Zeist",
                 "samenwerkingsverband": "SWV Zuidoost-Utrecht", "regio": "MIDDEN"}""";
        assertThat(http().als("leerplicht").get("/api/scholen").status()).isEqualTo(200);
        assertThat(http().als("zorgcoordinator").post("/api/scholen", school).status()).isEqualTo(403);

        assertThat(http().als("admin").post("/api/scholen", school).status()).isEqualTo(201);
        assertThat(http().als("mentor").get("/api/scholen/98XX00").json().get("naam").asText()).isEqualTo("OBS Test");

        Http.Antwoord dubbel = http().als("admin").post("/api/scholen", school);
        assertThat(dubbel.status()).isEqualTo(400);
        assertThat(dubbel.json().at("/fouten/0/veld").asText()).isEqualTo("brin");

        Http.Antwoord fout = http().als("admin").post("/api/scholen", school.replace("98XX00", "98-xx"));
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.json().at("/fouten/0/veld").asText()).isEqualTo("brin");
    }

    private long aantal(String tabel) {
        return jdbc.queryForObject("select count(*) from " + tabel, Long.class);
    }
}
