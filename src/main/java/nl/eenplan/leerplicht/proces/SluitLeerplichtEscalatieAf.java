package nl.eenplan.leerplicht.proces;

import static nl.eenplan.leerplicht.proces.LeerplichtVariabelen.UITKOMST;

import nl.eenplan.engine.Ingelogd;
import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.leerplicht.Uitkomst;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${sluitLeerplichtEscalatieAf}}, step "Uitkomst vastleggen en school informeren": records the outcome
 * leerplicht chose when closing an escalation it treated, and tells the school.
 */
@Component("sluitLeerplichtEscalatieAf")
@VoorModellen
public class SluitLeerplichtEscalatieAf implements JavaDelegate {

    private final LeerplichtService leerplicht;

    SluitLeerplichtEscalatieAf(LeerplichtService leerplicht) {
        this.leerplicht = leerplicht;
    }

    @Override
    public void execute(DelegateExecution execution) {
        leerplicht.afgesloten(execution.getProcessInstanceId(), Uitkomst.vanCode(UITKOMST.van(execution)),
                Ingelogd.gebruiker(execution, "onbekend"));
    }
}
