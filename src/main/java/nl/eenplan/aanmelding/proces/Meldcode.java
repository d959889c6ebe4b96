package nl.eenplan.aanmelding.proces;

import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.MELDCODE_BESLUIT;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.PROCES;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.STAP1_SIGNALEN_IN_KAART;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.STAP2_COLLEGIAAL_ADVIES;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.STAP3_GESPREK_GEVOERD;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.STAP4_GEWOGEN;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/** User task {@code meldcode} ("Meldcode doorlopen"): all five steps done, and the decision. */
@Component
public class Meldcode extends Gebruikerstaak<Meldcode.Invoer> {

    public record Invoer(
            @AssertTrue(message = "Doorloop alle stappen van de meldcode voor je afrondt.")
            boolean stappenDoorlopen,
            @NotNull(message = "Kies het besluit: melden, hulp of geenZorgen.")
            Besluit besluit) {
    }

    public enum Besluit { melden, hulp, geenZorgen }

    Meldcode() {
        super(PROCES, "meldcode", Invoer.class);
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        return Map.ofEntries(STAP1_SIGNALEN_IN_KAART.is(true), STAP2_COLLEGIAAL_ADVIES.is(true),
                STAP3_GESPREK_GEVOERD.is(true), STAP4_GEWOGEN.is(true), MELDCODE_BESLUIT.is(invoer.besluit().name()));
    }
}
