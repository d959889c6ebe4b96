package nl.eenplan.engine;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;

/**
 * Which engine Camunda's doors serve: /engine-rest (its basic-auth filter and its resources), Tasklist, Cockpit and
 * Admin, and the audit of those doors ask a {@link ProcessEngineProvider}, found with Java's ServiceLoader
 * (META-INF/services; EenPlan's classes come before the libraries', so this one is found first). Camunda's own
 * providers look the engine up by name in a static per-JVM registry ({@link ProcessEngines}), where the engine built
 * last under a name wins and closing any engine removes whichever engine has its name. With more than one application
 * in a JVM (the test contexts Spring keeps, a restart test) a request to one application was then served by the
 * engine of another, with its own users, tasks and settings (401, 404), or by none once that one closed (404
 * "Process engine default not available").
 * <p>
 * During a request {@link EigenEngineFilter} names the engine of the application that received it; only that engine
 * is served, under its own name or as the default. Outside a request (start-up, a thread of the engine itself) this
 * falls back to the registry, as Camunda's providers do.
 */
public class EigenEngine implements ProcessEngineProvider {

    private static final ThreadLocal<ProcessEngine> VAN_DIT_VERZOEK = new ThreadLocal<>();

    /** Created by the ServiceLoader. */
    public EigenEngine() {
    }

    @Override
    public ProcessEngine getDefaultProcessEngine() {
        ProcessEngine eigen = VAN_DIT_VERZOEK.get();
        return eigen != null ? eigen : ProcessEngines.getDefaultProcessEngine(false);
    }

    @Override
    public ProcessEngine getProcessEngine(String naam) {
        ProcessEngine eigen = VAN_DIT_VERZOEK.get();
        if (eigen == null) {
            return ProcessEngines.getProcessEngine(naam);
        }
        // Another name is another application's engine: not served here, as for an unknown name.
        return eigen.getName().equals(naam) ? eigen : null;
    }

    @Override
    public Set<String> getProcessEngineNames() {
        ProcessEngine eigen = VAN_DIT_VERZOEK.get();
        return eigen != null ? Set.of(eigen.getName()) : ProcessEngines.getProcessEngines().keySet();
    }

    /** The engine of the application serving the request on this thread, until {@link #vergeet()}. */
    static void voorDitVerzoek(ProcessEngine engine) {
        VAN_DIT_VERZOEK.set(engine);
    }

    static void vergeet() {
        VAN_DIT_VERZOEK.remove();
    }
}
