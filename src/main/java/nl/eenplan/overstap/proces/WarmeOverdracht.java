package nl.eenplan.overstap.proces;

import static nl.eenplan.overstap.proces.OverstapVariabelen.PROCES;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import nl.eenplan.overstap.OverstapService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import org.springframework.stereotype.Component;

/** Task "Warme overdracht met de ontvangende school": the report of the conversation. */
@Component
public class WarmeOverdracht extends Gebruikerstaak<WarmeOverdracht.Invoer> {

    public record Invoer(@NotBlank(message = "Vul het verslag van de warme overdracht in.")
                         @Size(max = 4000, message = "Het verslag is te lang (maximaal 4000 tekens).")
                         @Zorginhoud String verslag) {
    }

    private final OverstapService overstappen;

    WarmeOverdracht(OverstapService overstappen) {
        super(PROCES, "warmeOverdracht", Invoer.class);
        this.overstappen = overstappen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        overstappen.overdracht(taak.procesInstantieId(), invoer.verslag());
        return Map.of();
    }
}
