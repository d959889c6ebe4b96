package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.ONDERWIJS_BESLUIT;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.PLAATS_GEBODEN;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.ZORG_BESLISSEN;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.ZORG_BESLUIT;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.deel;

import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.arrangement.Besluit;
import nl.eenplan.engine.Variabele;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${legBesluitVast}}, steps "Besluit onderwijsdeel/zorgdeel vastleggen" (input parameter {@code deel}):
 * records the decision; a place is offered when the education part and (if decided on) the care part are granted. */
@Component("legBesluitVast")
@VoorModellen
public class LegBesluitVast implements JavaDelegate {

    private final ArrangementService arrangementen;

    LegBesluitVast(ArrangementService arrangementen) {
        this.arrangementen = arrangementen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String deel = deel(execution);
        Variabele<String> besluit = ArrangementService.ZORG.equals(deel) ? ZORG_BESLUIT : ONDERWIJS_BESLUIT;
        arrangementen.legBesluitVast(execution.getProcessInstanceId(), deel, Besluit.valueOf(besluit.verplicht(execution)));
        PLAATS_GEBODEN.zet(execution, ArrangementService.plaatsGeboden(ONDERWIJS_BESLUIT.van(execution),
                Boolean.TRUE.equals(ZORG_BESLISSEN.van(execution)), ZORG_BESLUIT.van(execution)));
    }
}
