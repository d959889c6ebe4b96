package nl.eenplan.leerplicht;

import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * {@code ${verwerkLeerplichtBeoordeling}}: records the route leerplicht chose (form field {@code route})
 * on the escalation and tells the school.
 */
@Component("verwerkLeerplichtBeoordeling")
@VoorModellen
class VerwerkBeoordeling implements JavaDelegate {

    private final LeerplichtService leerplicht;

    VerwerkBeoordeling(LeerplichtService leerplicht) {
        this.leerplicht = leerplicht;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // The escalation is found by this process instance, never by a variable a task worker could set.
        MasRoute route = MasRoute.vanCode((String) execution.getVariable("route"));
        Authentication wie = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        leerplicht.beoordeeld(execution.getProcessInstanceId(), route, wie == null ? "onbekend" : wie.getUserId());
    }
}
