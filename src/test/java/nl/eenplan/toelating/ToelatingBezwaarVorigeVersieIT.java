package nl.eenplan.toelating;

import static nl.eenplan.Tijd.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import nl.eenplan.Http;
import nl.eenplan.ScenarioTest;
import nl.eenplan.Testdossiers;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admission started on the model before V45 (src/test/resources/oud/toelating-zonder-besluitbrief.bpmn, from git
 * history: no decision letter step, the instance ends at the decision) gets a clear 409 at the objection door, not a
 * 500: EenPlan does not know when the letter went, so no term to check against.
 */
class ToelatingBezwaarVorigeVersieIT extends ScenarioTest {

    /** The forms the previous version binds (binding deployment: they travel with it). */
    static final List<String> FORMULIEREN = List.of("toelatingOnderzoeken", "toelatingBesluiten", "toelatingVerlengen");

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    String deployment;

    @BeforeEach
    void gegevenDeVorigeVersieAlsNieuwste() {
        ClockUtil.setCurrentTime(moment(2026, 11, 3, 10, 0));
        var d = repositoryService.createDeployment().name("toelating-vorige-versie");
        d.addInputStream("toelating.bpmn", getClass().getResourceAsStream("/oud/toelating-zonder-besluitbrief.bpmn"));
        FORMULIEREN.forEach(f -> d.addClasspathResource("forms/" + f + ".form"));
        deployment = d.deployWithResult().getId();
    }

    /** The current version is the latest again for every other test. */
    @AfterEach
    void ruimOp() {
        repositoryService.deleteDeployment(deployment, true);
    }

    @Test
    void eenWeigeringOpDeVorigeVersieKrijgtBijHetBezwaarEen409MetDeReden() {
        Http zc = http().als("zorgcoordinator");
        Http.Antwoord dossier = zc.post("/api/dossiers", Testdossiers.metBsn(Testdossiers.nieuwBsn())
                .replace("99ZZ00", "99YY00").replace("\"PO\"", "\"VO\"").replace("\"leerjaar\": 7", "\"leerjaar\": 1"));
        assertThat(dossier.status()).as(dossier.body()).isEqualTo(201);
        String nummer = dossier.json().get("nummer").asText();
        Http.Antwoord gestart = zc.post("/api/dossiers/" + nummer + "/toelatingen",
                "{\"aanmeldingOntvangenOp\": \"2026-11-02\"}");
        assertThat(gestart.status()).as(gestart.body()).isEqualTo(201);
        ProcessInstance toelating = runtimeService.createProcessInstanceQuery().processDefinitionKey("toelating")
                .processInstanceBusinessKey(nummer).singleResult();
        assertThat(repositoryService.getProcessDefinition(toelating.getProcessDefinitionId()).getDeploymentId())
                .isEqualTo(deployment);

        voltooi(zc, toelating, "onderzoeken", "{\"extraOndersteuning\": false, \"arrangementAanvragen\": false}");
        voltooi(zc, toelating, "besluiten", "{\"besluit\": \"GEWEIGERD\", \"reden\": \"Geen plaats in leerjaar 1.\"}");
        // That version ends at the decision: no letter step.
        assertThat(toelating).isEnded().hasNotPassed("besluitbrief");

        long id = gestart.json().get("id").asLong();
        Http.Antwoord bezwaar = zc.post("/api/toelatingen/" + id + "/bezwaar",
                "{\"ingediendDoor\": \"OUDERS\", \"ontvangenOp\": \"2026-11-03\"}");
        assertThat(bezwaar.status()).as(bezwaar.body()).isEqualTo(409);
        assertThat(bezwaar.body()).contains("eerdere versie", "buiten EenPlan");
        // The parents may still go to the Geschillencommissie: recorded, nothing to pause.
        Http.Antwoord commissie = zc.post("/api/toelatingen/" + id + "/geschillencommissie",
                "{\"voorgelegdOp\": \"2026-11-03\"}");
        assertThat(commissie.status()).as(commissie.body()).isEqualTo(200);
        assertThat(commissie.json().get("beslistermijnGepauzeerd").asBoolean()).isFalse();
    }

    private void voltooi(Http zc, ProcessInstance instantie, String taakId, String invoer) {
        String taak = taskService.createTaskQuery().processInstanceId(instantie.getId()).taskDefinitionKey(taakId)
                .singleResult().getId();
        Http.Antwoord a = zc.post("/api/taken/" + taak + "/voltooien", invoer);
        assertThat(a.status()).as(a.body()).isEqualTo(204);
    }
}
