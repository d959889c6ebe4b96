package nl.eenplan.arrangement;

import static nl.eenplan.Tijd.moment;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the tests of an arrangement with a care part on an earlier model version share (VorigeVersie deploys the copy
 * from src/test/resources/oud/ next to the current one): a pupil with consent for jeugdhulp (parents and pupil), an
 * instance started on that version on Tuesday 3 November 2026, its request with a care part completed; the deployment
 * and its instances are removed after the test.
 */
abstract class ZorgdeelOpVorigeVersie extends ScenarioTest {

    /** The forms the arrangement's versions bind (binding deployment: they travel with the old model). */
    static final List<String> FORMULIEREN = List.of("arrangementAanvraag", "arrangementAfsluiten",
            "arrangementEvaluatie", "besluitOnderwijs", "besluitZorg", "besluitbrief", "bezwaarBehandelen",
            "deskundigenadviezen", "lbtAdvies");

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ArrangementService arrangementen;
    @Autowired
    ToestemmingService toestemmingen;

    String deployment;
    String nummer;
    ProcessInstance arrangement;

    /** Deploys {@code model} (a file in src/test/resources/oud/) and starts an arrangement with a care part on it. */
    void startMetZorgdeel(String naam, String model) {
        ClockUtil.setCurrentTime(moment(2026, 11, 3, 10, 0));
        VorigeVersie.Gedeployd gedeployd = VorigeVersie.deploy(repositoryService, naam, model, FORMULIEREN);
        deployment = gedeployd.deployment();
        nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
        for (Toestemming.GegevenDoor door : List.of(Toestemming.GegevenDoor.OUDERS, Toestemming.GegevenDoor.LEERLING)) {
            toestemmingen.geef(nummer, new NieuweToestemming(Toestemming.Scope.JEUGDHULP, door, null,
                    Toestemming.Vorm.GESPREK, null, null), "zorgcoordinator");
        }
        arrangement = runtimeService.startProcessInstanceById(gedeployd.definitie(), nummer, Map.of("dossierNummer",
                nummer, "schoolBrin", "99ZZ00", "onderwijssoort", "PO", "zorgcoordinator", "zorgcoordinator"));
        nl.eenplan.groeidocument.Groeidocumenten.ondertekend(http().als("zorgcoordinator"), nummer);
        voltooiOk("zorgcoordinator", "aanvraag", ArrangementScenarioIT.MET_ZORG);
    }

    @AfterEach
    void ruimOp() {
        repositoryService.deleteDeployment(deployment, true);
    }

    void voltooiOk(String gebruiker, String taakId, String invoer) {
        Http.Antwoord a = voltooi(gebruiker, taak(taakId), invoer);
        assertThat(a.status()).as(a.body()).isEqualTo(204);
    }

    Http.Antwoord voltooi(String gebruiker, Task taak, String invoer) {
        return http().als(gebruiker).post("/api/taken/" + taak.getId() + "/voltooien", invoer);
    }

    /** The arrangement's task at step {@code taakId}; null when it has none there. */
    Task taak(String taakId) {
        return taskService.createTaskQuery().processInstanceId(arrangement.getId()).taskDefinitionKey(taakId)
                .singleResult();
    }
}
