package nl.eenplan.toelating;

import static nl.eenplan.Tijd.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.eenplan.Http;
import nl.eenplan.ScenarioTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.melding.MeldingService;
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
 * An admission started before the upgrade that brought the refusal letter and the objection (V45; the version of
 * processes/toelating.bpmn from git history in src/test/resources/oud/toelating-zonder-besluitbrief.bpmn) runs on the
 * current code and finishes on its own version (docs/beheer.md): the clock, the extension, the temporary enrolment
 * and each decision work as they did; a refusal ends it without the letter step, the zorgcoördinator is not sent to
 * a task that version does not have, and an objection cannot be registered on it (no term runs in EenPlan). Same
 * application as ToelatingScenarioIT: Het Baken College (99YY00), received Monday 2 November 2026.
 */
class ToelatingVorigeVersieIT extends ScenarioTest {

    /** The forms the previous version binds (binding deployment: they travel with it). */
    static final List<String> FORMULIEREN = List.of("toelatingOnderzoeken", "toelatingBesluiten", "toelatingVerlengen");

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    MeldingService meldingen;
    @Autowired
    com.fasterxml.jackson.databind.ObjectMapper json;

    String deployment;
    String definitie;
    String nummer;
    ProcessInstance toelating;

    @BeforeEach
    void gegevenEenAanmeldingOpDeVorigeVersie() {
        ClockUtil.setCurrentTime(moment(2026, 11, 3, 10, 0));
        // Deployed after the current version, it is the latest: an admission starts on it as before the upgrade.
        var d = repositoryService.createDeployment().name("toelating-vorige-versie");
        d.addInputStream("toelating.bpmn", getClass().getResourceAsStream("/oud/toelating-zonder-besluitbrief.bpmn"));
        FORMULIEREN.forEach(f -> d.addClasspathResource("forms/" + f + ".form"));
        var gedeployd = d.deployWithResult();
        deployment = gedeployd.getId();
        definitie = gedeployd.getDeployedProcessDefinitions().get(0).getId();

        Http.Antwoord dossier = zc().post("/api/dossiers", Testdossiers.nieuw().replace("99ZZ00", "99YY00")
                .replace("\"PO\"", "\"VO\"").replace("\"leerjaar\": 7", "\"leerjaar\": 1"));
        assertThat(dossier.status()).as(dossier.body()).isEqualTo(201);
        nummer = dossier.json().get("nummer").asText();
        Http.Antwoord gestart = zc().post("/api/dossiers/" + nummer + "/toelatingen",
                "{\"aanmeldingOntvangenOp\": \"2026-11-02\"}");
        assertThat(gestart.status()).as(gestart.body()).isEqualTo(201);
        toelating = runtimeService.createProcessInstanceQuery().processDefinitionKey("toelating")
                .processInstanceBusinessKey(nummer).singleResult();
        assertThat(toelating.getProcessDefinitionId()).isEqualTo(definitie);
        assertThat(toelating).isWaitingAt("onderzoeken", "weekVoorTermijn", "termijnVerstreken");
    }

    /** The current version is the latest again for every other test. */
    @AfterEach
    void ruimOp() {
        repositoryService.deleteDeployment(deployment, true);
    }

