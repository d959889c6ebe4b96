package nl.eenplan.arrangement;

import static nl.eenplan.Tijd.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import nl.eenplan.Http;
import nl.eenplan.ScenarioTest;
import nl.eenplan.Testdossiers;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An instance of the version of arrangement.bpmn before the decision letter (issue 23, slice "besluiten":
 * src/test/resources/oud/arrangement-bezwaar-vanaf-besluit.bpmn, from git history) runs on the current code and
 * finishes on its own version (docs/beheer.md): a refusal waits for an objection counted from the decision, as it did,
 * and an objection registered through today's API (with its received date) still reaches it.
 */
class ArrangementBezwaarVorigeVersieIT extends ScenarioTest {

    /** The forms the previous version binds (binding deployment: they travel with it). */
    static final List<String> FORMULIEREN = List.of("arrangementAanvraag", "arrangementAfsluiten",
            "arrangementEvaluatie", "besluitOnderwijs", "besluitZorg", "deskundigenadviezen", "oppVaststellen");

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ArrangementService arrangementen;

    String deployment;
    String nummer;
    ProcessInstance arrangement;

    @BeforeEach
    void gegevenEenAfwijzingOpDeVorigeVersie() {
        ClockUtil.setCurrentTime(moment(2026, 11, 3, 10, 0));
        VorigeVersie.Gedeployd gedeployd = VorigeVersie.deploy(repositoryService, "arrangement-bezwaar-vorige-versie", "arrangement-bezwaar-vanaf-besluit.bpmn",
                FORMULIEREN);
        deployment = gedeployd.deployment();
        String definitie = gedeployd.definitie();
        nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
        arrangement = runtimeService.startProcessInstanceById(definitie, nummer, Map.of("dossierNummer", nummer,
                "schoolBrin", "99ZZ00", "onderwijssoort", "PO", "zorgcoordinator", "zorgcoordinator"));
        nl.eenplan.groeidocument.Groeidocumenten.ondertekend(http().als("zorgcoordinator"), nummer);
        Http.Antwoord a = voltooi("zorgcoordinator", taak("aanvraag"), ArrangementScenarioIT.ZONDER_ZORG);
        assertThat(a.status()).as(a.body()).isEqualTo(204);
        Http.Antwoord b = voltooi("swv", taak("besluitOnderwijs"), "{\"besluit\": \"AFGEWEZEN\"}");
        assertThat(b.status()).as(b.body()).isEqualTo(204);
    }

    /** The current version is the latest again for every other test. */
    @AfterEach
    void ruimOp() {
        repositoryService.deleteDeployment(deployment, true);
    }

    @Test
    void deVorigeVersieTeltDeBezwaartermijnNogVanafHetBesluitEnNeemtEenBezwaarAan() {
        // No letter step on this version: it waits from the decision (Tue 3 Nov 2026 + 6 weeks), as it always did.
        assertThat(arrangement).isWaitingAt("bezwaarOnderwijsMogelijk");
        assertThat(timer(arrangement, "bezwaartermijnOnderwijsVerstreken").getDuedate())
                .isEqualTo(moment(2026, 12, 15, 23, 59, 59));
        Long id = arrangementen.vanDossier(nummer).get(0).id();
        Http.Antwoord bezwaar = http().als("zorgcoordinator").post("/api/arrangementen/" + id + "/bezwaar",
                "{\"deel\": \"ONDERWIJS\", \"ontvangenOp\": \"2026-11-03\", \"ingediendDoor\": \"OUDERS\"}");
        assertThat(bezwaar.status()).as(bezwaar.body()).isEqualTo(204);
        // Its own way: the decision is taken again.
        assertThat(arrangement).hasPassed("bezwaarOnderwijs").isWaitingAt("besluitOnderwijs");
    }

    @Test
    void zonderBezwaarEindigtDeVorigeVersieZonderPlaats() {
        managementService.executeJob(timer(arrangement, "bezwaartermijnOnderwijsVerstreken").getId());
        assertThat(arrangement).isEnded().hasPassed("geenPlaatsBinnen", "geenArrangement");
    }

    private Task taak(String taakId) {
        return taskService.createTaskQuery().processInstanceId(arrangement.getId()).taskDefinitionKey(taakId).singleResult();
    }

    private Http.Antwoord voltooi(String gebruiker, Task taak, String invoer) {
        return http().als(gebruiker).post("/api/taken/" + taak.getId() + "/voltooien", invoer);
    }
}
