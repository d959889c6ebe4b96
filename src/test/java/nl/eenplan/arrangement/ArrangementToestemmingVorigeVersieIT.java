package nl.eenplan.arrangement;

import static nl.eenplan.Tijd.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import nl.eenplan.Http;
import nl.eenplan.ScenarioTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.dossier.NieuweToestemming;
import nl.eenplan.dossier.Toestemming;
import nl.eenplan.dossier.ToestemmingService;
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
 * An instance of the version of arrangement.bpmn whose letter and objection steps on the care part had no consent
 * boundary (src/test/resources/oud/arrangement-zorgstappen-zonder-toestemmingsgrens.bpmn, from git history) finishes
 * on its own version (docs/beheer.md), but the consent line holds there too: after a withdrawal the gemeente cannot
 * decide the objection (and so cannot reopen the care decision) on it.
 */
class ArrangementToestemmingVorigeVersieIT extends ZorgdeelOpVorigeVersie {

    @BeforeEach
    void gegevenEenBezwaarTegenHetZorgdeelOpDeVorigeVersie() {
        startMetZorgdeel("arrangement-toestemming-vorige-versie", "arrangement-zorgstappen-zonder-toestemmingsgrens.bpmn");
        voltooiOk("gemeente", "besluitZorg", "{\"besluit\": \"AFGEWEZEN\"}");
        voltooiOk("gemeente", "besluitbriefZorg",
                "{\"verzondenOp\": \"2026-11-03\", \"verzondenDoor\": \"Secretariaat\", \"wijze\": \"POST\"}");
        Long id = arrangementen.vanDossier(nummer).get(0).id();
        Http.Antwoord bezwaar = http().als("zorgcoordinator").post("/api/arrangementen/" + id + "/bezwaar",
                "{\"deel\": \"ZORG\", \"ontvangenOp\": \"2026-11-03\", \"ingediendDoor\": \"OUDERS\"}");
        assertThat(bezwaar.status()).as(bezwaar.body()).isEqualTo(204);
        assertThat(arrangement).isWaitingAt("bezwaarBehandelenZorg", "besluitOnderwijs");
    }

    @Test
    void naIntrekkenBeslistDeGemeenteNietOpHetBezwaarOpDeVorigeVersie() {
        String pad = "/api/dossiers/" + nummer + "/toestemmingen";
        for (var t : http().als("zorgcoordinator").get(pad).json().get("toestemmingen")) {
            if (t.get("scope").asText().equals("JEUGDHULP") && t.get("gegevenDoor").asText().equals("OUDERS")) {
                assertThat(http().als("zorgcoordinator").post(pad + "/" + t.get("id").asText() + "/intrekken",
                        "{\"vorm\": \"GESPREK\"}").status()).isEqualTo(204);
            }
        }
        // The old version has no boundary on this task: it stays, but completing it is refused.
        Task bezwaarBehandelen = taak("bezwaarBehandelenZorg");
        assertThat(bezwaarBehandelen).isNotNull();
        Http.Antwoord gegrond = voltooi("gemeente", bezwaarBehandelen, "{\"uitkomst\": \"GEGROND\"}");
        assertThat(gegrond.status()).as(gegrond.body()).isEqualTo(409);
        assertThat(gegrond.json().get("detail").asText()).contains("toestemming voor jeugdhulp");
        assertThat(taak("besluitZorg")).isNull();
    }
}
