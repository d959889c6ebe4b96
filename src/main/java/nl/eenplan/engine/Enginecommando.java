package nl.eenplan.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Work that must run as one engine command: one flush of the engine's writes, or a read past its checks. */
public final class Enginecommando {

    private Enginecommando() {
    }

    /** Runs {@code werk} in one engine command (the engine writes what it did at the end, in one flush). */
    public static <T> T inEen(ProcessEngine engine, Supplier<T> werk) {
        return configuratie(engine).getCommandExecutorTxRequired().execute(context -> werk.get());
    }

    /**
     * Runs {@code werk} in one engine command without authorization and tenant checks: for EenPlan's own reads that
     * must find a record whoever asks (the audit log names the dossier a refused request was about).
     */
    public static <T> T zonderControles(ProcessEngine engine, Supplier<T> werk) {
        return configuratie(engine).getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
            boolean tenantCheck = context.isTenantCheckEnabled();
            context.disableTenantCheck();
            try {
                return werk.get();
            } finally {
                context.setTenantCheckEnabled(tenantCheck);
            }
        }));
    }

    private static ProcessEngineConfigurationImpl configuratie(ProcessEngine engine) {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }
}
