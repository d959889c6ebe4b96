package nl.eenplan.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.eenplan.web.ProblemWriter;
import nl.eenplan.web.Problemen;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A second layer beside the CSRF token: a state-changing request (POST, PUT, PATCH, DELETE) that a browser
 * sends from a page of another site says so in its {@code Origin} (or, without it, {@code Referer}) header,
 * and is refused with 403. API clients (curl, Camunda Modeler) send neither header and pass. Compares with
 * the origin the request was sent to; behind a proxy that needs the forwarded headers (docs/beheer.md).
 * Not a bean: it runs only inside EenPlan's own security filter chains, never for /camunda or /engine-rest.
 */
final class SameOriginFilter extends OncePerRequestFilter {

    private static final Set<String> LEZEND = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final ProblemWriter problemWriter;

    SameOriginFilter(ProblemWriter problemWriter) {
        this.problemWriter = problemWriter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String herkomst = request.getHeader("Origin");
        if (herkomst == null) {
            herkomst = request.getHeader("Referer");
        }
        if (LEZEND.contains(request.getMethod()) || herkomst == null || zelfdeHerkomst(herkomst, request)) {
            chain.doFilter(request, response);
            return;
        }
        problemWriter.schrijf(request, response, Problemen.probleem(HttpStatus.FORBIDDEN,
                "Dit verzoek komt van een andere website en is daarom geweigerd.", List.of()));
    }

    /** Same scheme, host and port as the request itself; "null" (a sandboxed or local page) and nonsense are foreign. */
    static boolean zelfdeHerkomst(String herkomst, HttpServletRequest request) {
        try {
            URI uri = new URI(herkomst.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return false;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals(request.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && poort(scheme, uri.getPort()) == poort(scheme, request.getServerPort());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int poort(String scheme, int poort) {
        if (poort != -1) {
            return poort;
        }
        return scheme.equals("https") ? 443 : 80;
    }
}
