package nl.eenplan.overstap.proces;

import nl.eenplan.modelcontrole.VoorModellen;
import nl.eenplan.overstap.OverstapService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${controleerOverstapdossier}}, task listener (complete) on {@code overstapdossier}: only checks; without the
 * receiving school and the attendance the task stays open.
 */
@Component("controleerOverstapdossier")
@VoorModellen
public class ControleerOverstapdossier implements TaskListener {

    private final OverstapService overstappen;

    ControleerOverstapdossier(OverstapService overstappen) {
        this.overstappen = overstappen;
    }

    @Override
    public void notify(DelegateTask taak) {
        overstappen.controleerOverstapdossier(taak.getProcessInstanceId());
    }
}
