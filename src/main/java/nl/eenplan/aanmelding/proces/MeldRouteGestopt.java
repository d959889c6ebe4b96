package nl.eenplan.aanmelding.proces;

import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.NODIGE_TOESTEMMING;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.ROUTE_OMSCHRIJVING;

import nl.eenplan.aanmelding.AanmeldingService;
import nl.eenplan.engine.Routering;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${meldRouteGestopt}}, step "Stop vastleggen en zorgcoördinator informeren": consent the route needed was
 * withdrawn; the route stopped sharing at once. Records it on the concern and tells the zorgcoördinator.
 */
@Component("meldRouteGestopt")
@VoorModellen
public class MeldRouteGestopt implements JavaDelegate {

    private final AanmeldingService aanmeldingen;

    MeldRouteGestopt(AanmeldingService aanmeldingen) {
        this.aanmeldingen = aanmeldingen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        aanmeldingen.routeGestopt(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
                Routering.COORDINATOR.van(execution), ROUTE_OMSCHRIJVING.van(execution),
                NODIGE_TOESTEMMING.verplicht(execution));
    }
}
