package nl.eenplan;

import java.util.Date;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import nl.eenplan.engine.Termijnconventie;
import nl.eenplan.engine.Termijnconventie.Taaktermijn;
import nl.eenplan.termijn.Termijnbewaking;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.mockito.Mockito;

/**
 * An engine for model tests without the application (issue #19): in memory, no web stack, no Spring, no job
 * executor; beans are Camunda's {@code Mocks} ({@link MockExpressionManager}); deadlines by convention on, with
 * a calculation and a {@link Termijnbewaking} the test sets. One engine per test JVM; a test deploys its model
 * and deletes it afterwards.
 */
public final class Modelengine {

    /** Deadline and reminder of every task: a test sets it; the default is 7 and 5 days from the engine's now. */
    public static final AtomicReference<Termijnconventie.Berekening> BEREKENING = new AtomicReference<>();
    public static final AtomicReference<Termijnbewaking> BEWAKING = new AtomicReference<>();

    private static ProcessEngine engine;

    private Modelengine() {
    }

    public static synchronized ProcessEngine engine() {
        if (engine == null) {
            ProcessEngineConfigurationImpl configuratie = new StandaloneInMemProcessEngineConfiguration();
            configuratie.setProcessEngineName("modeltest");
            configuratie.setJdbcUrl("jdbc:h2:mem:modeltest;DB_CLOSE_DELAY=-1");
            configuratie.setJobExecutorActivate(false);
            configuratie.setExpressionManager(new MockExpressionManager());
            configuratie.setHistory(ProcessEngineConfigurationImpl.HISTORY_FULL);
            configuratie.setFailedJobRetryTimeCycle("R5/PT10M");
            configuratie.getProcessEnginePlugins().add(new Termijnconventie(
                    () -> (execution, proces, stap, vanaf) -> BEREKENING.get() != null
                            ? BEREKENING.get().voorTaak(execution, proces, stap, vanaf) : standaard(vanaf),
                    BEWAKING::get));
            engine = configuratie.buildProcessEngine();
        }
        reset();
        return engine;
    }

    /** Back to the defaults: a fresh mocked Termijnbewaking and the default deadlines. */
    public static void reset() {
        BEREKENING.set(null);
        BEWAKING.set(Mockito.mock(Termijnbewaking.class));
    }

    /** After a test: its beans, the default deadlines and the engine's clock back as they were. */
    public static void ruimOp() {
        Mocks.reset();
        reset();
        ClockUtil.reset();
    }

    /** After a test that deployed its model: the deployment with its instances and history gone, and {@link #ruimOp()}. */
    public static void ruimOp(String deployment) {
        engine.getRepositoryService().deleteDeployment(deployment, true);
        ruimOp();
    }

    private static Optional<Taaktermijn> standaard(Date vanaf) {
        long dag = 24L * 3600 * 1000;
        return Optional.of(new Taaktermijn(new Date(vanaf.getTime() + 7 * dag), new Date(vanaf.getTime() + 5 * dag)));
    }
}
