package nl.eenplan.melding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import nl.eenplan.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** /api/meldingen: each user sees what is addressed to them or their groups, and marks it read for themselves. */
class MeldingApiIT extends IntegratieTest {

    @Autowired
    MeldingService meldingen;

    @Test
    void eenGroepsmeldingZienAlleLedenEnLeestIederVoorZich() {
        String kenmerk = UUID.randomUUID().toString();
        Long id = meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.INFORMATIE, "mentor", "99ZZ00", "Test " + kenmerk,
                "Een melding voor de mentoren.", "2026-00001", null));

        assertThat(zoek(http().als("mentor").get("/api/meldingen").json(), kenmerk)).isNotNull();
        assertThat(zoek(http().als("leerplicht").get("/api/meldingen").json(), kenmerk)).isNull();
        assertThat(zoek(http().als("zorgcoordinator").get("/api/meldingen").json(), kenmerk)).isNull();

        assertThat(http().als("mentor").post("/api/meldingen/" + id + "/gelezen", "").status()).isEqualTo(204);
        JsonNode gelezen = zoek(http().als("mentor").get("/api/meldingen").json(), kenmerk);
        assertThat(gelezen.get("gelezen").asBoolean()).isTrue();
        assertThat(zoek(http().als("mentor").get("/api/meldingen?ongelezen=true").json(), kenmerk)).isNull();
    }

    @Test
    void eenPersoonlijkeMeldingIsAlleenVoorDieGebruiker() {
        String kenmerk = UUID.randomUUID().toString();
        Long id = meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.HERINNERING, "jeugdhulp",
                "Test " + kenmerk, "Alleen voor jou.", null, null));

        assertThat(zoek(http().als("jeugdhulp").get("/api/meldingen").json(), kenmerk)).isNotNull();
        assertThat(zoek(http().als("gemeente").get("/api/meldingen").json(), kenmerk)).isNull();

        var nietVoorJou = http().als("gemeente").post("/api/meldingen/" + id + "/gelezen", "");
        assertThat(nietVoorJou.status()).isEqualTo(404);
        assertThat(nietVoorJou.contentType()).startsWith("application/problem+json");
        assertThat(http().get("/api/meldingen").status()).isEqualTo(401);
    }

    private static JsonNode zoek(JsonNode lijst, String kenmerk) {
        for (JsonNode m : lijst) {
            if (m.get("onderwerp").asText().contains(kenmerk)) {
                return m;
            }
        }
        return null;
    }
}
