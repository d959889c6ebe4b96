package nl.eenplan.leerplicht.proces;

import static nl.eenplan.leerplicht.proces.LeerplichtVariabelen.ROUTE;

import nl.eenplan.engine.Ingelogd;
import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.leerplicht.MasRoute;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${verwerkLeerplichtBeoordeling}}, step "Route vastleggen en school informeren": records the route leerplicht
 * chose on the escalation and tells the school.
 */
@Component("verwerkLeerplichtBeoordeling")
@VoorModellen
public class VerwerkLeerplichtBeoordeling implements JavaDelegate {

    private final LeerplichtService leerplicht;

    VerwerkLeerplichtBeoordeling(LeerplichtService leerplicht) {
        this.leerplicht = leerplicht;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // The escalation is found by this process instance, never by a variable a task worker could set.
        leerplicht.beoordeeld(execution.getProcessInstanceId(), MasRoute.vanCode(ROUTE.van(execution)),
                Ingelogd.gebruiker(execution, "onbekend"));
    }
}
