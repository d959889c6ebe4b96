package nl.eenplan.meldcode.proces;

import static nl.eenplan.meldcode.proces.MeldcodeVariabelen.PROCES;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import nl.eenplan.meldcode.AdviesVan;
import nl.eenplan.meldcode.MeldcodeService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import org.springframework.stereotype.Component;

/** User task {@code adviesVragen} ("Stap 2: Collegiale consultatie en advies van Veilig Thuis"). */
@Component
public class AdviesVragen extends Gebruikerstaak<AdviesVragen.Invoer> {

    public record Invoer(
            @NotNull(message = "Kies bij wie je advies vroeg: COLLEGA, VEILIG_THUIS of COLLEGA_EN_VEILIG_THUIS.")
            AdviesVan adviesVan,
            @NotBlank(message = "Schrijf het advies op.")
            @Size(max = 4000, message = "Het advies is te lang (maximaal 4000 tekens).")
            @Zorginhoud String advies) {
    }

    private final MeldcodeService meldcodes;

    AdviesVragen(MeldcodeService meldcodes) {
        super(PROCES, "adviesVragen", Invoer.class);
        this.meldcodes = meldcodes;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        meldcodes.advies(taak.procesInstantieId(), invoer.adviesVan(), invoer.advies(), Door.van(gebruiker));
        return Map.of();
    }
}
