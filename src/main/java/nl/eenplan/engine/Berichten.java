package nl.eenplan.engine;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;

/**
 * A message meant for running instances only. Without this, Camunda also starts every process whose start event
 * listens for that message name, in any tenant: a try deployment from the Modeler with such a start event would then
 * start for a real pupil (a consent withdrawn, an objection recorded).
 */
public final class Berichten {

    private Berichten() {
    }

    public static MessageCorrelationBuilder aanLopende(RuntimeService runtime, String bericht) {
        return ((MessageCorrelationBuilderImpl) runtime.createMessageCorrelation(bericht)).executionsOnly();
    }

    /**
     * Delivers {@code bericht} to instance {@code procesInstantieId} only if it waits for it there; false when it does
     * not (no instance, or not at that step). Asked first: a failed correlation would mark the caller's transaction
     * rollback-only, and with it what the caller recorded.
     */
    public static boolean aanWachtende(RuntimeService runtime, String procesInstantieId, String bericht) {
        if (!wacht(runtime, procesInstantieId, bericht)) {
            return false;
        }
        try {
            aanLopende(runtime, bericht).processInstanceId(procesInstantieId).correlate();
            return true;
        } catch (org.camunda.bpm.engine.MismatchingMessageCorrelationException e) {
            return false;
        }
    }

    /** Whether instance {@code procesInstantieId} waits for message {@code bericht} now (false: no instance). */
    public static boolean wacht(RuntimeService runtime, String procesInstantieId, String bericht) {
        return procesInstantieId != null && runtime.createEventSubscriptionQuery().processInstanceId(procesInstantieId)
                .eventType("message").eventName(bericht).count() > 0;
    }
}
