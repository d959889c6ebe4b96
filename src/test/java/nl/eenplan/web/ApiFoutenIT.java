package nl.eenplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Sessie;
import nl.eenplan.Testdossiers;
import org.junit.jupiter.api.Test;

/** Requests that reach no endpoint get problem+json in Dutch too, as every other /api error. */
class ApiFoutenIT extends IntegratieTest {

    @Test
    void eenOnbekendPadIs404() {
        assertProbleem(http().als("mentor").get("/api/bestaat-niet"), 404, "Niet gevonden");
        assertProbleem(http().als("mentor").get("/api/dossiers/2026-00001/bestaat-niet"), 404, "Niet gevonden");

        Sessie sessie = new Sessie(port);
        sessie.meldAan("mentor", "demo");
        assertProbleem(sessie.get("/api/bestaat-niet", "Accept", "application/json"), 404, "Niet gevonden");
    }

    @Test
    void eenVerkeerdeMethodeIs405() {
        Http.Antwoord antwoord = http().als("admin").delete("/api/scholen");
        assertProbleem(antwoord, 405, "Methode niet toegestaan");
        assertThat(antwoord.json().get("detail").asText()).isEqualTo("Deze handeling is hier niet toegestaan.");
        assertThat(antwoord.headers().firstValue("Allow").orElse("")).contains("GET", "POST");
    }

    @Test
    void eenVerkeerdInhoudstypeIs415() {
        Http.Antwoord antwoord = http().als("zorgcoordinator").post("/api/dossiers", "text/plain", Testdossiers.GELDIG);
        assertProbleem(antwoord, 415, "Inhoudstype niet ondersteund");
        assertThat(antwoord.json().get("detail").asText()).contains("JSON");
    }

    private static void assertProbleem(Http.Antwoord antwoord, int status, String titel) {
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(status);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(antwoord.json().get("title").asText()).isEqualTo(titel);
        assertThat(antwoord.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }
}
