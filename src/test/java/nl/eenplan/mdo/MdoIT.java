package nl.eenplan.mdo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.aanmelding.Overdrachten;
import nl.eenplan.termijn.Schoolkalender;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An MDO end to end through /api with security, database and engine: a referral routed to the MDO,
 * planned and reported through /api/taken; three agreements with different owners each land in their
 * owner's task list, the owner may read the agreement, others may not; the plan reflects the meeting.
 */
class MdoIT extends IntegratieTest {

    @Autowired
    Schoolkalender kalender;

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    @Test
    void drieAfsprakenBijDrieEigenarenEnHetPlanVanHetDossier() {
        String nummer = zc().post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
        // Consent for the ondersteuningsteam and jeugdhulp, from parents and pupil (12).
        for (String scope : new String[] {"ONDERSTEUNINGSTEAM", "JEUGDHULP"}) {
            for (String wie : new String[] {"OUDERS", "LEERLING"}) {
                assertThat(zc().post("/api/dossiers/" + nummer + "/toestemmingen",
                        "{\"scope\": \"" + scope + "\", \"gegevenDoor\": \"" + wie + "\", \"vorm\": \"GESPREK\"}").status())
                        .as("%s door %s", scope, wie)
                        // The ondersteuningsteam follows the AVG (under 16 the parents), jeugdhulp the Jeugdwet (12+ both).
                        .isEqualTo(scope.equals("ONDERSTEUNINGSTEAM") && wie.equals("LEERLING") ? 400 : 201);
            }
        }
        http().als("mentor").post("/api/dossiers/" + nummer + "/aanmeldingen", """
                {"categorieen": ["GEDRAG"], "urgentie": "HOOG", "alGeprobeerd": "Time-outs en gesprekken.",
                 "eerdereOndersteuning": true}""");
        voltooi("zorgcoordinator", nummer, "intake", """
                {"verslag": "Gesprek met ouders en Sam.", "gesprekOudersGevoerd": true, "gesprekLeerlingGevoerd": true,
                 "signalenOnveiligheid": false}""");
        voltooi("zorgcoordinator", nummer, "toestemmingVragen", "{\"gegeven\": []}");
        // The referral starts the next process as a job of its own (no job executor in tests).
        Overdrachten.voerUit(runtimeService, managementService, nummer);

        // Triage: earlier support, consent for the ondersteuningsteam → process mdo.
        ProcessInstance mdo = runtimeService.createProcessInstanceQuery().processDefinitionKey("mdo")
                .processInstanceBusinessKey(nummer).singleResult();
        assertThat(mdo).as("MDO gestart vanuit de aanmelding").isNotNull();
        String datum = vandaag().plusDays(7).atTime(15, 0).toString();
        voltooi("zorgcoordinator", nummer, "plannen", """
                {"datum": "%s", "locatie": "Lokaal 12", "deelnemers": [{"rol": "JEUGDHULP", "naam": "Wijkteam"}]}"""
                .formatted(datum));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(mdo.getId())
                .activityId("mdoMoment").singleResult().getId());

        // A werkdag about two weeks ahead: a deadline on a weekend or feestdag would move to the next werkdag.
        String over2weken = kalender.volgendeWerkdag(vandaag().plusWeeks(2)).toString();
        voltooi("zorgcoordinator", nummer, "verslag", """
                {"verslag": "Samen met ouders en Sam besproken.", "oudersAanwezig": true, "leerlingAanwezig": true,
                 "nieuweDoelen": ["Sam blijft de hele dag in de klas"],
                 "afspraken": [
                   {"wat": "Dagelijks check-in", "eigenaar": "mentor", "deadline": "%1$s"},
                   {"wat": "Gezinsgesprek", "eigenaar": "jeugdhulp", "groep": true, "deadline": "%1$s"},
                   {"wat": "Ouders bellen", "eigenaar": "zorgcoordinator", "deadline": "%1$s"}]}""".formatted(over2weken));

        JsonNode vanMentor = taak("mentor", nummer, "afspraakUitvoeren");
        JsonNode vanJeugdhulp = taak("jeugdhulp", nummer, "afspraakUitvoeren");
        JsonNode vanZc = taak("zorgcoordinator", nummer, "afspraakUitvoeren");
        assertThat(vanMentor).isNotNull();
        assertThat(vanJeugdhulp).isNotNull();
        assertThat(vanZc).isNotNull();
        assertThat(vanMentor.get("id")).isNotEqualTo(vanJeugdhulp.get("id"));
        assertThat(vanMentor.get("vervaldatum").asText()).startsWith(over2weken);

        // Each owner reads their own agreement; leerplicht reads none.
        JsonNode mdoView = zc().get("/api/dossiers/" + nummer + "/mdo").json().get(0);
        assertThat(mdoView.get("afspraken")).hasSize(3);
        long jeugdhulpAfspraak = mdoView.at("/afspraken/1/id").asLong();
        assertThat(http().als("jeugdhulp").get("/api/afspraken/" + jeugdhulpAfspraak).json().at("/afspraak/wat").asText())
                .isEqualTo("Gezinsgesprek");
        assertThat(http().als("leerplicht").get("/api/afspraken/" + jeugdhulpAfspraak).status()).isEqualTo(404);
        assertThat(http().als("jeugdhulp").get("/api/dossiers/" + nummer + "/mdo").status()).isEqualTo(403);

        // The one plan of the dossier reflects the meeting.
        JsonNode dossier = zc().get("/api/dossiers/" + nummer).json();
        assertThat(dossier.get("doelen").toString()).contains("Sam blijft de hele dag in de klas");
        assertThat(dossier.get("afspraken")).hasSize(3);
        assertThat(dossier.at("/afspraken/0/herkomst").asText()).startsWith("MDO ");

        assertThat(http().als("mentor").post("/api/taken/" + vanMentor.get("id").asText() + "/voltooien",
                "{\"uitkomst\": \"GEDAAN\"}").status()).isEqualTo(204);
        assertThat(zc().get("/api/dossiers/" + nummer).json().at("/afspraken/0/status").asText()).isEqualTo("GEDAAN");
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
