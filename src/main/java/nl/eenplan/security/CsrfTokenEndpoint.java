package nl.eenplan.security;

import nl.eenplan.web.NietGevondenException;
import org.springframework.lang.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The session's CSRF token for a page's own fetch calls: {@code fetch("/csrf")}, then send {@code token}
 * in the header {@code header} with every POST, PUT, PATCH and DELETE. Another site cannot read this
 * answer (same-origin policy), so it cannot learn the token.
 */
@RestController
class CsrfTokenEndpoint {

    record Csrf(String header, String token) {
    }

    @GetMapping("/csrf")
    Csrf token(@Nullable CsrfToken csrf) {
        if (csrf == null) {
            throw new NietGevondenException("Er is geen CSRF-token: een API-client met HTTP basic heeft er geen nodig.");
        }
        return new Csrf(csrf.getHeaderName(), csrf.getToken());
    }
}
