package nl.eenplan.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.eenplan.web.Audit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * One audit entry per /api request, or request of one of EenPlan's pages (Mijn werk, a task, a pupil, leerplicht's
 * inbox), that reads or changes pupils' data: the dossier API (the list and opening a dossier too), everything
 * reached from a dossier (verzuimmeldingen, agreements, arrangements, overstappen, escalations and their inbox) and
 * tasks (the list, completing, handing on), a zorgcoördinator's work handed to a colleague (every dossier it moved,
 * through the API or the page /overdracht), a school's absence file from its LAS (every pupil it matched); and the downloads under a pupil's page in EenPlan, which answer as their
 * API paths do (an MDO's agenda item, an overstapdossier). Refused attempts are
 * logged too, with their status and, when the record was found, its dossier (endpoints name it with {@link Audit}).
 * The answer is held back until the entry is written, so whoever got the answer finds the entry. The engine's doors:
 * {@link EngineDeurAudit}.
 */
class ApiAudit extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ApiAudit.class);

    /** The API paths and the pages that carry pupils' data (a page shows what its API calls show). */
    private static final Pattern DOSSIERGEGEVENS = Pattern.compile("^/api/(dossiers(/.+)?|verzuimmeldingen/.+"
            + "|afspraken/.+|arrangementen/.+|overstappen/.+|escalaties(/.+)?"
            + "|taken(/[^/]+/(voltooien|toewijzen|vrijgeven))?|scholen/[^/]+/(overdracht|verzuim/import))$"
            + "|^/$|^/taken/[^/]+(/afgerond)?$|^/leerlingen(/.+)?$|^/leerplicht(/.+)?$|^/overdracht$|^/jeugdhulp(/.+)?$"
            // The family's pages of one child (issue #24): read by a parent or the pupil, named gezin-{account}.
            + "|^/gezin/kind/.+$"
            // Binding with an invitation's code: the dossier is named when it worked (gezin.Uitnodigingen.koppel).
            + "|^/gezin/koppelen$");

    private final ObjectProvider<AuditLog> log;

    // A provider: a filter is made when the web server starts, before the database is.
    ApiAudit(ObjectProvider<AuditLog> log) {
        this.log = log;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !DOSSIERGEGEVENS.matcher(pad(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper antwoord = new ContentCachingResponseWrapper(response);
        boolean klaar = false;
        try {
            chain.doFilter(request, antwoord);
            klaar = true;
        } finally {
            try {
                schrijf(request, klaar ? antwoord.getStatus() : 500);
            } catch (RuntimeException e) {
                // The audit never breaks a request; but a missing entry is an error to look into.
                LOG.error("Auditregel niet geschreven voor {} {}", request.getMethod(), pad(request), e);
            }
            antwoord.copyBodyToResponse();
        }
    }

    private void schrijf(HttpServletRequest request, int status) {
        // Still inside Spring Security's filters: the signed-in user (none: refused with 401, nothing to log).
        Authentication wie = SecurityContextHolder.getContext().getAuthentication();
        if (wie == null || !wie.isAuthenticated() || wie instanceof AnonymousAuthenticationToken) {
            return;
        }
        Set<String> dossiers = new LinkedHashSet<>(Audit.dossiers(request));
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> v
                && v.get("nummer") instanceof String nummer) {
            dossiers.add(nummer);
        }
        AuditRegel.Handeling handeling = "GET".equals(request.getMethod()) ? AuditRegel.Handeling.LEZEN
                : AuditRegel.Handeling.WIJZIGEN;
        List<String> groepen = wie.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        log.getObject().schrijf(wie.getName(), groepen, handeling, Verzoeken.dossiernummers(dossiers),
                Verzoeken.wat(request), status, Audit.taak(request), Audit.grondslag(request));
    }

    private static String pad(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
