package nl.eenplan.arrangement.proces;

import nl.eenplan.arrangement.JeugdhulpbesluitService;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${vraagJeugdhulpbesluit}}, start of receive task besluitZorg ("Besluit jeugdhulp van de woongemeente"): the care
 * part goes as an application for jeugdhulp to the gemeente that decides, in its own process jeugdhulpbesluit.
 */
@Component("vraagJeugdhulpbesluit")
@VoorModellen
public class VraagJeugdhulpbesluit implements ExecutionListener {

    private final JeugdhulpbesluitService jeugdhulp;

    VraagJeugdhulpbesluit(JeugdhulpbesluitService jeugdhulp) {
        this.jeugdhulp = jeugdhulp;
    }

    @Override
    public void notify(DelegateExecution execution) {
        jeugdhulp.vraag(execution.getProcessInstanceId());
    }
}
