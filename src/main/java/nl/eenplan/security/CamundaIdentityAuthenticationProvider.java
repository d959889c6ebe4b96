package nl.eenplan.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks the logins of API clients (HTTP basic) and of the login page against Camunda's identity store,
 * so a user has one password for the webapps, /engine-rest, /api and EenPlan's pages, and Camunda's
 * login delay and lockout after wrong passwords apply to all of them. Each Camunda group becomes an authority with the group id; the
 * schools (tenants) the user belongs to, directly or through a group, are kept with the login.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;

    CamundaIdentityAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String gebruiker = authentication.getName();
        Object wachtwoord = authentication.getCredentials();
        if (gebruiker == null || wachtwoord == null
                || !identityService.checkPassword(gebruiker, wachtwoord.toString())) {
            throw new BadCredentialsException("Onbekende gebruiker of onjuist wachtwoord.");
        }
        List<SimpleGrantedAuthority> groepen = identityService.createGroupQuery().groupMember(gebruiker).list()
                .stream().map(g -> new SimpleGrantedAuthority(g.getId())).toList();
        Set<String> scholen = identityService.createTenantQuery().userMember(gebruiker).includingGroupsOfUser(true)
                .list().stream().map(Tenant::getId).collect(Collectors.toUnmodifiableSet());
        var aangemeld = UsernamePasswordAuthenticationToken.authenticated(gebruiker, null, groepen);
        aangemeld.setDetails(new Toegang.Aanmelding(scholen));
        return aangemeld;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
