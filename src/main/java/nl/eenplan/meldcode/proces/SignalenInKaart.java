package nl.eenplan.meldcode.proces;

import static nl.eenplan.meldcode.proces.MeldcodeVariabelen.PROCES;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import nl.eenplan.meldcode.MeldcodeService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import org.springframework.stereotype.Component;

/** User task {@code signalenInKaart} ("Stap 1: Signalen in kaart brengen"): the signals go into the dossier. */
@Component
public class SignalenInKaart extends Gebruikerstaak<SignalenInKaart.Invoer> {

    public record Invoer(
            @NotBlank(message = "Beschrijf de signalen: wat zag of hoorde je, wanneer, van wie?")
            @Size(max = 4000, message = "De signalen zijn te lang (maximaal 4000 tekens).")
            @Zorginhoud String signalen) {
    }

    private final MeldcodeService meldcodes;

    SignalenInKaart(MeldcodeService meldcodes) {
        super(PROCES, "signalenInKaart", Invoer.class);
        this.meldcodes = meldcodes;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        meldcodes.signalen(taak.procesInstantieId(), invoer.signalen(), Door.van(gebruiker));
        return Map.of();
    }
}
