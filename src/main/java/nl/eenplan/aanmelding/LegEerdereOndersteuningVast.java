package nl.eenplan.aanmelding;

import nl.eenplan.modelcontrole.Procesvariabelen;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${legEerdereOndersteuningVast}}: the basic support was tried and did not suffice, so the concern is
 * scaled up; the next triage sees it as a concern with earlier support (variable {@code eerdereOndersteuning}).
 */
@Component("legEerdereOndersteuningVast")
@VoorModellen
class LegEerdereOndersteuningVast implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(Procesvariabelen.EERDERE_ONDERSTEUNING, true);
    }
}
