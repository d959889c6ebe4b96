package nl.eenplan.schoolwissel.proces;

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
 * processes/schoolwisselBevestigen.bpmn on its own: the old school's zorgcoördinatoren get "Overstap naar ...
 * bevestigen" with a deadline; answered, the process ends; unanswered, the convention reminds and then escalates and
 * the task stays open (nothing moves by itself). On a fixed clock (Monday 30 November 2026). The journey over HTTP is
 * SchoolwisselIT.
 */
class SchoolwisselBevestigenModelTest {

    ProcessEngine engine = Modelengine.engine();
    String deployment;
    ProcessInstance proces;

    @BeforeEach
    void gegevenEenGevraagdeSchoolwissel() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-30T09:00:00Z")));
        deployment = engine.getRepositoryService().createDeployment()
                .addClasspathResource("processes/schoolwisselBevestigen.bpmn").deploy().getId();
        proces = engine.getRuntimeService().startProcessInstanceByKey("schoolwisselBevestigen", "2026-00001",
                Map.of("dossierNummer", "2026-00001", "schoolBrin", "99ZZ00", "zorgcoordinator", "zorgcoordinator",
                        "schoolwissel", 7L, "naarSchool", "Het Baken College (99YY00)", "ingeschrevenOp", "2026-11-30"));
    }

    @AfterEach
    void ruimOp() {
        Modelengine.ruimOp(deployment);
    }

    @Test
    void deZorgcoordinatorVanDeOudeSchoolKrijgtDeTaakMetTermijn() {
        assertThat(proces).isWaitingAt("bevestigen");
        assertThat(task("bevestigen", proces)).hasCandidateGroup("zorgcoordinator")
                .hasName("Overstap naar Het Baken College (99YY00) bevestigen");
        assertThat(task("bevestigen", proces).getDueDate()).isNotNull();
    }

    @Test
    void beantwoordEindigtHetProces() {
        complete(task("bevestigen", proces));

        assertThat(proces).isEnded().hasPassed("beantwoord");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(proces.getId()).count()).isZero();
    }

    @Test
    void zonderAntwoordHerinneringDanEscalatie_enDeTaakBlijftOpen() {
        var herinnering = Termijntimers.van(engine.getManagementService(), proces.getId(), "bevestigen",
                Termijnconventie.HERINNERING);
        var verstreken = Termijntimers.van(engine.getManagementService(), proces.getId(), "bevestigen",
                Termijnconventie.VERSTREKEN);
        assertThat(herinnering.getDuedate()).isBefore(verstreken.getDuedate());
        // 5 werkdagen from Monday 30 November 2026: Monday 7 December.
        assertThat(verstreken.getDuedate().toInstant()).isAfter(Instant.parse("2026-12-06T23:00:00Z"))
                .isBefore(Instant.parse("2026-12-08T00:00:00Z"));

        engine.getManagementService().executeJob(verstreken.getId());

        verify(Modelengine.BEWAKING.get()).escaleer(argThat(t -> t.stap().equals("bevestigen")
                && t.dossier().equals("2026-00001")), eq("zorgcoordinator"), anyString());
        assertThat(proces).isWaitingAt("bevestigen");
    }
}
