package nl.eenplan.woonadres.proces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import nl.eenplan.Modelengine;
import nl.eenplan.Termijntimers;
import nl.eenplan.engine.Termijnconventie;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * processes/woonadresVastleggen.bpmn on its own, every path: the school records the address in the task; it is recorded
 * another way and the model's message ends the task; the dossier closes and the instance is removed; and the
 * convention's deadline (5 werkdagen), reminder and escalation to the zorgcoördinator. On a fixed clock (Monday 30
 * November 2026), never the real date. The journey over HTTP is WoonadresVastleggenScenarioIT.
 */
class WoonadresVastleggenModelTest {

    ProcessEngine engine = Modelengine.engine();
    String deployment;
    ProcessInstance proces;

    @BeforeEach
    void gegevenEenLeerlingZonderWoonadresVoorWieEenMeldingKlaarstaat() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-30T09:00:00Z")));
        deployment = engine.getRepositoryService().createDeployment()
                .addClasspathResource("processes/woonadresVastleggen.bpmn").deploy().getId();
        proces = engine.getRuntimeService().startProcessInstanceByKey(Woonadresproces.PROCES, "2026-00001",
                Map.of("dossierNummer", "2026-00001", "schoolBrin", "99ZZ00", "zorgcoordinator", "zorgcoordinator"));
    }

    @AfterEach
    void ruimOp() {
        Modelengine.ruimOp(deployment);
    }

    @Test
    void deZorgcoordinatorKrijgtDeTaakBinnen5Werkdagen() {
        assertThat(proces).isWaitingAt(Woonadresproces.VASTLEGGEN);
        assertThat(task(Woonadresproces.VASTLEGGEN, proces)).hasCandidateGroup("zorgcoordinator")
                .hasName("Woonadres vastleggen");
        // termijnen.dmn, woonadresVastleggen / vastleggen: 5 werkdagen from Monday 30 November is Monday 7 December.
        assertThat(task(Woonadresproces.VASTLEGGEN, proces).getDueDate().toInstant().atZone(ZoneId.of("Europe/Amsterdam"))
                .toLocalDate()).hasToString("2026-12-07");
    }

    @Test
    void deSchoolLegtHetWoonadresVastInDeTaak() {
        complete(task(Woonadresproces.VASTLEGGEN, proces));

        assertThat(proces).isEnded().hasPassed("woonadresVastgelegd").hasNotPassed("woonadresAlBekend");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(proces.getId()).count()).isZero();
    }

    @Test
    void opEenAndereManierVastgelegdBeeindigtDeTaak() {
        engine.getRuntimeService().createMessageCorrelation(Woonadresproces.BEKEND).processInstanceId(proces.getId())
                .correlate();

        assertThat(proces).isEnded().hasPassed("eldersVastgelegd", "woonadresAlBekend")
                .hasNotPassed("woonadresVastgelegd");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(proces.getId()).count()).isZero();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(proces.getId()).count()).isZero();
    }

    @Test
    void hetDossierSluitenVerwijdertHetProcesMetZijnTimers() {
        engine.getRuntimeService().deleteProcessInstance(proces.getId(), "Dossier 2026-00001 gesloten", true);

        assertThat(proces).isEnded().hasNotPassed("woonadresVastgelegd", "woonadresAlBekend");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(proces.getId()).count()).isZero();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(proces.getId()).count()).isZero();
    }

    @Test
    void naDeTermijnEscaleertDeTaakNaarDeZorgcoordinatorEnBlijftOpen() throws Exception {
        var herinnering = Termijntimers.van(engine.getManagementService(), proces.getId(), Woonadresproces.VASTLEGGEN,
                Termijnconventie.HERINNERING);
        var verstreken = Termijntimers.van(engine.getManagementService(), proces.getId(), Woonadresproces.VASTLEGGEN,
                Termijnconventie.VERSTREKEN);
        assertThat(herinnering.getDuedate()).isBefore(verstreken.getDuedate());

        engine.getManagementService().executeJob(herinnering.getId());
        engine.getManagementService().executeJob(verstreken.getId());

        verify(Modelengine.BEWAKING.get()).herinner(argThat(t -> t.stap().equals(Woonadresproces.VASTLEGGEN)));
        verify(Modelengine.BEWAKING.get()).escaleer(argThat(t -> t.stap().equals(Woonadresproces.VASTLEGGEN)
                && t.dossier().equals("2026-00001")), eq("zorgcoordinator"), anyString());
        assertThat(proces).isWaitingAt(Woonadresproces.VASTLEGGEN);
    }
}
