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
}
