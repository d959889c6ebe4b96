package nl.eenplan.aanmelding.proces;

import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.NODIGE_TOESTEMMING;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.ROUTE;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.ROUTE_OMSCHRIJVING;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.TRIAGE_TOELICHTING;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.TRIAGE_UITKOMST;

import java.util.Map;
import nl.eenplan.aanmelding.AanmeldingService;
import nl.eenplan.aanmelding.Route;
import nl.eenplan.dossier.Gegevensstroom;
import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${legRouteVast}}, step "Route vastleggen": takes the triage outcome (variable {@code triageUitkomst}:
 * route, the consent the route needs, why) into the process ({@code route}, {@code routeOmschrijving},
 * {@code nodigeToestemming}) and records it on the concern in the dossier.
 */
@Component("legRouteVast")
@VoorModellen
public class LegRouteVast implements JavaDelegate {

    private final AanmeldingService aanmeldingen;
    private final ToestemmingService toestemmingen;

    LegRouteVast(AanmeldingService aanmeldingen, ToestemmingService toestemmingen) {
        this.aanmeldingen = aanmeldingen;
        this.toestemmingen = toestemmingen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        Map<String, Object> uitkomst = (Map<String, Object>) execution.getVariable(TRIAGE_UITKOMST);
        if (uitkomst == null || ROUTE.van(uitkomst) == null) {
            throw new IllegalStateException("De triagetabel gaf geen route; controleer processes/triage.dmn.");
        }
        Route route = Route.valueOf(ROUTE.van(uitkomst));
        String nodig = NODIGE_TOESTEMMING.van(uitkomst);
        Object toelichting = uitkomst.get(TRIAGE_TOELICHTING);
        ROUTE.zet(execution, route.name());
        ROUTE_OMSCHRIJVING.zet(execution, route.omschrijving());
        NODIGE_TOESTEMMING.zet(execution, nodig == null ? "GEEN" : nodig);
        aanmeldingen.routeGekozen(execution.getProcessInstanceId(), route, toelichting == null ? "" : toelichting.toString());
        if (route == Route.JEUGDHULP) {
            // The warm referral hands the pupil to jeugdhulp: a flow on consent, recorded with the consent used.
            toestemmingen.deel(execution.getProcessBusinessKey(), Gegevensstroom.JEUGDHULP, "warme overdracht naar jeugdhulp");
        }
    }
}
