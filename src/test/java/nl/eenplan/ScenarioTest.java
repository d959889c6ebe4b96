package nl.eenplan;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.eenplan.engine.Termijnconventie;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the BPMN scenario tests: the whole application (real beans, real database), with
 * camunda-process-test-coverage writing a report per model to target/process-test-coverage, and a
 * gate: the model named in {@link Model} must have at least 90 % of its flow nodes covered by the
 * scenarios of the class ({@link ProcesDekkingGrens}).
 */
@Import({ProcessEngineCoverageConfiguration.class, ScenarioTest.DekkingRapport.class})
// Coverage collection only works inside a test run: no demo referral started at start-up.
@TestPropertySource(properties = "eenplan.demo.voorbeeldleerling=false")
@TestExecutionListeners(listeners = {ProcessEngineCoverageTestExecutionListener.class, ProcesDekkingGrens.class},
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class ScenarioTest extends IntegratieTest {

    /** The process model (process id) a scenario class covers, and the flow-node coverage it must reach. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @Inherited
    public @interface Model {
        String value();

        double minimaleDekking() default 0.9;
    }

    @Autowired
    protected ProcessEngine engine;
    @Autowired
    protected ManagementService managementService;

    @BeforeEach
    void initBpmnAssert() {
        BpmnAwareTests.init(engine);
    }

    /** Scenarios set the engine clock; the next test starts from the test clock again. */
    @AfterEach
    void zetDeKlokTerug() {
        klok.zetOpStart();
    }

    /** The timer job of a boundary or intermediate timer event of an instance. */
    protected Job timer(ProcessInstance instantie, String activiteit) {
        return managementService.createJobQuery().processInstanceId(instantie.getId()).activityId(activiteit)
                .singleResult();
    }

    /** The reminder timer deadlines by convention gave a user task (nl.eenplan.engine.Termijnconventie). */
    protected Job herinnering(ProcessInstance instantie, String taak) {
        return Termijntimers.van(managementService, instantie.getId(), taak, Termijnconventie.HERINNERING);
    }

    /** The escalation timer deadlines by convention gave a user task, due at its deadline. */
    protected Job termijnVerstreken(ProcessInstance instantie, String taak) {
        return Termijntimers.van(managementService, instantie.getId(), taak, Termijnconventie.VERSTREKEN);
    }

    @TestConfiguration
    static class DekkingRapport {

        @Bean
        ProcessEngineCoverageProperties processEngineCoverageProperties() {
            return ProcessEngineCoverageProperties.builder().reportDirectory("target/process-test-coverage").build();
        }
    }
}
