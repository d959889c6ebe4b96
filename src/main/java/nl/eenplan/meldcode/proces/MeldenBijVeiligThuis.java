package nl.eenplan.meldcode.proces;

import static nl.eenplan.meldcode.proces.MeldcodeVariabelen.PROCES;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import nl.eenplan.meldcode.MeldcodeService;
import nl.eenplan.meldcode.Meldingsoort;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import org.springframework.stereotype.Component;

/** User task {@code meldenBijVeiligThuis} ("Melden bij Veilig Thuis"): when, what kind; by whom is who completes it. */
@Component
public class MeldenBijVeiligThuis extends Gebruikerstaak<MeldenBijVeiligThuis.Invoer> {

    public record Invoer(
            @NotNull(message = "Vul de datum van de melding in.")
            @PastOrPresent(message = "De datum van de melding ligt in de toekomst.")
            LocalDate gemeldOp,
            @NotNull(message = "Kies MELDING of ADVIES.")
            Meldingsoort soort,
            @Size(max = 2000, message = "De toelichting is te lang (maximaal 2000 tekens).")
            @Zorginhoud String toelichting) {
    }

    private final MeldcodeService meldcodes;

    MeldenBijVeiligThuis(MeldcodeService meldcodes) {
        super(PROCES, "meldenBijVeiligThuis", Invoer.class);
        this.meldcodes = meldcodes;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        meldcodes.gemeld(taak.procesInstantieId(), invoer.gemeldOp(), invoer.soort(), invoer.toelichting(),
                Door.van(gebruiker));
        return Map.of();
    }
}
