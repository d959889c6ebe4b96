package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.instantie;

import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${zetArrangementInPlan}}, step "Arrangement en doelen in het plan zetten". */
@Component("zetArrangementInPlan")
@VoorModellen
public class ZetArrangementInPlan implements JavaDelegate {

    private final ArrangementService arrangementen;

    ZetArrangementInPlan(ArrangementService arrangementen) {
        this.arrangementen = arrangementen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        arrangementen.zetInPlan(instantie(execution));
    }
}
