package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.instantie;

import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${escaleerZorgplicht}}, step "Zorgplicht overschreden: SWV en leerplicht melden" (async: a job of its own). */
@Component("escaleerZorgplicht")
@VoorModellen
public class EscaleerZorgplicht implements JavaDelegate {

    private final ArrangementService arrangementen;

    EscaleerZorgplicht(ArrangementService arrangementen) {
        this.arrangementen = arrangementen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        arrangementen.escaleerZorgplicht(instantie(execution));
    }
}
