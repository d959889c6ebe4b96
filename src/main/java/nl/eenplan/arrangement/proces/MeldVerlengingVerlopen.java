package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.instantie;

import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${meldVerlengingVerlopen}}, step "Zorgcoördinator melden: niet verlengd": the zorgplicht passed before
 * anyone decided on an extension. */
@Component("meldVerlengingVerlopen")
@VoorModellen
public class MeldVerlengingVerlopen implements JavaDelegate {

    private final ArrangementService arrangementen;

    MeldVerlengingVerlopen(ArrangementService arrangementen) {
        this.arrangementen = arrangementen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        arrangementen.meldVerlengingVerlopen(instantie(execution));
    }
}
