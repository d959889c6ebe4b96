package nl.eenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import org.junit.jupiter.api.Test;

/**
 * The audit log over HTTP: reading and changing dossier data writes an entry (refused attempts too),
 * the school's reports reached by id are linked to their dossier, and the administrator exports the
 * inzage of one pupil as CSV.
 */
class AuditIT extends IntegratieTest {

    @Test
    void lezenEnWijzigenWordenGelogdEnDeInzageLaatHetZien() throws Exception {
        String nummer = zc().post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
        assertThat(zc().get("/api/dossiers/" + nummer).status()).isEqualTo(200);
        assertThat(http().als("leerplicht").get("/api/dossiers/" + nummer).status()).isEqualTo(403);
        assertThat(http().als("mentor").post("/api/dossiers/" + nummer + "/verzuim",
                "{\"dagen\": [{\"datum\": \"2026-11-02\", \"uren\": 2}]}").status()).isEqualTo(201);

        JsonNode regels = http().als("admin").get("/api/audit?dossier=" + nummer).json();
        assertThat(regels).anySatisfy(r -> {
            assertThat(r.get("gebruiker").asText()).isEqualTo("zorgcoordinator");
            assertThat(r.get("handeling").asText()).isEqualTo("LEZEN");
            assertThat(r.get("wat").asText()).isEqualTo("GET /api/dossiers/" + nummer);
            assertThat(r.get("status").asInt()).isEqualTo(200);
        });
        assertThat(regels).anySatisfy(r -> {
            assertThat(r.get("gebruiker").asText()).isEqualTo("leerplicht");
            assertThat(r.get("status").asInt()).as("een geweigerde poging telt ook").isEqualTo(403);
        });
        assertThat(regels).anySatisfy(r -> {
            assertThat(r.get("gebruiker").asText()).isEqualTo("mentor");
            assertThat(r.get("handeling").asText()).isEqualTo("WIJZIGEN");
        });

        Http.Antwoord inzage = http().als("admin").get("/api/dossiers/" + nummer + "/inzage");
        assertThat(inzage.status()).isEqualTo(200);
        assertThat(inzage.contentType()).startsWith("text/csv");
        List<CSVRecord> rijen = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(inzage.body())).getRecords();
        assertThat(rijen).anySatisfy(r -> {
            assertThat(r.get("gebruiker")).isEqualTo("zorgcoordinator");
            assertThat(r.get("handeling")).isEqualTo("LEZEN");
        });
        // Only the administrator answers an inzageverzoek.
        assertThat(zc().get("/api/dossiers/" + nummer + "/inzage").status()).isEqualTo(403);
        assertThat(zc().get("/api/audit").status()).isEqualTo(403);
    }

    @Test
    void eenMeldingDieLeerplichtLeestHoortBijHaarDossier() {
        String nummer = zc().post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
        long id = zc().post("/api/dossiers/" + nummer + "/verzuim", """
                {"dagen": [{"datum": "2026-11-02", "uren": 4}, {"datum": "2026-11-03", "uren": 4},
                           {"datum": "2026-11-04", "uren": 4}, {"datum": "2026-11-05", "uren": 4}]}""")
                .json().at("/nieuweMeldingen/0").asLong();
        assertThat(zc().get("/api/verzuimmeldingen/" + id).status()).isEqualTo(200);

        assertThat(http().als("admin").get("/api/audit?dossier=" + nummer).json())
                .anySatisfy(r -> assertThat(r.get("wat").asText()).isEqualTo("GET /api/verzuimmeldingen/" + id));
        assertThat(http().als("admin").get("/api/audit?gebruiker=zorgcoordinator").json()).isNotEmpty();
    }

    @Test
    void deApiAntwoordtMetVeiligheidsheaders() {
        Http.Antwoord antwoord = zc().get("/api/scholen");
        assertThat(antwoord.status()).isEqualTo(200);
        assertThat(antwoord.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(antwoord.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(antwoord.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    private Http zc() {
        return http().als("zorgcoordinator");
    }
}
