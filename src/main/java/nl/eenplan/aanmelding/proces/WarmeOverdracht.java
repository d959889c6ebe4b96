package nl.eenplan.aanmelding.proces;

import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.OVERDRACHT_GEDAAN;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.PROCES;

import jakarta.validation.constraints.AssertTrue;
import java.util.Map;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/** User task {@code warmeOverdracht} ("Warme overdracht naar jeugdhulp"), for jeugdhulp: done when it is done. */
@Component
public class WarmeOverdracht extends Gebruikerstaak<WarmeOverdracht.Invoer> {

    public record Invoer(@AssertTrue(message = "Rond de taak af als het gedaan is (gedaan: true).") boolean gedaan) {
    }

    WarmeOverdracht() {
        super(PROCES, "warmeOverdracht", Invoer.class);
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        return Map.ofEntries(OVERDRACHT_GEDAAN.is(true));
    }
}
