package nl.eenplan.aanmelding;

import nl.eenplan.melding.Melding;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.melding.NieuweMelding;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${meldRouteGestopt}}: consent the route needed was withdrawn; the route stopped sharing at
 * once. Records it on the concern and tells the zorgcoördinator.
 */
@Component("meldRouteGestopt")
@VoorModellen
class MeldRouteGestopt implements JavaDelegate {

    private final AanmeldingService aanmeldingen;
    private final MeldingService meldingen;

    MeldRouteGestopt(AanmeldingService aanmeldingen, MeldingService meldingen) {
        this.aanmeldingen = aanmeldingen;
        this.meldingen = meldingen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String nummer = execution.getProcessBusinessKey();
        String route = (String) execution.getVariable("routeOmschrijving");
        String scope = ((String) execution.getVariable("nodigeToestemming")).toLowerCase().replace('_', ' ');
        String reden = "Toestemming voor " + scope + " is ingetrokken; de route '" + route + "' is gestopt.";
        aanmeldingen.routeGestopt(execution.getProcessInstanceId(), reden);
        meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE,
                (String) execution.getVariable("zorgcoordinator"),
                "Route gestopt: toestemming ingetrokken (dossier " + nummer + ")",
                reden + " Er worden geen gegevens meer gedeeld. Bespreek met ouders en leerling hoe verder.",
                nummer, null));
    }
}
