package nl.eenplan.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import nl.eenplan.web.ProblemWriter;
import nl.eenplan.web.Problemen;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * 401 and 403 from the security filters, as problem+json in Dutch like every other API error. A 401
 * never carries a {@code WWW-Authenticate: Basic} challenge: a browser would then ask for the password
 * and send it along with every later request, also with one another site makes it send.
 */
@Component
class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final AuthenticationTrustResolver AANGEMELD = new AuthenticationTrustResolverImpl();

    private final ProblemWriter problemWriter;

    ProblemAuthenticationHandlers(ProblemWriter problemWriter) {
        this.problemWriter = problemWriter;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        problemWriter.schrijf(request, response, Problemen.probleem(HttpStatus.UNAUTHORIZED,
                "Je bent niet (meer) aangemeld. Meld je aan op de aanmeldpagina; een API-client stuurt "
                        + "gebruikersnaam en wachtwoord mee (HTTP basic).", List.of()));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException) {
            if (!AANGEMELD.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
                // Without a login the answer is "log in", as for a GET, not "token missing".
                commence(request, response, new InsufficientAuthenticationException(e.getMessage(), e));
                return;
            }
            problemWriter.schrijf(request, response, Problemen.probleem(HttpStatus.FORBIDDEN,
                    "Dit verzoek mist een geldig CSRF-token en is daarom geweigerd. Laad de pagina opnieuw en "
                            + "probeer het nog eens.", List.of()));
            return;
        }
        problemWriter.schrijf(request, response, Problemen.probleem(HttpStatus.FORBIDDEN,
                "Je hebt geen toegang tot deze gegevens of deze handeling.", List.of()));
    }
}
