package nl.eenplan.arrangement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.aanmelding.Overdrachten;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The arrangement end to end through /api with security, database and engine: a referral routed to an
 * arrangement, the request from the zorgcoördinator, the SWV and the gemeente each reading what their
 * decision needs (and no more) and deciding from their own task lists, the arrangement in the plan.
 */
class ArrangementIT extends IntegratieTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    @Test
    void hetSwvEnDeGemeenteBeslissenElkOpHunDeel() {
        String nummer = zc().post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
        // The SWV needs no consent (a statutory task); the care part goes to the gemeente with consent for jeugdhulp.
        for (String scope : new String[] {"JEUGDHULP"}) {
            for (String wie : new String[] {"OUDERS", "LEERLING"}) {
                Http.Antwoord t = zc().post("/api/dossiers/" + nummer + "/toestemmingen",
                        "{\"scope\": \"" + scope + "\", \"gegevenDoor\": \"" + wie + "\", \"vorm\": \"GESPREK\"}");
                assertThat(t.status()).isEqualTo(201);
                assertThat(t.json().get("id").isNumber()).as("toestemming heeft een id").isTrue();
            }
        }
        http().als("mentor").post("/api/dossiers/" + nummer + "/aanmeldingen", """
                {"categorieen": ["LEREN"], "urgentie": "NORMAAL", "alGeprobeerd": "Extra instructie, remedial teaching.",
                 "eerdereOndersteuning": true}""");
        voltooi("zorgcoordinator", nummer, "intake", """
                {"verslag": "Leerachterstand blijft.", "gesprekOudersGevoerd": true, "gesprekLeerlingGevoerd": true,
                 "signalenOnveiligheid": false}""");
        voltooi("zorgcoordinator", nummer, "toestemmingVragen", "{\"gegeven\": []}");
        // The referral starts the next process as a job of its own (no job executor in tests).
        Overdrachten.voerUit(runtimeService, managementService, nummer);
        // Triage: earlier support, learning → process arrangement (the SWV needs no consent).
        nl.eenplan.groeidocument.Groeidocumenten.ondertekend(zc(), nummer);
        voltooi("zorgcoordinator", nummer, "aanvraag", """
                {"onderwijsdeel": "ARRANGEMENT", "onderwijs": "Kleine klas drie dagen per week.",
                 "zorg": "Gezinsbegeleiding door het wijkteam.", "perspectief": "Regulier vo, havo.",
                 "doelen": ["Sam leest op niveau E6"], "aanmeldingOntvangenOp": "%s"}""".formatted(vandaag()));

        JsonNode arrangement = zc().get("/api/dossiers/" + nummer + "/arrangementen").json().get(0);
        assertThat(arrangement.get("status").asText()).isEqualTo("BESLUITVORMING");
        // No zorgplicht date on the request to the SWV: the zorgplicht runs in toelating (issue 23).
        assertThat(arrangement.path("zorgplichtTot").isNull() || arrangement.path("zorgplichtTot").isMissingNode()).isTrue();
        long id = arrangement.get("id").asLong();

        // Each reads what its decision needs: the SWV not the care part, the gemeente not the education part.
        JsonNode voorSwv = http().als("swv").get("/api/arrangementen/" + id).json();
        assertThat(voorSwv.get("onderwijs").asText()).contains("Kleine klas");
        assertThat(voorSwv.has("zorg")).isFalse();
        JsonNode voorGemeente = http().als("gemeente").get("/api/arrangementen/" + id).json();
        assertThat(voorGemeente.get("zorg").asText()).contains("Gezinsbegeleiding");
        assertThat(voorGemeente.has("onderwijs")).isFalse();
        assertThat(http().als("leerplicht").get("/api/arrangementen/" + id).status()).isEqualTo(403);
        assertThat(http().als("swv").get("/api/dossiers/" + nummer).status()).isEqualTo(403);

        voltooi("swv", nummer, "besluitOnderwijs", "{\"besluit\": \"TOEGEKEND\", \"toelichting\": \"Past bij de vraag.\"}");
        assertThat(taak("gemeente", nummer, "besluitOnderwijs")).isNull();
        // The care part: the gemeente's task in its own process jeugdhulpbesluit (issue 23).
        nl.eenplan.Jeugdhulpbesluiten.voerStartUit(runtimeService, managementService, nummer);
        voltooi("gemeente", nummer, "besluiten", "{\"besluit\": \"TOEGEKEND\"}");

        JsonNode gestart = zc().get("/api/dossiers/" + nummer + "/arrangementen").json().get(0);
        assertThat(gestart.get("status").asText()).isEqualTo("LOPEND");
        assertThat(gestart.get("onderwijsBesluit").asText()).isEqualTo("TOEGEKEND");
        assertThat(gestart.get("zorgBesluit").asText()).isEqualTo("TOEGEKEND");
        assertThat(zc().get("/api/dossiers/" + nummer).json().get("doelen").toString()).contains("Sam leest op niveau E6");
        // The OPP follows in its own process (opp): OOGO and the OPP within 6 weeks of the placement.
        assertThat(taak("zorgcoordinator", nummer, "opstellen")).isNotNull();
    }

    private void voltooi(String gebruiker, String nummer, String taak, String invoer) {
        JsonNode t = taak(gebruiker, nummer, taak);
        assertThat(t).as("taak %s voor %s", taak, gebruiker).isNotNull();
        Http.Antwoord a = http().als(gebruiker).post("/api/taken/" + t.get("id").asText() + "/voltooien", invoer);
        assertThat(a.status()).as(a.body()).isEqualTo(204);
    }

    private JsonNode taak(String gebruiker, String nummer, String taak) {
        for (JsonNode t : http().als(gebruiker).get("/api/taken?maximaal=1000").json()) {
            if (nummer.equals(t.path("dossierNummer").asText()) && taak.equals(t.get("taak").asText())) {
                return t;
            }
        }
        return null;
    }

    private Http zc() {
        return http().als("zorgcoordinator");
    }
}
