package nl.eenplan.toelating.proces;

import static nl.eenplan.toelating.proces.ToelatingVariabelen.instantie;

import nl.eenplan.modelcontrole.VoorModellen;
import nl.eenplan.toelating.ToelatingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${schrijfTijdelijkIn}}, step "Tijdelijk inschrijven": no decision at the end of the term (10 weeks with the
 * extension): the pupil is enrolled temporarily at the school applied to until the board decides; the zorgcoördinator
 * hears it and tells the parents.
 */
@Component("schrijfTijdelijkIn")
@VoorModellen
public class SchrijfTijdelijkIn implements JavaDelegate {

    private final ToelatingService toelatingen;

    SchrijfTijdelijkIn(ToelatingService toelatingen) {
        this.toelatingen = toelatingen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        toelatingen.tijdelijkIngeschreven(instantie(execution));
    }
}
