package nl.eenplan.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.eenplan.engine.Ingelogd;
import nl.eenplan.engine.Ingelogd.Gebruiker;
import nl.eenplan.web.Audit;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * One audit entry per request through the engine's doors that reads or changes a pupil's data: {@code /engine-rest}
 * and the API of Tasklist and Cockpit under {@code /camunda/api} (task lists, forms and their variables, completing a
 * task, instances, variables, history, incidents). The entry names every dossier the request touched: the business
 * keys of the process instances named in its path, query or query body or listed in its answer, found by the server
 * in one go ({@link EngineDossiers}). It never holds a value or a body: only who, when, which dossiers, method and
 * path, the answer's status and the task. Completing a task is logged here too, whichever door it came through:
 * only the door knows the answer's status, and a completion refused before the engine must be in the log as well.
 */
class EngineDeurAudit extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(EngineDeurAudit.class);
    /** Enough of a query body to find the ids it names; a body is never written down. */
    private static final int VERZOEK_BEWAREN = 64 * 1024;

    private final String engineRest;
    private final String webapp;
    private final ObjectProvider<EngineDossiers> dossiers;
    private final ObjectProvider<AuditLog> log;

    // Providers: a filter is made when the web server starts, before the engine and the database are.
    EngineDeurAudit(String engineRest, String webapp, ObjectProvider<EngineDossiers> dossiers,
                    ObjectProvider<AuditLog> log) {
        this.engineRest = engineRest;
        this.webapp = webapp;
        this.dossiers = dossiers;
        this.log = log;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String pad = request.getRequestURI().substring(request.getContextPath().length());
        Optional<EngineVerzoek> verzoek = request.getMethod().equals("OPTIONS") ? Optional.empty()
                : EngineVerzoek.van(pad, engineRest, webapp);
        if (verzoek.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        // /engine-rest: Camunda's basic-auth filter, just outside this one, has told the engine who this is.
        Gebruiker engineGebruiker = pad.startsWith(engineRest + "/") ? uitEngine() : null;
        ContentCachingRequestWrapper metInhoud = new ContentCachingRequestWrapper(request, VERZOEK_BEWAREN);
        // A long poll (external tasks) answers later, on another thread: its answer is not kept back.
        ContentCachingResponseWrapper antwoord = verzoek.get().rest().contains("fetchAndLock") ? null
                : new ContentCachingResponseWrapper(response);
        boolean klaar = false;
        try {
            chain.doFilter(metInhoud, antwoord == null ? response : antwoord);
            klaar = true;
        } finally {
            try {
                Gebruiker wie = engineGebruiker != null ? engineGebruiker : uitSessie(request);
                if (wie != null) {
                    schrijf(verzoek.get(), wie, metInhoud, antwoord, klaar ? response.getStatus() : 500);
                }
            } catch (RuntimeException e) {
                // The audit never breaks a request; but a missing entry is an error to look into.
                LOG.error("Auditregel niet geschreven voor {} {}", request.getMethod(), pad, e);
            }
            if (antwoord != null) {
                antwoord.copyBodyToResponse();
            }
        }
    }

    private void schrijf(EngineVerzoek verzoek, Gebruiker wie, ContentCachingRequestWrapper request,
                         ContentCachingResponseWrapper antwoord, int status) {
        Verwijzingen v = new Verwijzingen();
        queryParameters(request.getQueryString(), v);
        if (isJson(request.getContentType())) {
            v.json(request.getContentAsByteArray(), true);
        }
        if (antwoord != null && status >= 200 && status < 300 && isJson(antwoord.getContentType())) {
            v.json(antwoord.getContentAsByteArray(), false);
        }
        Set<String> taken = new LinkedHashSet<>(v.taakIds);
        Set<String> processen = new LinkedHashSet<>(v.procesIds);
        if (verzoek.taakId() != null) {
            taken.add(verzoek.taakId());
        }
        if (verzoek.procesId() != null) {
            processen.add(verzoek.procesId());
        }
        Set<String> nummers = new TreeSet<>(Verzoeken.dossiernummers(v.sleutels));
        // What EenPlan's own code named while it served the request (a task's handler knows its dossier).
        nummers.addAll(Verzoeken.dossiernummers(Audit.dossiers(request)));
        boolean onbekend = false;
        try {
            nummers.addAll(dossiers.getObject().van(processen, taken, verzoek.uitvoeringId()));
        } catch (RuntimeException e) {
            // Still an entry, with what is known: a missing entry is worse than a missing dossier.
            LOG.error("Dossiers niet gevonden voor {} {}", request.getMethod(), request.getRequestURI(), e);
            onbekend = true;
        }
        if (nummers.isEmpty() && !verzoek.noemtRecord() && !onbekend) {
            return; // a list or a count that showed no pupil
        }
        String taak = verzoek.taakId() != null ? verzoek.taakId() : Audit.taak(request);
        log.getObject().schrijf(wie.naam(), wie.groepen(), verzoek.handeling(request.getMethod()), nummers,
                Verzoeken.wat(request), status, taak, Audit.grondslag(request));
    }

    /** Ids in the query string: processInstanceId=..., processInstanceIdIn=a,b, taskId=... */
    private static void queryParameters(String query, Verwijzingen v) {
        if (query == null) {
            return;
        }
        for (String deel : query.split("&")) {
            int is = deel.indexOf('=');
            if (is <= 0) {
                continue;
            }
            try {
                v.parameter(URLDecoder.decode(deel.substring(0, is), StandardCharsets.UTF_8),
                        URLDecoder.decode(deel.substring(is + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // a malformed parameter names nothing
            }
        }
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase().contains("json");
    }

    /** The user Camunda's basic-auth filter handed to the engine that serves /engine-rest (found as that filter finds it). */
    private static Gebruiker uitEngine() {
        return Ingelogd.van(EngineUtil.lookupProcessEngine(null).getIdentityService()).orElse(null);
    }

    /** Tasklist and Cockpit: the user the webapp's login put in the session (none: the request was refused, 401). */
    private static Gebruiker uitSessie(HttpServletRequest request) {
        HttpSession sessie = request.getSession(false);
        if (sessie == null) {
            return null;
        }
        try {
            for (UserAuthentication a : AuthenticationUtil.getAuthsFromSession(sessie).getAuthentications()) {
                return new Gebruiker(a.getName(), a.getGroupIds() == null ? List.of() : a.getGroupIds());
            }
        } catch (IllegalStateException e) {
            // the session ended during the request (logged out)
        }
        return null;
    }
}
