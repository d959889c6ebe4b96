package nl.eenplan.taak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.Webapp;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist sends a task whose input holds care content to its page in EenPlan (an external form); a task with only
 * routing facts keeps its Camunda Form in Tasklist. The page Tasklist links to opens the task in EenPlan.
 */
class ZorgtakenInTasklistIT extends IntegratieTest {

    @Autowired
    TaskService taskService;
    @Autowired
    ObjectMapper json;

    @Test
    void deIntakeGaatNaarEenPlanDeToestemmingBlijftInTasklist() throws Exception {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.zonderBsn()).json()
                .get("nummer").asText();
        http().als("mentor").post("/api/dossiers/" + nummer + "/aanmeldingen", Testdossiers.AANMELDING);
        Task intake = taskService.createTaskQuery().processInstanceBusinessKey(nummer).singleResult();

        Webapp tasklist = new Webapp(port);
        assertThat(tasklist.meldAan("zorgcoordinator", "demo", "tasklist")).isEqualTo(200);
        JsonNode formulier = json.readTree(tasklist.get("/api/engine/engine/default/task/" + intake.getId() + "/form"));
        assertThat(formulier.get("key").asText()).isEqualTo("/taken/extern");
        assertThat(formulier.get("camundaFormRef").isNull()).isTrue();

        assertThat(http().als("zorgcoordinator").post("/api/taken/" + intake.getId() + "/voltooien", """
                {"verslag": "Ouders willen hulp.", "gesprekOudersGevoerd": true, "gesprekLeerlingGevoerd": true,
                 "signalenOnveiligheid": false}""").status()).isEqualTo(204);
        Task toestemming = taskService.createTaskQuery().processInstanceBusinessKey(nummer).singleResult();
        assertThat(toestemming.getTaskDefinitionKey()).isEqualTo("toestemmingVragen");
        formulier = json.readTree(tasklist.get("/api/engine/engine/default/task/" + toestemming.getId() + "/form"));
        assertThat(formulier.get("camundaFormRef").get("key").asText()).isEqualTo("toestemming");

        // The link Tasklist makes (?taskId=...&callbackUrl=...) opens the task's page.
        var doorverwijzing = http().als("zorgcoordinator").metKop("Accept", "text/html")
                .get("/taken/extern?taskId=" + intake.getId() + "&callbackUrl=%2Fcamunda%2Fapp%2Ftasklist");
        assertThat(doorverwijzing.status()).isEqualTo(302);
        assertThat(doorverwijzing.headers().firstValue("Location").orElseThrow()).endsWith("/taken/" + intake.getId());
    }

    @Test
    void zorginhoudIsGemarkeerdInDeInvoerVanDeTaken() {
        assertThat(Zorginvoer.bevat(nl.eenplan.aanmelding.proces.Intake.Invoer.class)).isTrue();
        assertThat(Zorginvoer.bevat(nl.eenplan.mdo.proces.Verslag.Invoer.class)).isTrue();
        assertThat(Zorginvoer.bevat(nl.eenplan.aanmelding.proces.ToestemmingVragen.Invoer.class)).isFalse();
        assertThat(Zorginvoer.bevat(nl.eenplan.leerplicht.proces.Beoordelen.Invoer.class)).isFalse();
        // The thuiszitterstafel's free text (the plan, the agreements, the decision, the outcome's explanation).
        assertThat(Zorginvoer.bevat(nl.eenplan.thuiszitterstafel.proces.PlanVastleggen.Invoer.class)).isTrue();
        assertThat(Zorginvoer.bevat(nl.eenplan.thuiszitterstafel.proces.Doorbreken.Invoer.class)).isTrue();
        assertThat(Zorginvoer.bevat(nl.eenplan.thuiszitterstafel.proces.Afsluitinvoer.class)).isTrue();
        assertThat(Zorginvoer.bevat(nl.eenplan.thuiszitterstafel.proces.Planinvoer.Afspraak.class)).isTrue();
        assertThat(Zorginvoer.bevat(nl.eenplan.thuiszitterstafel.proces.Plannen.Invoer.class)).isFalse();
    }
}
