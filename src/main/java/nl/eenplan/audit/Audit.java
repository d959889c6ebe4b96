package nl.eenplan.audit;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Lets an endpoint whose path has no dossier number (an agreement, a verzuimmelding, a task) say which
 * dossier the request touches, so the inzage of that pupil lists it.
 */
public final class Audit {

    static final String DOSSIER = Audit.class.getName() + ".dossier";
    static final String TAAK = Audit.class.getName() + ".taak";

    private Audit() {
    }

    public static void betreftDossier(String dossierNummer) {
        zet(DOSSIER, dossierNummer);
    }

    public static void voorTaak(String taakId) {
        zet(TAAK, taakId);
    }

    private static void zet(String naam, String waarde) {
        RequestAttributes verzoek = RequestContextHolder.getRequestAttributes();
        if (verzoek != null && waarde != null) {
            verzoek.setAttribute(naam, waarde, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
