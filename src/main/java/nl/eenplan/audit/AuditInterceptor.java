package nl.eenplan.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Writes an audit entry after every request that reads or changes dossier data: the dossier API and
 * everything reached from a dossier (verzuimmeldingen, agreements, escalations, completing a task).
 * Refused attempts are logged too, with their status.
 */
@Component
class AuditInterceptor implements HandlerInterceptor {

    /** The API paths that carry dossier data. */
    private static final Pattern DOSSIERGEGEVENS = Pattern.compile(
            "^/api/(dossiers/[^/]+.*|verzuimmeldingen/.+|afspraken/.+|arrangementen/.+|overstappen/.+|escalaties.*|taken/[^/]+/voltooien)$");

    private final AuditLog log;

    AuditInterceptor(AuditLog log) {
        this.log = log;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        String pad = request.getRequestURI();
        Authentication wie = SecurityContextHolder.getContext().getAuthentication();
        if (wie == null || !DOSSIERGEGEVENS.matcher(pad).matches()) {
            return;
        }
        String dossier = (String) request.getAttribute(Audit.DOSSIER);
        if (dossier == null && request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> v) {
            dossier = (String) v.get("nummer");
        }
        AuditRegel.Handeling handeling = "GET".equals(request.getMethod()) ? AuditRegel.Handeling.LEZEN
                : AuditRegel.Handeling.WIJZIGEN;
        List<String> groepen = wie.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        String wat = request.getMethod() + " " + pad + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        log.schrijf(wie.getName(), groepen, handeling, dossier, wat, response.getStatus(),
                (String) request.getAttribute(Audit.TAAK));
    }
}
