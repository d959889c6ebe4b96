package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.instantie;

import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${meldVerlengingVerlopen}}, step "Zorgcoördinator melden: niet verlengd": the zorgplicht passed before
 * anyone decided on an extension.
 * Only for instances of the previous model version, which still draws the zorgplicht clock (kept so they finish on
 * their version; docs/beheer.md): the current arrangement.bpmn has no such step, the zorgplicht runs in toelating.
 */
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
