package nl.eenplan.mdo.proces;

import nl.eenplan.engine.Routering;
import nl.eenplan.mdo.MdoService;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${nodigUitVoorMdo}}, step "Deelnemers uitnodigen": a notification per participant of the planned MDO with
 * an account, and one to the zorgcoördinator with whom to invite herself.
 */
@Component("nodigUitVoorMdo")
@VoorModellen
public class NodigUitVoorMdo implements JavaDelegate {

    private final MdoService mdo;

    NodigUitVoorMdo(MdoService mdo) {
        this.mdo = mdo;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mdo.nodigUit(execution.getProcessInstanceId(), Routering.COORDINATOR.verplicht(execution));
    }
}
