package nl.eenplan.web;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Lets code that reaches a pupil say which dossier(s) the current request touches, so the audit log (package
 * audit) names them and the inzage of each of those pupils lists the request: an endpoint whose path has no
 * dossier number (an agreement, a task, a list), or a record found before its access check refuses it. Outside
 * a request (a job, a delegate) it does nothing. Here, not in package audit, so every capability can call it.
 */
public final class Audit {

    private static final String DOSSIERS = Audit.class.getName() + ".dossiers";
    private static final String TAAK = Audit.class.getName() + ".taak";

    private Audit() {
    }

    public static void betreftDossier(String dossierNummer) {
        if (dossierNummer != null) {
            betreftDossiers(Set.of(dossierNummer));
        }
    }

    /** A list: every pupil in it, so each one's inzage shows that they appeared in it. */
    public static void betreftDossiers(Collection<String> dossierNummers) {
        RequestAttributes verzoek = RequestContextHolder.getRequestAttributes();
        if (verzoek == null || dossierNummers.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> genoemd = (Set<String>) verzoek.getAttribute(DOSSIERS, RequestAttributes.SCOPE_REQUEST);
        if (genoemd == null) {
            genoemd = new LinkedHashSet<>();
            verzoek.setAttribute(DOSSIERS, genoemd, RequestAttributes.SCOPE_REQUEST);
        }
        for (String nummer : dossierNummers) {
            if (nummer != null) {
                genoemd.add(nummer);
            }
        }
    }

    public static void voorTaak(String taakId) {
        RequestAttributes verzoek = RequestContextHolder.getRequestAttributes();
        if (verzoek != null && taakId != null) {
            verzoek.setAttribute(TAAK, taakId, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** The dossiers named so far in this request (for the audit log). */
    public static Set<String> dossiers(jakarta.servlet.ServletRequest verzoek) {
        @SuppressWarnings("unchecked")
        Set<String> genoemd = (Set<String>) verzoek.getAttribute(DOSSIERS);
        return genoemd == null ? Set.of() : genoemd;
    }

    /** The task this request is about, if an endpoint said so. */
    public static String taak(jakarta.servlet.ServletRequest verzoek) {
        return (String) verzoek.getAttribute(TAAK);
    }
}
