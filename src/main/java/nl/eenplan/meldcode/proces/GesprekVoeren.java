package nl.eenplan.meldcode.proces;

import static nl.eenplan.meldcode.proces.MeldcodeVariabelen.PROCES;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import nl.eenplan.meldcode.MeldcodeService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import org.springframework.stereotype.Component;

/**
 * User task {@code gesprekVoeren} ("Stap 3: Gesprek met ouders en leerling"): the report of the talk, or why it did
 * not take place; it may be skipped only when it would endanger the safety of the pupil or someone else.
 */
@Component
public class GesprekVoeren extends Gebruikerstaak<GesprekVoeren.Invoer> {

    public record Invoer(
            @NotNull(message = "Geef aan of het gesprek met ouders en leerling is gevoerd.")
            Boolean gesprekGevoerd,
            @Size(max = 4000, message = "Het verslag is te lang (maximaal 4000 tekens).")
            @Zorginhoud String verslag,
            @Size(max = 1000, message = "De reden is te lang (maximaal 1000 tekens).")
            @Zorginhoud String redenNietGevoerd) {
    }

    private final MeldcodeService meldcodes;

    GesprekVoeren(MeldcodeService meldcodes) {
        super(PROCES, "gesprekVoeren", Invoer.class);
        this.meldcodes = meldcodes;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        meldcodes.gesprek(taak.procesInstantieId(), invoer.gesprekGevoerd(), invoer.verslag(), invoer.redenNietGevoerd(),
                Door.van(gebruiker));
        return Map.of();
    }
}
