package nl.eenplan.meldcode.proces;

import static nl.eenplan.meldcode.proces.MeldcodeVariabelen.PROCES;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import nl.eenplan.meldcode.MeldcodeService;
import nl.eenplan.meldcode.VervolgVeiligThuis;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import org.springframework.stereotype.Component;

/** User task {@code terugkoppelingVastleggen} ("Terugkoppeling van Veilig Thuis vastleggen"). */
@Component
public class TerugkoppelingVastleggen extends Gebruikerstaak<TerugkoppelingVastleggen.Invoer> {

    public record Invoer(
            @NotNull(message = "Vul de datum van de terugkoppeling in.")
            @PastOrPresent(message = "De datum van de terugkoppeling ligt in de toekomst.")
            LocalDate terugkoppelingOp,
            @NotNull(message = "Kies wat Veilig Thuis doet.")
            VervolgVeiligThuis vervolg,
            @NotBlank(message = "Schrijf de terugkoppeling van Veilig Thuis op.")
            @Size(max = 4000, message = "De terugkoppeling is te lang (maximaal 4000 tekens).")
            @Zorginhoud String terugkoppeling) {
    }

    private final MeldcodeService meldcodes;

    TerugkoppelingVastleggen(MeldcodeService meldcodes) {
        super(PROCES, "terugkoppelingVastleggen", Invoer.class);
        this.meldcodes = meldcodes;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        meldcodes.terugkoppeling(taak.procesInstantieId(), invoer.terugkoppelingOp(), invoer.vervolg(),
                invoer.terugkoppeling(), Door.van(gebruiker));
        return Map.of();
    }
}
