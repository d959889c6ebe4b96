package nl.eenplan.meldcode.proces;

import static nl.eenplan.meldcode.proces.MeldcodeVariabelen.PROCES;
import static nl.eenplan.meldcode.proces.MeldcodeVariabelen.VERMOEDEN;

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
 * User task {@code wegen} ("Stap 4: Wegen met het afwegingskader"): afwegingsvraag 1 (a vermoeden?) and 2 (acute or
 * structurele onveiligheid?), and the weighing in words. The process hears only whether a vermoeden remains; acute and
 * structural unsafety stay in the dossier, where step 5 reads them (meldcode.Afwegingskader).
 */
@Component
public class Wegen extends Gebruikerstaak<Wegen.Invoer> {

    public record Invoer(
            @NotNull(message = "Geef aan of er een vermoeden van huiselijk geweld of kindermishandeling is.")
            Boolean vermoeden,
            @NotNull(message = "Geef aan of er sprake is van acute onveiligheid.")
            Boolean acuteOnveiligheid,
            @NotNull(message = "Geef aan of er sprake is van structurele onveiligheid.")
            Boolean structureleOnveiligheid,
            @NotBlank(message = "Beschrijf je weging van het risico, de aard en de ernst.")
            @Size(max = 4000, message = "De weging is te lang (maximaal 4000 tekens).")
            @Zorginhoud String weging) {
    }

    private final MeldcodeService meldcodes;

    Wegen(MeldcodeService meldcodes) {
        super(PROCES, "wegen", Invoer.class);
        this.meldcodes = meldcodes;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        meldcodes.gewogen(taak.procesInstantieId(), invoer.vermoeden(), invoer.acuteOnveiligheid(),
                invoer.structureleOnveiligheid(), invoer.weging(), Door.van(gebruiker));
        return Map.ofEntries(VERMOEDEN.is(invoer.vermoeden()));
    }
}
