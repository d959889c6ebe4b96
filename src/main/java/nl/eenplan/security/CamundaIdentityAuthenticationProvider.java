package nl.eenplan.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Checks the logins of API clients (HTTP basic) and of the login page against Camunda's identity store,
 * so a user has one password for the webapps, /engine-rest, /api and EenPlan's pages, and Camunda's
 * login delay and lockout after wrong passwords apply to all of them. Each Camunda group becomes an authority with the group id; the
 * schools (tenants) the user belongs to, directly or through a group, are kept with the login ({@link Gebruikersrechten}).
 * The only {@code AuthenticationProvider} bean: with a second one Spring Security builds no global authentication
 * manager and the basic door breaks (spring-security#14663); the sign-in through an identity provider is oauth2Login's
 * own provider in the pages' chain ({@link MedewerkerOidcGebruikers}).
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final Gebruikersrechten rechten;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, Gebruikersrechten rechten) {
        this.identityService = identityService;
        this.rechten = rechten;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String gebruiker = authentication.getName();
        Object wachtwoord = authentication.getCredentials();
        if (gebruiker == null || wachtwoord == null
                || !identityService.checkPassword(gebruiker, wachtwoord.toString())) {
            throw new BadCredentialsException("Onbekende gebruiker of onjuist wachtwoord.");
        }
        return rechten.metWachtwoord(gebruiker);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
