package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.instantie;

import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.engine.Routering;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${startOpp}}, step "OPP-proces starten": the OPP runs in process opp (docs/processen/opp.md). */
@Component("startOpp")
@VoorModellen
public class StartOpp implements JavaDelegate {

    private final ArrangementService arrangementen;

    StartOpp(ArrangementService arrangementen) {
        this.arrangementen = arrangementen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        arrangementen.startOpp(instantie(execution), Routering.SOORT.van(execution));
    }
}
