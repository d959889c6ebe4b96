package nl.eenplan.arrangement.proces;

import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${legAfsluitingVast}}, step "Controleren: uitkomst en tevredenheid vastgelegd": only checks what task
 * afsluiten recorded (its name in the model is older than this). */
@Component("legAfsluitingVast")
@VoorModellen
public class LegAfsluitingVast implements JavaDelegate {

    private final ArrangementService arrangementen;

    LegAfsluitingVast(ArrangementService arrangementen) {
        this.arrangementen = arrangementen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        arrangementen.controleerAfsluiting(execution.getProcessInstanceId());
    }
}
