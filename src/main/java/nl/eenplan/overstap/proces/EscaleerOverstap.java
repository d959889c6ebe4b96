package nl.eenplan.overstap.proces;

import nl.eenplan.modelcontrole.VoorModellen;
import nl.eenplan.overstap.OverstapService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${escaleerOverstap}}, service task "Leerplicht (en RMC) inlichten" (async): not placed, or not enrolled and
 * attending on 1 October; leerplicht escalation GEEN_INSCHRIJVING_NA_OVERSTAP.
 */
@Component("escaleerOverstap")
@VoorModellen
public class EscaleerOverstap implements JavaDelegate {

    private final OverstapService overstappen;

    EscaleerOverstap(OverstapService overstappen) {
        this.overstappen = overstappen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        overstappen.escaleer(execution.getProcessInstanceId());
    }
}
