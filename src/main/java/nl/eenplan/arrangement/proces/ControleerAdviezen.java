package nl.eenplan.arrangement.proces;

import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${controleerAdviezen}}, step "Controleren: twee adviezen vastgelegd": a TLV needs two opinions. */
@Component("controleerAdviezen")
@VoorModellen
public class ControleerAdviezen implements JavaDelegate {

    private final ArrangementService arrangementen;

    ControleerAdviezen(ArrangementService arrangementen) {
        this.arrangementen = arrangementen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        arrangementen.controleerAdviezen(execution.getProcessInstanceId());
    }
}
