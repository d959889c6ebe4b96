package nl.eenplan.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The thin referral end to end: dossier via /api, process via the engine, task and form via
 * /engine-rest as Tasklist uses them, with Camunda authorizations on.
 */
class AanmeldingIT extends IntegratieTest {

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    HistoryService historyService;

    @Test
    void eenMentorMeldtEenZorgEnDeZorgcoordinatorDoetDeIntake() {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.GELDIG)
                .json().get("nummer").asText();

        Http.Antwoord gestart = http().als("mentor").post("/api/dossiers/" + nummer + "/aanmeldingen", "");
        assertThat(gestart.status()).isEqualTo(201);
        String instantie = gestart.json().get("procesInstantieId").asText();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instantie).singleResult()
                .getBusinessKey()).isEqualTo(nummer);

        // Process variables carry ids and routing facts only: no names, no care details.
        Set<String> variabelen = new HashSet<>(runtimeService.getVariables(instantie).keySet());
        assertThat(variabelen).containsExactlyInAnyOrder("dossierNummer", "schoolBrin", "onderwijssoort",
                "zorgcoordinator", "gemeldDoor");

        // The task is the zorgcoördinator's: visible to that group, not to mentor or leerplicht.
        String taken = "/engine-rest/task?processInstanceBusinessKey=" + nummer;
        JsonNode taak = http().als("zorgcoordinator").get(taken).json().get(0);
        assertThat(taak.get("taskDefinitionKey").asText()).isEqualTo("intake");
        assertThat(http().als("mentor").get(taken).json()).isEmpty();
        assertThat(http().als("leerplicht").get(taken).json()).isEmpty();

        // Its routing facts (Tasklist shows the dossier number) are for the groups that work in it.
        String instanties = "/engine-rest/process-instance?businessKey=" + nummer;
        assertThat(http().als("zorgcoordinator").get(instanties).json()).hasSize(1);
        assertThat(http().als("leerplicht").get(instanties).json()).isEmpty();
        assertThat(http().als("jeugdhulp").get(instanties).json()).isEmpty();

        // The Camunda Form resolves through camunda:formRef with binding "deployment".
        String taakId = taak.get("id").asText();
        assertThat(taak.at("/camundaFormRef/key").asText()).isEqualTo("intake");
        Http.Antwoord formulier = http().als("zorgcoordinator").get("/engine-rest/task/" + taakId + "/deployed-form");
        assertThat(formulier.status()).isEqualTo(200);
        assertThat(formulier.body()).contains("Gesprek met ouders of verzorgers gevoerd");

        Http.Antwoord afgerond = http().als("zorgcoordinator").post("/engine-rest/task/" + taakId + "/complete", """
                {"variables": {"gesprekOudersGevoerd": {"value": true}, "gesprekLeerlingGevoerd": {"value": true},
                               "signalenOnveiligheid": {"value": false}}}""");
        assertThat(afgerond.status()).as(afgerond.body()).isEqualTo(204);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instantie).singleResult()
                .getEndActivityId()).isEqualTo("intakeAfgerond");
    }

    @Test
    void eenMentorKanDeIntakeNietAfronden() {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.GELDIG)
                .json().get("nummer").asText();
        http().als("zorgcoordinator").post("/api/dossiers/" + nummer + "/aanmeldingen", "");
        String taakId = http().als("zorgcoordinator").get("/engine-rest/task?processInstanceBusinessKey=" + nummer)
                .json().get(0).get("id").asText();

        Http.Antwoord poging = http().als("mentor").post("/engine-rest/task/" + taakId + "/complete", "{}");
        assertThat(poging.status()).isEqualTo(403);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nummer).count()).isEqualTo(1);
    }

    @Test
    void eenAanmeldingVoorEenOnbekendDossierStartNiets() {
        long voor = runtimeService.createProcessInstanceQuery().processDefinitionKey("aanmelding").count();

        Http.Antwoord antwoord = http().als("mentor").post("/api/dossiers/2026-99999/aanmeldingen", "");

        assertThat(antwoord.status()).isEqualTo(404);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("aanmelding").count())
                .isEqualTo(voor);
        assertThat(http().als("leerplicht").post("/api/dossiers/2026-99999/aanmeldingen", "").status())
                .isEqualTo(403);
    }
}
