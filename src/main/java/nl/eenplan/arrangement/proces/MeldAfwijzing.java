package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.deel;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.instantie;

import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${meldAfwijzing}}, steps "Zorgcoördinator vragen de ouders te informeren" (input parameter {@code deel}). */
@Component("meldAfwijzing")
@VoorModellen
public class MeldAfwijzing implements JavaDelegate {

    private final ArrangementService arrangementen;

    MeldAfwijzing(ArrangementService arrangementen) {
        this.arrangementen = arrangementen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        arrangementen.meldAfwijzing(instantie(execution), deel(execution));
    }
}
