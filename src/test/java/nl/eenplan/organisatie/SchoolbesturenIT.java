package nl.eenplan.organisatie;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import org.junit.jupiter.api.Test;

/**
 * School boards (bevoegd gezag, issue #23): registered by an administrator under DUO's bestuursnummer, schools linked
 * to them; the demo's schools got theirs from the configuration at start-up (eenplan.schoolbesturen, as an installation
 * does at upgrade). Bad input is a problem+json with a Dutch message per field; others may read, not write.
 */
class SchoolbesturenIT extends IntegratieTest {

    @Test
    void deDemoscholenHebbenHunBestuurUitDeConfiguratie() {
        Http zc = http().als("zorgcoordinator");
        assertThat(zc.get("/api/schoolbesturen/99999").json().get("naam").asText())
                .isEqualTo("Stichting Onderwijs Utrecht (demo)");
        assertThat(zc.get("/api/scholen/99ZZ00").json().get("bestuursnummer").asText()).isEqualTo("99999");
        assertThat(zc.get("/api/scholen/99YY00").json().get("bestuursnummer").asText()).isEqualTo("99999");
    }

    @Test
    void eenBeheerderRegistreertEenBestuurEnKoppeltEenSchool() {
        Http beheer = http().als("demo");
        beheer.post("/api/scholen", """
                {"brin": "98BB00", "naam": "School zonder bestuur (test)", "gemeente": "Utrecht",
                 "samenwerkingsverband": "SWV Test", "regio": "MIDDEN", "gemeentecode": "GM0344"}
                """);
        assertThat(beheer.get("/api/scholen/98BB00").json().path("bestuursnummer").isTextual()).isFalse();

        Http.Antwoord onbekend = beheer.put("/api/scholen/98BB00/bestuur", "{\"bestuursnummer\": \"41234\"}");
        assertThat(onbekend.status()).isEqualTo(400);
        assertThat(onbekend.contentType()).contains("application/problem+json");
        assertThat(onbekend.body()).contains("bestuursnummer").contains("registreer het eerst");

        JsonNode bestuur = beheer.put("/api/schoolbesturen/41234", "{\"naam\": \"Stichting Test\"}").json();
        assertThat(bestuur.get("bestuursnummer").asText()).isEqualTo("41234");
        JsonNode school = beheer.put("/api/scholen/98BB00/bestuur", "{\"bestuursnummer\": \"41234\"}").json();
        assertThat(school.get("bestuursnummer").asText()).isEqualTo("41234");
        assertThat(beheer.put("/api/schoolbesturen/41234", "{\"naam\": \"Stichting Test Hernoemd\"}").json()
                .get("naam").asText()).isEqualTo("Stichting Test Hernoemd");
    }

    @Test
    void fouteInvoerKrijgtEenNederlandseMeldingPerVeld() {
        Http beheer = http().als("demo");
        Http.Antwoord nummer = beheer.put("/api/schoolbesturen/4123", "{\"naam\": \"Stichting\"}");
        assertThat(nummer.status()).isEqualTo(400);
        assertThat(nummer.body()).contains("bestuursnummer").contains("5 cijfers");
        Http.Antwoord naam = beheer.put("/api/schoolbesturen/41235", "{\"naam\": \" \"}");
        assertThat(naam.status()).isEqualTo(400);
        assertThat(naam.body()).contains("naam").contains("Vul de naam van het schoolbestuur in.");
        Http.Antwoord koppeling = beheer.put("/api/scholen/99ZZ00/bestuur", "{\"bestuursnummer\": \"abc\"}");
        assertThat(koppeling.status()).isEqualTo(400);
        assertThat(koppeling.body()).contains("5 cijfers");
        assertThat(beheer.put("/api/scholen/12XX00/bestuur", "{\"bestuursnummer\": \"99999\"}").status())
                .isEqualTo(404);
        assertThat(beheer.get("/api/schoolbesturen/12345").status()).isEqualTo(404);
    }

    @Test
    void alleenEenBeheerderRegistreertOfKoppelt() {
        Http zc = http().als("zorgcoordinator");
        assertThat(zc.put("/api/schoolbesturen/41236", "{\"naam\": \"Stichting\"}").status()).isEqualTo(403);
        assertThat(zc.put("/api/scholen/99ZZ00/bestuur", "{\"bestuursnummer\": \"99999\"}").status()).isEqualTo(403);
        assertThat(zc.get("/api/schoolbesturen").body()).contains("99999");
    }
}
