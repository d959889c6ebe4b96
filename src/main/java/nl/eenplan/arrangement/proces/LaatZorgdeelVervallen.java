package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.ONDERWIJS_BESLUIT;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.PLAATS_GEBODEN;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.ZORG_BESLISSEN;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.instantie;

import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${laatZorgdeelVervallen}}, step "Zorgdeel vervalt: school informeren": consent for jeugdhulp was
 * withdrawn while the gemeente decided; the arrangement goes on with the education part alone. */
@Component("laatZorgdeelVervallen")
@VoorModellen
public class LaatZorgdeelVervallen implements JavaDelegate {

    private final ArrangementService arrangementen;

    LaatZorgdeelVervallen(ArrangementService arrangementen) {
        this.arrangementen = arrangementen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        arrangementen.zorgdeelVervalt(instantie(execution));
        ZORG_BESLISSEN.zet(execution, false);
        PLAATS_GEBODEN.zet(execution, ArrangementService.plaatsGeboden(ONDERWIJS_BESLUIT.van(execution), false, null));
    }
}
