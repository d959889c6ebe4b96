package nl.eenplan.leerplicht;

import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * {@code ${sluitLeerplichtEscalatieAf}}: records the outcome leerplicht chose (form field {@code uitkomst})
 * when closing an escalation it treated, and tells the school.
 */
@Component("sluitLeerplichtEscalatieAf")
@VoorModellen
class SluitEscalatieAf implements JavaDelegate {

    private final LeerplichtService leerplicht;

    SluitEscalatieAf(LeerplichtService leerplicht) {
        this.leerplicht = leerplicht;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Uitkomst uitkomst = Uitkomst.vanCode((String) execution.getVariable("uitkomst"));
        Authentication wie = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        leerplicht.afgesloten(execution.getProcessInstanceId(), uitkomst, wie == null ? "onbekend" : wie.getUserId());
    }
}
