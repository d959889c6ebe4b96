package nl.eenplan.aanmelding.proces;

import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.EERDERE_ONDERSTEUNING;

import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${legEerdereOndersteuningVast}}, step "Eerdere ondersteuning meegeven aan de triage": the basic support
 * was tried and did not suffice, so the concern is scaled up; the next triage sees it as a concern with earlier
 * support (variable {@code eerdereOndersteuning}).
 */
@Component("legEerdereOndersteuningVast")
@VoorModellen
public class LegEerdereOndersteuningVast implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        EERDERE_ONDERSTEUNING.zet(execution, true);
    }
}
