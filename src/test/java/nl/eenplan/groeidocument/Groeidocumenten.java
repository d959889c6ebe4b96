package nl.eenplan.groeidocument;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import nl.eenplan.Http;

/** Test helper: a groeidocument saved and signed by a parent over /api, as a school does before an arrangement request. */
public final class Groeidocumenten {

    public static final String SECTIES = """
            {"sterkeKanten": "Sam is behulpzaam en sterk in rekenen.",
             "belemmerendeFactoren": "Veel prikkels in de klas.",
             "onderwijsbehoeften": "Sam heeft een rustige werkplek en korte instructie nodig.",
             "ondernomen": "Zes weken verlengde instructie: lezen ging vooruit, zelfstandig werken niet.",
             "hulpvraag": "Een kleine klas drie dagen per week.",
             "visieOuders": "De ouders zien thuis hetzelfde en willen de kleine klas.",
             "visieLeerling": "Sam wil graag rustiger kunnen werken."}""";

    private Groeidocumenten() {
    }

    /** Saves a new version as {@code wie}; answers it. */
    public static JsonNode opgeslagen(Http wie, String nummer) {
        Http.Antwoord a = wie.put("/api/dossiers/" + nummer + "/groeidocument", SECTIES);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    /** A new version, signed on paper by the mother on the day it was saved (the zorgcoördinator records it). */
    public static JsonNode ondertekend(Http zorgcoordinator, String nummer) {
        JsonNode versie = opgeslagen(zorgcoordinator, nummer);
        String dag = Instant.parse(versie.get("opgeslagenOp").asText()).atZone(ZoneId.of("Europe/Amsterdam"))
                .toLocalDate().toString();
        Http.Antwoord a = zorgcoordinator.post("/api/dossiers/" + nummer + "/groeidocument/handtekeningen", """
                {"versie": %d, "naam": "Anna Jansen", "relatie": "moeder", "getekendOp": "%s", "wijze": "OP_PAPIER"}"""
                .formatted(versie.get("versie").asInt(), dag));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json();
    }
}
