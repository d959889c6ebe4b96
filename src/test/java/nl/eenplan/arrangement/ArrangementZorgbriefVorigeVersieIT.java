package nl.eenplan.arrangement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import nl.eenplan.Http;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An arrangement of the version before issue #23 moved the care part's letter and objection to the home gemeente
 * (src/test/resources/oud/arrangement-zorgbrief-in-arrangement.bpmn, a copy of that arrangement.bpmn) finishes on its
 * own version (docs/beheer.md): the (new) process jeugdhulpbesluit it asks only decides and reports the decision at
 * once, as before, because the arrangement's own model still has the letter (besluitbriefZorg); the letter, the
 * objection window and the objection then run in the arrangement as they did. Nothing is done twice.
 */
class ArrangementZorgbriefVorigeVersieIT extends ZorgdeelOpVorigeVersie {

    @BeforeEach
    void gegevenEenZorgdeelOpDeVersieMetDeBriefInHetArrangement() {
        startMetZorgdeel("arrangement-zorgbrief-vorige-versie", "arrangement-zorgbrief-in-arrangement.bpmn");
    }

    @Test
    void briefEnBezwaarLopenAfInHetArrangementVanDeVorigeVersie() {
        assertThat(arrangement).isWaitingAt("besluitOnderwijs", "besluitZorg");
        Task besluiten = JeugdhulpbesluitScenarioIT.taak(engine, nummer);
        ProcessInstance besluit = runtimeService.createProcessInstanceQuery().processDefinitionKey("jeugdhulpbesluit")
                .processInstanceBusinessKey(nummer).singleResult();
        assertThat(runtimeService.getVariable(besluit.getId(), "besluitbriefBijGemeente")).isEqualTo(false);

        Http.Antwoord afgewezen = voltooi("gemeente", besluiten, "{\"besluit\": \"AFGEWEZEN\"}");
        assertThat(afgewezen.status()).as(afgewezen.body()).isEqualTo(204);
        // The decision goes back at once: no letter in process jeugdhulpbesluit for this arrangement.
        assertThat(besluit).isEnded().hasPassed("terugmelden").hasNotPassed("oudersInformeren", "besluitbriefJeugdhulp");
        assertThat(arrangement).hasPassed("oudersInformerenZorg").isWaitingAt("besluitbriefZorg", "besluitOnderwijs");
        assertThat(taak("besluitbriefZorg")).hasCandidateGroup("gemeente");

        voltooiOk("gemeente", "besluitbriefZorg",
                "{\"verzondenOp\": \"2026-11-03\", \"verzondenDoor\": \"Secretariaat\", \"wijze\": \"POST\"}");
        assertThat(arrangement).isWaitingAt("bezwaarZorgMogelijk", "besluitOnderwijs");
        Long id = arrangementen.vanDossier(nummer).get(0).id();
        Http.Antwoord bezwaar = http().als("zorgcoordinator").post("/api/arrangementen/" + id + "/bezwaar",
                "{\"deel\": \"ZORG\", \"ontvangenOp\": \"2026-11-03\", \"ingediendDoor\": \"OUDERS\"}");
        assertThat(bezwaar.status()).as(bezwaar.body()).isEqualTo(204);
        assertThat(arrangement).hasPassed("bezwaarZorg").isWaitingAt("bezwaarBehandelenZorg", "besluitOnderwijs");

        voltooiOk("gemeente", "bezwaarBehandelenZorg", "{\"uitkomst\": \"ONGEGROND\"}");
        voltooiOk("swv", "besluitOnderwijs", "{\"besluit\": \"TOEGEKEND\"}");
        assertThat(arrangement).isEnded().hasPassed("bezwaarZorgGegrond", "geenPlaatsBinnen");
        assertThat(arrangementen.vanDossier(nummer).get(0).zorgBesluit()).isEqualTo(Besluit.AFGEWEZEN);
    }
}
