package nl.eenplan.leerplicht.proces;

import static nl.eenplan.leerplicht.proces.LeerplichtVariabelen.ESCALATIE_ID;
import static nl.eenplan.leerplicht.proces.LeerplichtVariabelen.PROCES;

import nl.eenplan.leerplicht.LeerplichtService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * By when leerplicht assesses, from the assessment task as it is created. Inside another process's transaction
 * (a verzuimmelding sent, a zorgplicht that passed) that task cannot be queried yet, so it tells us.
 */
@Component
class Beoordelingstermijn {

    private final LeerplichtService leerplicht;

    Beoordelingstermijn(LeerplichtService leerplicht) {
        this.leerplicht = leerplicht;
    }

    @EventListener // every task event: picked in code, as nl.eenplan.monitor.StapTermijnen says why
    void beoordelingAangemaakt(DelegateTask taak) {
        if (!TaskListener.EVENTNAME_CREATE.equals(taak.getEventName())
                || !Beoordelen.TAAK.equals(taak.getTaskDefinitionKey()) || taak.getProcessDefinitionId() == null
                || !taak.getProcessDefinitionId().startsWith(PROCES + ":")) {
            return;
        }
        Object id = taak.getVariable(ESCALATIE_ID.naam());
        if (id instanceof Number n && taak.getDueDate() != null) {
            leerplicht.beoordelenVoor(n.longValue(), taak.getDueDate().toInstant());
        }
    }
}
