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
 * Publishes {@link ProcesinstantieVerwijderd} when an instance is deleted. From the history (the end event with state
 * EXTERNALLY_TERMINATED), not from an execution listener: Cockpit deletes with "skip custom listeners" on by default,
 * and the history is written either way. Wraps whatever history handler the configuration has (engine.Historie or the
 * engine's own), so it holds with {@code eenplan.engine.standaardinstellingen} too.
 */
@Component
class VerwijderdeInstanties extends AbstractProcessEnginePlugin {

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
                                && HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(p.getState())) {
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
