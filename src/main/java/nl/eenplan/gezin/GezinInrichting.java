package nl.eenplan.gezin;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Refuses to run with the demo family's accounts outside profile demo, as security.IdentiteitInrichting refuses user
 * {@code demo}: their password is known to everyone.
 */
@Component
class GezinInrichting {

    private final Gezinsregister register;

    GezinInrichting(Gezinsregister register) {
        this.register = register;
    }

    @EventListener(ApplicationReadyEvent.class)
    void controleer(ApplicationReadyEvent event) {
        controleer(event.getApplicationContext().getEnvironment().matchesProfiles("demo"));
    }

    void controleer(boolean demo) {
        if (!demo && register.demoAccounts() > 0) {
            throw new IllegalStateException("Deze database heeft de demo-accounts van het gezin (ouder, ouder2, leerling; "
                    + "wachtwoord 'demo'), maar het profiel 'demo' staat uit. Verwijder de rijen met issuer_alias 'demo' "
                    + "uit gezinsaccount.");
        }
    }
}
