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
 * An instance of the version of arrangement.bpmn before process jeugdhulpbesluit, whose gemeente decided the care part
 * in task besluitZorg of the arrangement itself (src/test/resources/oud/arrangement-zorgbesluit-in-arrangement.bpmn,
 * from git history), finishes on its own version (docs/beheer.md): the task stays where it was, with its own deadline,
 * and completing it still moves the arrangement on; no jeugdhulpbesluit starts for it.
 */
class ArrangementZorgbesluitVorigeVersieIT extends ScenarioTest {

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

    @BeforeEach
    void gegevenEenZorgdeelOpDeVorigeVersie() {
        ClockUtil.setCurrentTime(moment(2026, 11, 3, 10, 0));
        VorigeVersie.Gedeployd gedeployd = VorigeVersie.deploy(repositoryService, "arrangement-zorgbesluit-vorige-versie",
                "arrangement-zorgbesluit-in-arrangement.bpmn", FORMULIEREN);
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

    @Test
    void deGemeenteBesluitNogInHetArrangementEnHetLooptAfOpDeVorigeVersie() {
        assertThat(arrangement).isWaitingAt("besluitOnderwijs", "besluitZorg");
        Task besluitZorg = taak("besluitZorg");
        assertThat(besluitZorg).hasCandidateGroup("gemeente");
        assertThat(besluitZorg.getDueDate()).as("zijn eigen termijn, zoals toen").isNotNull();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("jeugdhulpbesluit")
                .processInstanceBusinessKey(nummer).count()).isZero();

        voltooiOk("gemeente", "besluitZorg", "{\"besluit\": \"TOEGEKEND\"}");
        voltooiOk("swv", "besluitOnderwijs", "{\"besluit\": \"TOEGEKEND\"}");

        assertThat(arrangement).hasPassed("zorgBesluitVastleggen", "plaatsGeboden", "inHetPlan")
                .isWaitingAt("evaluatiemoment");
        assertThat(arrangementen.vanDossier(nummer).get(0).zorgBesluit()).isEqualTo(Besluit.TOEGEKEND);
    }

    private void voltooiOk(String gebruiker, String taakId, String invoer) {
        Http.Antwoord a = http().als(gebruiker).post("/api/taken/" + taak(taakId).getId() + "/voltooien", invoer);
        assertThat(a.status()).as(a.body()).isEqualTo(204);
    }

    private Task taak(String taakId) {
        return taskService.createTaskQuery().processInstanceId(arrangement.getId()).taskDefinitionKey(taakId).singleResult();
    }
}
