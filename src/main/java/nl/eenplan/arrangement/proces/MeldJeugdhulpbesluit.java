package nl.eenplan.arrangement.proces;

import nl.eenplan.arrangement.JeugdhulpbesluitService;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${meldJeugdhulpbesluit}}, step "Eindbesluit naar het arrangement" of process jeugdhulpbesluit; after a school
 * change past the decision, to the new school as information (JeugdhulpbesluitService.meldBesluit).
 */
@Component("meldJeugdhulpbesluit")
@VoorModellen
public class MeldJeugdhulpbesluit implements JavaDelegate {

    private final JeugdhulpbesluitService jeugdhulp;

    MeldJeugdhulpbesluit(JeugdhulpbesluitService jeugdhulp) {
        this.jeugdhulp = jeugdhulp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        jeugdhulp.meldBesluit(execution.getProcessInstanceId(),
                Jeugdhulpbesluitproces.ARRANGEMENT_INSTANTIE.verplicht(execution),
                ArrangementVariabelen.ZORG_BESLUIT.verplicht(execution),
                Jeugdhulpbesluitproces.NIEUW_DOSSIER.van(execution));
    }
}
