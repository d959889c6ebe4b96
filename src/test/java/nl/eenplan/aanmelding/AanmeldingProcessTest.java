package nl.eenplan.aanmelding;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Scenario: a concern is registered, the zorgcoördinator holds the intake, the referral moves on. */
@Deployment(resources = {"processes/aanmelding.bpmn", "forms/intake.form"})
class AanmeldingProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-scenario.cfg.xml").build();

    @Test
    void intakeLigtBijDeZorgcoordinatorEnRondtAf() {
        ProcessInstance aanmelding = runtimeService().startProcessInstanceByKey("aanmelding", "2026-00001",
                Map.of("dossierNummer", "2026-00001", "schoolBrin", "99ZZ00"));

        assertThat(aanmelding).isWaitingAt("intake");
        assertThat(task()).hasCandidateGroup("zorgcoordinator").hasName("Intakegesprek voeren");

        complete(task(), withVariables("gesprekOudersGevoerd", true, "gesprekLeerlingGevoerd", true,
                "signalenOnveiligheid", false));

        assertThat(aanmelding).hasPassedInOrder("zorgGesignaleerd", "intake", "intakeAfgerond").isEnded();
    }
}
