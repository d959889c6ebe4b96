package nl.eenplan.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs engine work as the signed-in API user, with their groups: Camunda then checks their task
 * rights and tenants, records them in history and the operation log, and delegates see who acted.
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
        if (Gezinslid.is(wie)) {
            // The family never works in the engine (issue #24): its answers are plain service calls, correlated to a
            // waiting step by EenPlan's own code. A family login reaching here is a door left open: refuse.
            throw new org.springframework.security.access.AccessDeniedException(
                    "Ouders en leerlingen werken niet in de procesengine.");
        }
        List<String> groepen = wie.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        Toegang.Zicht zicht = Toegang.zicht(wie);
        // Camunda's tenant check then limits the user to the process instances of their schools;
        // administrators are Camunda admins, whom the check lets through.
        identityService.setAuthentication(wie.getName(), groepen, List.copyOf(zicht.scholen()));
        try {
            werk.run();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
