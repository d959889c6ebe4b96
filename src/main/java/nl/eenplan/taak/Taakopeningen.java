package nl.eenplan.taak;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the engine's "task created" (Camunda's Spring eventing) into {@link TaakGeopend}, so that a capability that must
 * react to a step starting to wait needs no engine type. Tasks without a pupil (no business key) are left out.
 */
@Component
class Taakopeningen {

    private final ApplicationEventPublisher gebeurtenissen;

    Taakopeningen(ApplicationEventPublisher gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
    }

    @EventListener // every task event: picked in code, as nl.eenplan.monitor.StapTermijnen says why
    void geopend(DelegateTask taak) {
        if (!TaskListener.EVENTNAME_CREATE.equals(taak.getEventName())) {
            return;
        }
        String dossier = taak.getExecution() == null ? null : taak.getExecution().getProcessBusinessKey();
        String definitie = taak.getProcessDefinitionId();
        if (dossier == null || definitie == null) {
            return;
        }
        gebeurtenissen.publishEvent(new TaakGeopend(dossier, definitie.substring(0, definitie.indexOf(':')),
                taak.getTaskDefinitionKey()));
    }
}
