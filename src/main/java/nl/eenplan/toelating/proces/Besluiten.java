package nl.eenplan.toelating.proces;

import static nl.eenplan.toelating.proces.ToelatingVariabelen.PROCES;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.TOELATINGSBESLUIT;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import nl.eenplan.toelating.Toelating;
import nl.eenplan.toelating.ToelatingService;
import org.springframework.stereotype.Component;

/**
 * User task {@code besluiten} ("Besluiten over toelating"): the board admits the pupil here, offers a place at another
 * school (named by BRIN), or refuses with a reason. Ends the zorgplicht's clock, also after a temporary enrolment.
 */
@Component("toelatingBesluiten")
public class Besluiten extends Gebruikerstaak<Besluiten.Invoer> {

    public record Invoer(
            @NotNull(message = "Kies het besluit: TOEGELATEN, PLAATS_ELDERS of GEWEIGERD.") Toelating.Status besluit,
            @Size(max = 6, message = "Een BRIN-nummer is hoogstens 6 tekens (bijv. 12AB00).") String plaatsElders,
            @Size(max = 500, message = "De reden is te lang (maximaal 500 tekens).") @Zorginhoud String reden) {
    }

    static final String TAAK = "besluiten";

    private final ToelatingService toelatingen;

    Besluiten(ToelatingService toelatingen) {
        super(PROCES, TAAK, Invoer.class);
        this.toelatingen = toelatingen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        toelatingen.besluit(taak.procesInstantieId(), invoer.besluit(), invoer.plaatsElders(), invoer.reden());
        return Map.ofEntries(TOELATINGSBESLUIT.is(invoer.besluit().name()));
    }
}
