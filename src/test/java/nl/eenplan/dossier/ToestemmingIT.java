package nl.eenplan.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Tegelijk;
import nl.eenplan.Testdossiers;
import org.junit.jupiter.api.Test;

/**
 * One consent per pupil, scope and giver: given again it answers the one there is, withdrawing it ends the scope,
 * and five requests at once record it once.
 */
class ToestemmingIT extends IntegratieTest {

    private static final String OUDERS_JEUGDHULP = "{\"scope\": \"JEUGDHULP\", \"gegevenDoor\": \"OUDERS\", \"vorm\": \"GESPREK\"}";
    private static final String LEERLING_JEUGDHULP = "{\"scope\": \"JEUGDHULP\", \"gegevenDoor\": \"LEERLING\", \"vorm\": \"GESPREK\"}";

    @Test
    void dezelfdeToestemmingTweeKeerIsEenToestemmingEnIntrekkenBeeindigtDeScope() {
        String nummer = zc().post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
        String pad = "/api/dossiers/" + nummer + "/toestemmingen";

        Http.Antwoord eerste = zc().post(pad, OUDERS_JEUGDHULP);
        assertThat(eerste.status()).isEqualTo(201);
        // Given again (the form and the API, or a double click): the consent there is, no second record.
        Http.Antwoord nogEens = zc().post(pad, OUDERS_JEUGDHULP.replace("}", ", \"gegevenOp\": \"" + vandaag().minusDays(3) + "\"}"));
        assertThat(nogEens.status()).isEqualTo(200);
        assertThat(nogEens.json().get("id")).isEqualTo(eerste.json().get("id"));
        assertThat(nogEens.json().get("gegevenOp").asText()).isEqualTo(vandaag().toString());
        assertThat(zc().post(pad, LEERLING_JEUGDHULP).status()).isEqualTo(201);
        assertThat(ouders(zc().get(pad).json())).hasSize(1);
        assertThat(zc().get(pad).json().get("inWerking").toString()).contains("JEUGDHULP");

        // The pupil is 12: the parents withdrawing theirs ends the scope.
        assertThat(zc().post(pad + "/" + eerste.json().get("id").asText() + "/intrekken", "{\"vorm\": \"GESPREK\"}").status()).isEqualTo(204);
        JsonNode na = zc().get(pad).json();
        assertThat(na.get("inWerking").toString()).doesNotContain("JEUGDHULP");
        assertThat(ouders(na)).singleElement().satisfies(t -> assertThat(t.get("ingetrokkenOp").asText())
                .isEqualTo(vandaag().toString()));

        // Given anew after the withdrawal: a new record, the withdrawn one stays as it was.
        Http.Antwoord opnieuw = zc().post(pad, OUDERS_JEUGDHULP);
        assertThat(opnieuw.status()).isEqualTo(201);
        assertThat(opnieuw.json().get("id")).isNotEqualTo(eerste.json().get("id"));
        assertThat(ouders(zc().get(pad).json())).hasSize(2);
    }

    @Test
    void vijfKeerTegelijkGegevenIsEenToestemming() throws Exception {
        String nummer = zc().post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
        String pad = "/api/dossiers/" + nummer + "/toestemmingen";

        List<Http.Antwoord> antwoorden = Tegelijk.keer(5, () -> zc().post(pad, OUDERS_JEUGDHULP));

        assertThat(antwoorden).extracting(Http.Antwoord::status).containsOnly(201, 200).containsOnlyOnce(201);
        assertThat(antwoorden).extracting(a -> a.json().get("id").asLong()).containsOnly(antwoorden.get(0).json().get("id").asLong());
        assertThat(ouders(zc().get(pad).json())).hasSize(1);
    }

    private static List<JsonNode> ouders(JsonNode overzicht) {
        List<JsonNode> lijst = new java.util.ArrayList<>();
        overzicht.get("toestemmingen").forEach(t -> {
            if (t.get("scope").asText().equals("JEUGDHULP") && t.get("gegevenDoor").asText().equals("OUDERS")) {
                lijst.add(t);
            }
        });
        return lijst;
    }

    private Http zc() {
        return http().als("zorgcoordinator");
    }
}
