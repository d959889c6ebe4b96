package nl.eenplan.meldcode.proces;

import static nl.eenplan.meldcode.proces.MeldcodeVariabelen.HULP;
import static nl.eenplan.meldcode.proces.MeldcodeVariabelen.MELDCODE_BESLUIT;
import static nl.eenplan.meldcode.proces.MeldcodeVariabelen.MELDEN;
import static nl.eenplan.meldcode.proces.MeldcodeVariabelen.PROCES;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import nl.eenplan.meldcode.MeldcodeService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import org.springframework.stereotype.Component;

/**
 * User task {@code beslissen} ("Stap 5: Beslissen"), whichever door completes it: the two questions of the
 * afwegingskader. "Niet melden" is refused, per field, when step 4 found acute or structural unsafety, or when help is
 * not possible (meldcode.Afwegingskader).
 */
@Component
public class Beslissen extends Gebruikerstaak<Beslissen.Invoer> {

    public record Invoer(
            @NotNull(message = "Beantwoord vraag 1: is melden bij Veilig Thuis noodzakelijk?")
            Boolean meldenNoodzakelijk,
            @NotNull(message = "Beantwoord vraag 2: is hulp bieden of organiseren (ook) mogelijk?")
            Boolean hulpMogelijk,
            @NotBlank(message = "Licht het besluit toe.")
            @Size(max = 2000, message = "De toelichting is te lang (maximaal 2000 tekens).")
            @Zorginhoud String toelichting) {
    }

    private final MeldcodeService meldcodes;

    Beslissen(MeldcodeService meldcodes) {
        super(PROCES, "beslissen", Invoer.class);
        this.meldcodes = meldcodes;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        meldcodes.besloten(taak.procesInstantieId(), invoer.meldenNoodzakelijk(), invoer.hulpMogelijk(),
                invoer.toelichting(), Door.van(gebruiker));
        return Map.ofEntries(MELDCODE_BESLUIT.is(invoer.meldenNoodzakelijk() ? MELDEN : HULP));
    }
}
