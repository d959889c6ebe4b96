package nl.eenplan.aanmelding;

import java.time.Instant;
import java.util.Set;

/** A concern and its course, as the school sees it on the dossier. */
public record AanmeldingView(Long id, String dossierNummer, Set<Categorie> categorieen, Urgentie urgentie,
                             String alGeprobeerd, boolean eerdereOndersteuning, boolean signalenOnveiligheid,
                             String gemeldDoor, Instant gemeldOp, String intakeVerslag, String intakeDoor,
                             Instant intakeOp, Route route, String routeOmschrijving, String routeToelichting,
                             Instant routeGestoptOp, String routeGestoptReden) {

    static AanmeldingView van(Aanmelding a) {
        return new AanmeldingView(a.getId(), a.getDossierNummer(), a.getCategorieen(), a.getUrgentie(),
                a.getAlGeprobeerd(), a.isEerdereOndersteuning(), a.isSignalenOnveiligheid(), a.getGemeldDoor(),
                a.getGemeldOp(), a.getIntakeVerslag(), a.getIntakeDoor(), a.getIntakeOp(), a.getRoute(),
                a.getRoute() == null ? null : a.getRoute().omschrijving(), a.getRouteToelichting(),
                a.getRouteGestoptOp(), a.getRouteGestoptReden());
    }
}
