package nl.eenplan.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * What a Camunda user may do and see, however they signed in (a password, or their organisation's identity provider):
 * each Camunda group becomes an authority with the group id, and the schools (tenants) they belong to, directly or
 * through a group, limit the pupils they see ({@link Toegang}).
 */
@Component
class Gebruikersrechten {

    private final IdentityService identityService;

    Gebruikersrechten(IdentityService identityService) {
        this.identityService = identityService;
    }

    List<GrantedAuthority> groepen(String gebruiker) {
        return identityService.createGroupQuery().groupMember(gebruiker).list().stream()
                .<GrantedAuthority>map(g -> new SimpleGrantedAuthority(g.getId())).toList();
    }

    Set<String> scholen(String gebruiker) {
        return identityService.createTenantQuery().userMember(gebruiker).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId).collect(Collectors.toUnmodifiableSet());
    }
}
