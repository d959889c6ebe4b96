package nl.eenplan.aanmelding.proces;

import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.PROCES;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.gegeven;

import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.eenplan.dossier.Toestemming;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/**
 * User task {@code toestemmingVragen} ("Toestemming vragen"): the scopes for which those who decide at this age
 * gave consent (may be none), one yes/no per scope for step toestemmingVastleggen, which records them.
 */
@Component
public class ToestemmingVragen extends Gebruikerstaak<ToestemmingVragen.Invoer> {

    public record Invoer(
            @NotNull(message = "Geef de scopes waarvoor toestemming is gegeven (een lege lijst als er geen is).")
            Set<Toestemming.Scope> gegeven) {
    }

    ToestemmingVragen() {
        super(PROCES, "toestemmingVragen", Invoer.class);
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        Map<String, Object> variabelen = new HashMap<>();
        for (Toestemming.Scope scope : Toestemming.Scope.values()) {
            variabelen.put(gegeven(scope).naam(), invoer.gegeven().contains(scope));
        }
        return variabelen;
    }
}
