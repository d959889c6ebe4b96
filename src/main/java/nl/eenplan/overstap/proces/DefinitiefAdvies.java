package nl.eenplan.overstap.proces;

import static nl.eenplan.overstap.proces.OverstapVariabelen.PROCES;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import nl.eenplan.overstap.OverstapService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/** Task "Definitief schooladvies geven" (po→vo, by 24 March): the advice goes into the overstapdossier. */
@Component
public class DefinitiefAdvies extends Gebruikerstaak<DefinitiefAdvies.Invoer> {

    public record Invoer(@NotBlank(message = "Vul het schooladvies in (bijvoorbeeld havo/vwo).")
                         @Size(max = 50, message = "Het advies is te lang (maximaal 50 tekens).") String advies) {
    }

    private final OverstapService overstappen;

    DefinitiefAdvies(OverstapService overstappen) {
        super(PROCES, "definitiefAdvies", Invoer.class);
        this.overstappen = overstappen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        overstappen.advies(taak.procesInstantieId(), true, invoer.advies());
        return Map.of();
    }
}
