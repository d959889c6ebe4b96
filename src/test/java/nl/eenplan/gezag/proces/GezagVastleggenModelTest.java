package nl.eenplan.gezag.proces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;

import java.time.Instant;
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
 * processes/gezagVastleggen.bpmn on its own: the school confirms gezag in the task, or it is recorded another way and
 * the model's message ends the task; the convention's reminder and escalation to the zorgcoördinator. On a fixed
 * clock (Monday 30 November 2026), never the real date. The journey over HTTP is GezagVastleggenScenarioIT.
 */
class GezagVastleggenModelTest {

    ProcessEngine engine = Modelengine.engine();
    String deployment;
    ProcessInstance proces;

    @BeforeEach
    void gegevenEenDossierMetOnbekendGezag() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-30T09:00:00Z")));
        deployment = engine.getRepositoryService().createDeployment()
                .addClasspathResource("processes/gezagVastleggen.bpmn").deploy().getId();
        proces = engine.getRuntimeService().startProcessInstanceByKey("gezagVastleggen", "2026-00001",
                Map.of("dossierNummer", "2026-00001", "schoolBrin", "99ZZ00", "zorgcoordinator", "zorgcoordinator"));
    }

    @AfterEach
    void ruimOp() {
        Modelengine.ruimOp(deployment);
    }

    @Test
    void deZorgcoordinatorKrijgtDeTaakMetTermijn() {
        assertThat(proces).isWaitingAt("vastleggen");
        assertThat(task("vastleggen", proces)).hasCandidateGroup("zorgcoordinator").hasName("Gezag vastleggen");
        assertThat(task("vastleggen", proces).getDueDate()).isNotNull();
    }

    @Test
    void deSchoolLegtHetGezagVastInDeTaak() {
        complete(task("vastleggen", proces));

        assertThat(proces).isEnded().hasPassed("gezagVastgelegd").hasNotPassed("gezagAlBekend");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(proces.getId()).count()).isZero();
    }

    @Test
    void opEenAndereManierVastgelegdBeeindigtDeTaak() {
        engine.getRuntimeService().createMessageCorrelation(Gezagproces.BEKEND).processInstanceId(proces.getId())
                .correlate();

        assertThat(proces).isEnded().hasPassed("eldersVastgelegd", "gezagAlBekend").hasNotPassed("gezagVastgelegd");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(proces.getId()).count()).isZero();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(proces.getId()).count()).isZero();
    }

    @Test
    void naDeTermijnEscaleertDeTaakNaarDeZorgcoordinatorEnBlijftOpen() throws Exception {
        var herinnering = Termijntimers.van(engine.getManagementService(), proces.getId(), "vastleggen",
                Termijnconventie.HERINNERING);
        var verstreken = Termijntimers.van(engine.getManagementService(), proces.getId(), "vastleggen",
                Termijnconventie.VERSTREKEN);
        assertThat(herinnering.getDuedate()).isBefore(verstreken.getDuedate());

        engine.getManagementService().executeJob(verstreken.getId());

        verify(Modelengine.BEWAKING.get()).escaleer(argThat(t -> t.stap().equals("vastleggen")
                && t.dossier().equals("2026-00001")), eq("zorgcoordinator"), anyString());
        assertThat(proces).isWaitingAt("vastleggen");
    }
}
