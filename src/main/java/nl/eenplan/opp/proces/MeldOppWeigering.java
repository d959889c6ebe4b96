package nl.eenplan.opp.proces;

import nl.eenplan.engine.Routering;
import nl.eenplan.modelcontrole.VoorModellen;
import nl.eenplan.opp.OppService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${meldOppWeigering}}, step "Route bij weigering": the parents refused the handelingsdeel. It is not carried
 * out; a new version waits for a new OOGO; the zorgcoördinator hears the route (OppService.weigering).
 */
@Component("meldOppWeigering")
@VoorModellen
public class MeldOppWeigering implements JavaDelegate {

    private final OppService opp;

    MeldOppWeigering(OppService opp) {
        this.opp = opp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        opp.weigering(execution.getProcessBusinessKey(), Routering.COORDINATOR.van(execution));
    }
}