    @Test
    void eenWeigeringEindigtZonderBesluitbriefStap_enGeenBezwaarOpDezeVersie() {
        voltooi(taak("onderzoeken"), "{\"extraOndersteuning\": false, \"arrangementAanvragen\": false}", 204);
        voltooi(taak("besluiten"), "{\"besluit\": \"GEWEIGERD\", \"reden\": \"Geen plaats in leerjaar 1.\"}", 204);

        assertThat(toelating).isEnded().hasPassed("besloten", "toelatingBesloten");
        ToelatingView t = opgeslagen();
        assertThat(t.status()).isEqualTo(Toelating.Status.GEWEIGERD);
        assertThat(t.besluitbriefOp()).isNull();
        assertThat(t.bezwaartermijnTot()).isNull();
        // The letter to the parents is still asked for, with where they can go; not through a task this version lacks.
        assertThat(meldingen.voor("zorgcoordinator", List.of(), false)).filteredOn(m -> nummer.equals(m.dossierNummer()))
                .anySatisfy(m -> assertThat(m.tekst()).contains("Laat het de ouders schriftelijk weten")
                        .contains("buiten EenPlan").doesNotContain("Verzending besluitbrief vastleggen"));
        // No term runs in EenPlan for this refusal: the objection is refused in Dutch, not with a 500.
        Http.Antwoord bezwaar = zc().post("/api/toelatingen/" + t.id() + "/bezwaar",
                "{\"ingediendDoor\": \"OUDERS\", \"ontvangenOp\": \"2026-11-03\"}");
        assertThat(bezwaar.status()).as(bezwaar.body()).isEqualTo(409);
        assertThat(bezwaar.json().get("detail").asText()).contains("eerdere versie", "buiten EenPlan");
        // The parents may still go to the Geschillencommissie (WPO art. 43): recorded, with no term to pause.
        Http.Antwoord commissie = zc().post("/api/toelatingen/" + t.id() + "/geschillencommissie",
                "{\"voorgelegdOp\": \"2026-11-03\"}");
        assertThat(commissie.status()).as(commissie.body()).isEqualTo(200);
        assertThat(commissie.json().get("beslistermijnGepauzeerd").asBoolean()).isFalse();
    }

    @Test
    void toegelatenBinnenDeTermijn() {
        voltooi(taak("onderzoeken"), "{\"extraOndersteuning\": false, \"arrangementAanvragen\": false}", 204);
        voltooi(taak("besluiten"), "{\"besluit\": \"TOEGELATEN\"}", 204);
        assertThat(toelating).isEnded().hasPassed("besloten");
        assertThat(opgeslagen().status()).isEqualTo(Toelating.Status.TOEGELATEN);
    }

    @Test
    void verlengdEnNaTienWekenTijdelijkIngeschreven_danAlsnogBesloten() {
        managementService.executeJob(timer(toelating, "weekVoorTermijn").getId());
        voltooi(taak("verlengen"), "{\"verlengen\": true, \"reden\": \"Wachtlijst.\", \"briefOudersOp\": \"2026-11-03\"}",
                204);
        assertThat(opgeslagen().verlengdTot()).isEqualTo(LocalDate.of(2027, 1, 11));
        managementService.executeJob(timer(toelating, "termijnVerstreken").getId());
        ClockUtil.setCurrentTime(moment(2027, 1, 12, 0, 0));
        managementService.executeJob(timer(toelating, "tijdelijkInschrijvenMoment").getId());
        assertThat(toelating).hasPassed("tijdelijkInschrijven", "tijdelijkIngeschreven").isWaitingAt("onderzoeken");
        assertThat(opgeslagen().tijdelijkIngeschrevenOp()).isEqualTo(LocalDate.of(2027, 1, 12));

        voltooi(taak("onderzoeken"), "{\"extraOndersteuning\": true, \"arrangementAanvragen\": false}", 204);
        voltooi(taak("besluiten"), "{\"besluit\": \"TOEGELATEN\"}", 204);
        assertThat(toelating).isEnded();
        assertThat(opgeslagen().status()).isEqualTo(Toelating.Status.TOEGELATEN);
    }

    private ToelatingView opgeslagen() {
        try {
            return json.treeToValue(zc().get("/api/dossiers/" + nummer + "/toelatingen").json().get(0),
                    ToelatingView.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Task taak(String taakId) {
        return taskService.createTaskQuery().processInstanceId(toelating.getId()).taskDefinitionKey(taakId)
                .singleResult();
    }

    private Http.Antwoord voltooi(Task taak, String invoer, int status) {
        Http.Antwoord a = zc().post("/api/taken/" + taak.getId() + "/voltooien", invoer);
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        return a;
    }

    private Http zc() {
        return http().als("zorgcoordinator");
    }
}
