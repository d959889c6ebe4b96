package nl.eenplan.mdo;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An MDO started before the upgrade that brought moving the date (V71; the version of processes/mdo.bpmn from git
 * history in src/test/resources/oud/mdo-zonder-verzetten.bpmn) finishes on its own version (docs/beheer.md): moving it
 * is refused with a 409 that names the older version, nothing changes (record, timers, notifications), and the MDO
 * runs on its date as before.
 */
class MdoVorigeVersieIT extends ScenarioTest {

    /** The forms the previous version binds (binding deployment: they travel with it). */
    static final List<String> FORMULIEREN = List.of("mdoPlannen", "groeidocument", "mdoVerslag", "afspraakUitvoeren",
            "mdoEvaluatie");

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    MdoService mdoService;

    String deployment;
    String definitie;
    String nummer;
    ProcessInstance mdo;

    @BeforeEach
    void gegevenEenMdoOpDeVorigeVersie() {
        ClockUtil.setCurrentTime(moment(2026, 11, 2, 10, 0));
        // Deployed after the current version, it is the latest: an MDO starts on it as before the upgrade.
        var d = repositoryService.createDeployment().name("mdo-vorige-versie");
        d.addInputStream("mdo.bpmn", getClass().getResourceAsStream("/oud/mdo-zonder-verzetten.bpmn"));
        FORMULIEREN.forEach(f -> d.addClasspathResource("forms/" + f + ".form"));
        var gedeployd = d.deployWithResult();
        deployment = gedeployd.getId();
        definitie = gedeployd.getDeployedProcessDefinitions().get(0).getId();

        nummer = zc().post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
        mdo = runtimeService.startProcessInstanceByKey("mdo", nummer, Map.of("dossierNummer", nummer,
                "schoolBrin", "99ZZ00", "onderwijssoort", "PO", "zorgcoordinator", "zorgcoordinator", "verzuim", false));
        assertThat(mdo.getProcessDefinitionId()).isEqualTo(definitie);
        String plannen = taskService.createTaskQuery().processInstanceId(mdo.getId()).taskDefinitionKey("plannen")
                .singleResult().getId();
        assertThat(zc().post("/api/taken/" + plannen + "/voltooien",
                "{\"datum\": \"2026-11-12T15:00\", \"locatie\": \"Lokaal 12\"}").status()).isEqualTo(204);
        assertThat(mdo).isWaitingAt("groeidocument", "mdoMoment");
    }

    /** The current version is the latest again for every other test. */
    @AfterEach
    void ruimOp() {
        repositoryService.deleteDeployment(deployment, true);
    }

    @Test
    void verzettenWordtGeweigerdMetDeVersie_enHetMdoLooptOpZijnDatum() {
        MdoView gepland = mdoService.vanDossier(nummer).get(0);
        int versie = repositoryService.getProcessDefinition(definitie).getVersion();

        Http.Antwoord verzet = zc().post("/api/dossiers/" + nummer + "/mdo/" + gepland.id() + "/verzetten",
                "{\"datum\": \"2026-11-19T15:00\"}");
        assertThat(verzet.status()).as(verzet.body()).isEqualTo(409);
        assertThat(verzet.json().get("detail").asText())
                .contains("oudere versie van het proces (versie " + versie + ")", "buiten EenPlan");
        MdoView daarna = mdoService.vanDossier(nummer).get(0);
        assertThat(daarna.datum()).isEqualTo(gepland.datum());
        assertThat(daarna.keerVerzet()).isZero();
        assertThat(timer(mdo, "mdoMoment").getDuedate()).isEqualTo(moment(2026, 11, 12, 15, 0));

        ClockUtil.setCurrentTime(moment(2026, 11, 12, 15, 0));
        managementService.executeJob(timer(mdo, "mdoBegonnen").getId());
        managementService.executeJob(timer(mdo, "mdoMoment").getId());
        assertThat(mdo).hasPassed("groeidocumentNietBijgewerkt").isWaitingAt("verslag");
    }

    private Http zc() {
        return http().als("zorgcoordinator");
    }
}
