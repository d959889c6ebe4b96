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
    private static final String GRONDSLAG = Audit.class.getName() + ".grondslag";

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

    /**
     * Data left the school in this request on this basis (a flow of the basis table and the basis used): the audit
     * entry of the request records it, so "on what basis did you share this?" has an answer per request.
     */
    public static void opGrondslag(String grondslag) {
        RequestAttributes verzoek = RequestContextHolder.getRequestAttributes();
        if (verzoek == null || grondslag == null) {
            return;
        }
        String eerder = (String) verzoek.getAttribute(GRONDSLAG, RequestAttributes.SCOPE_REQUEST);
        verzoek.setAttribute(GRONDSLAG, eerder == null || eerder.contains(grondslag) ? grondslag
                : eerder + " | " + grondslag, RequestAttributes.SCOPE_REQUEST);
    }

    /** The bases of the flows of this request, if any (for the audit log). */
    public static String grondslag(jakarta.servlet.ServletRequest verzoek) {
        return (String) verzoek.getAttribute(GRONDSLAG);
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
