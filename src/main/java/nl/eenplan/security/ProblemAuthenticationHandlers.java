package nl.eenplan.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import nl.eenplan.web.ProblemWriter;
import nl.eenplan.web.Problemen;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 401 and 403 from the security filters, as problem+json in Dutch like every other API error. */
@Component
class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemWriter problemWriter;

    ProblemAuthenticationHandlers(ProblemWriter problemWriter) {
        this.problemWriter = problemWriter;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"EenPlan\"");
        problemWriter.schrijf(request, response, Problemen.probleem(HttpStatus.UNAUTHORIZED,
                "Meld je aan met je gebruikersnaam en wachtwoord (HTTP basic).", List.of()));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        problemWriter.schrijf(request, response, Problemen.probleem(HttpStatus.FORBIDDEN,
                "Je hebt geen toegang tot deze gegevens of deze handeling.", List.of()));
    }
}
