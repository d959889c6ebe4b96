package nl.eenplan.arrangement.proces;

import nl.eenplan.arrangement.Besluitbezwaarservice;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${meldBezwaaruitkomst}}, step "Nieuwe school hoort de uitkomst" of process besluitbezwaar: the new school and
 * the parents' contact there hear the outcome of the objection and what it means for the pupil at their school.
 */
@Component("meldBezwaaruitkomst")
@VoorModellen
public class MeldBezwaaruitkomst implements JavaDelegate {

    private final Besluitbezwaarservice bezwaren;

    MeldBezwaaruitkomst(Besluitbezwaarservice bezwaren) {
        this.bezwaren = bezwaren;
    }

    @Override
    public void execute(DelegateExecution execution) {
        bezwaren.meldUitkomst(Besluitbezwaarproces.BESLUITBEZWAAR_ID.verplicht(execution));
    }
}
