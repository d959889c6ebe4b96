package nl.eenplan.engine;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes {@link ProcesinstantieVerwijderd} once when an instance is deleted, whatever the way: Cockpit,
 * {@code /engine-rest}, or code ({@code RuntimeService.deleteProcessInstance}). From the history (the instance's one end
 * event), not from an execution listener: Cockpit deletes with "skip custom listeners" on by default, and the history is
 * written either way. A deleted instance ends without an activity; the engine calls that EXTERNALLY_TERMINATED when the
 * caller said so (the REST API and Cockpit do) and INTERNALLY_TERMINATED otherwise: the Java API's
 * {@code deleteProcessInstance(id, reason)} and {@code (id, reason, skipCustomListeners)} pass
 * {@code externallyTerminated=false}, so a deletion in code was missed when only the first counted. Both count; an
 * instance that ends at an end event is COMPLETED and does not. Wraps whatever history handler the configuration has
 * (engine.Historie or the engine's own), so it holds with {@code eenplan.engine.standaardinstellingen} too.
 */
@Component
class VerwijderdeInstanties extends AbstractProcessEnginePlugin {

    /** The end states of a deleted instance (see above); never COMPLETED. */
    static final java.util.Set<String> VERWIJDERD = java.util.Set.of(HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED,
            HistoricProcessInstance.STATE_INTERNALLY_TERMINATED);

    private final ApplicationEventPublisher events;

    VerwijderdeInstanties(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuratie) {
        configuratie.setHistoryEventHandler(new CompositeHistoryEventHandler(configuratie.getHistoryEventHandler(),
                new HistoryEventHandler() {
                    @Override
                    public void handleEvent(HistoryEvent event) {
                        if (event instanceof HistoricProcessInstanceEventEntity p
                                && HistoryEventTypes.PROCESS_INSTANCE_END.getEventName().equals(p.getEventType())
                                && VERWIJDERD.contains(p.getState())) {
                            events.publishEvent(new ProcesinstantieVerwijderd(p.getProcessDefinitionKey(),
                                    p.getProcessInstanceId(), p.getEndTime() == null ? null : p.getEndTime().toInstant(),
                                    p.getDeleteReason()));
                        }
                    }

                    @Override
                    public void handleEvents(java.util.List<HistoryEvent> events) {
                        events.forEach(this::handleEvent);
                    }
                }));
    }
}
