package nl.eenplan.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs engine work as the signed-in API user, with their groups: Camunda then checks their task
 * rights, records them in history and the operation log, and delegates see who acted.
 */
@Component
public class EngineGebruiker {

    private final IdentityService identityService;

    EngineGebruiker(IdentityService identityService) {
        this.identityService = identityService;
    }

    public void voerUit(Runnable werk) {
        Authentication wie = SecurityContextHolder.getContext().getAuthentication();
        if (wie == null) {
            throw new IllegalStateException("Geen aangemelde gebruiker voor een handeling in de procesengine.");
        }
        List<String> groepen = wie.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        identityService.setAuthentication(wie.getName(), groepen);
        try {
            werk.run();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
