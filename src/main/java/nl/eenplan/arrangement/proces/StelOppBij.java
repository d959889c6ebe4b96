package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.instantie;

import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.engine.Routering;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${stelOppBij}}, step "OPP bijstellen": the OPP runs in process opp (docs/processen/opp.md). */
@Component("stelOppBij")
@VoorModellen
public class StelOppBij implements JavaDelegate {

    private final ArrangementService arrangementen;

    StelOppBij(ArrangementService arrangementen) {
        this.arrangementen = arrangementen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        arrangementen.stelOppBij(instantie(execution), Routering.SOORT.van(execution));
    }
}
