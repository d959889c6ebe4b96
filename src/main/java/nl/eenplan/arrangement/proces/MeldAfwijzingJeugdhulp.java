package nl.eenplan.arrangement.proces;

import nl.eenplan.arrangement.JeugdhulpbesluitService;
import nl.eenplan.engine.Routering;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${meldAfwijzingJeugdhulp}}, step "Zorgcoördinator hoort van de afwijzing" of process jeugdhulpbesluit: the
 * school's zorgcoördinator hears that the home gemeente refused the care part and sends the decision letter itself.
 */
@Component("meldAfwijzingJeugdhulp")
@VoorModellen
public class MeldAfwijzingJeugdhulp implements JavaDelegate {

    private final JeugdhulpbesluitService jeugdhulp;

    MeldAfwijzingJeugdhulp(JeugdhulpbesluitService jeugdhulp) {
        this.jeugdhulp = jeugdhulp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        jeugdhulp.meldAfwijzing(Jeugdhulpbesluitproces.ARRANGEMENT_INSTANTIE.verplicht(execution),
                execution.getProcessBusinessKey(), Routering.COORDINATOR.van(execution),
                Routering.SCHOOL.van(execution));
    }
}
