package nl.eenplan.security;

import java.util.Optional;

/**
 * Checks a family member's name and password on the login form (the demo family, gezin.DemoGezinsaanmelding). Not an
 * AuthenticationProvider bean on purpose: with a second provider bean Spring Security builds no global authentication
 * manager and the /api basic door silently breaks (spring-security#14663). SecurityConfig adds it to the pages' chain
 * only, before the Camunda password check.
 */
public interface Gezinsaanmelding {

    /**
     * The family member with this name and password; empty for a name it does not know (then the Camunda password is
     * tried). A known name with a wrong password is refused by throwing
     * {@link org.springframework.security.authentication.BadCredentialsException}.
     */
    Optional<Gezinslid> meldAan(String naam, String wachtwoord);
}
