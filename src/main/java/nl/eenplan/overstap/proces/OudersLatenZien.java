package nl.eenplan.overstap.proces;

import static nl.eenplan.overstap.proces.OverstapVariabelen.PROCES;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.util.Map;
import nl.eenplan.overstap.OverstapService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import org.springframework.stereotype.Component;

/** Task "Overstapdossier met ouders bespreken": the parents saw it first; their remarks. */
@Component
public class OudersLatenZien extends Gebruikerstaak<OudersLatenZien.Invoer> {

    public record Invoer(@AssertTrue(message = "De ouders zien het overstapdossier eerst (gezien: true).") boolean gezien,
                         @Size(max = 2000, message = "De opmerkingen zijn te lang (maximaal 2000 tekens).")
                         @Zorginhoud String opmerkingen) {
    }

    private final OverstapService overstappen;

    OudersLatenZien(OverstapService overstappen) {
        super(PROCES, "oudersLatenZien", Invoer.class);
        this.overstappen = overstappen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        overstappen.oudersGezien(taak.procesInstantieId(), invoer.opmerkingen());
        return Map.of();
    }
}
