package nl.eenplan.opp;

import static nl.eenplan.Tijd.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Sessie;
import nl.eenplan.Testdossiers;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.gezin.Gezinstest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An OPP instance started on the model before the family could answer online (src/test/resources/oud/
 * opp-zonder-instemming-online.bpmn, from git history: task instemmingVastleggen without the boundary event
 * oppInstemmingOntvangen) finishes on its own version (docs/beheer.md): the family's page shows the handelingsdeel and
 * says the school records the answer, an answer posted anyway is refused with nothing recorded, and the school's task
 * works as before.
 */
class OppVorigeVersieIT extends IntegratieTest {

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    OppService opp;
    @Autowired
    DossierService dossiers;
    @Autowired
    ApplicationContext context;

    private String deployment;
    private Gezinstest gezin;

    @BeforeEach
    void deployDeVorigeVersie() {
        ClockUtil.setCurrentTime(moment(2026, 12, 1, 10, 0));
        var d = repositoryService.createDeployment().name("opp-vorige-versie")
                .addInputStream("opp.bpmn", getClass().getResourceAsStream("/oud/opp-zonder-instemming-online.bpmn"));
        List.of("oppOpstellen", "oppInstemming", "oppEvaluatie").forEach(f -> d.addClasspathResource("forms/" + f + ".form"));
        deployment = d.deploy().getId();
        gezin = new Gezinstest(context, port, clock);
    }

    @AfterEach
    void ruimOp() {
        gezin.ruimOp();
        repositoryService.deleteDeployment(deployment, true);
        klok.zetOpStart();
    }

    @Test
    void hetGezinZietHetOppEnDeSchoolLegtHetAntwoordVast() {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer")
                .asText();
        opp.start(new OppService.Aanvrager(nummer, "99ZZ00", "PO", "zorgcoordinator"), "Regulier vo, vmbo.",
                List.of("Sam werkt 20 minuten zelfstandig"));
        ProcessInstance p = runtimeService.createProcessInstanceQuery().processDefinitionKey("opp")
                .processInstanceBusinessKey(nummer).singleResult();
        assertThat(repositoryService.getProcessDefinition(p.getProcessDefinitionId()).getDeploymentId())
                .isEqualTo(deployment);
        ClockUtil.setCurrentTime(moment(2026, 12, 7, 10, 0));
        assertThat(voltooi(p, "opstellen", OppScenarioIT.OPSTELLEN).status()).isEqualTo(204);

        gezin.koppel("ouder", nummer, dossiers.haalOp(nummer).leerling().ouders().get(0).id());
        Sessie anna = gezin.meldAan("ouder");
        String pad = "/gezin/kind/" + Gezinstest.idVan(anna, "Sam") + "/opp";
        assertThat(anna.get(pad, "Accept", Gezinstest.HTML).body()).contains("Sam werkt 20 minuten zelfstandig",
                "De school vraagt uw antwoord zelf").doesNotContain("Antwoord versturen");
        Http.Antwoord online = Gezinstest.post(anna, pad, "versie", "1", "uitkomst", "INGESTEMD");
        assertThat(online.status()).isEqualTo(409);
        assertThat(opp.instemmingGevraagd(nummer).orElseThrow().antwoorden()).isEmpty();
        assertThat(p).isWaitingAt("instemmingVastleggen");

        assertThat(voltooi(p, "instemmingVastleggen", OppScenarioIT.INGESTEMD).status()).isEqualTo(204);
        assertThat(p).hasPassed("ingestemd", "inWerking").isWaitingAt("wachten");
    }

    private Http.Antwoord voltooi(ProcessInstance p, String taak, String invoer) {
        var t = taskService.createTaskQuery().processInstanceId(p.getId()).taskDefinitionKey(taak).singleResult();
        return http().als("zorgcoordinator").post("/api/taken/" + t.getId() + "/voltooien", invoer);
    }
}
