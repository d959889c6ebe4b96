package nl.eenplan.overstap.proces;

import static nl.eenplan.overstap.proces.OverstapVariabelen.GEPLAATST;
import static nl.eenplan.overstap.proces.OverstapVariabelen.PROCES;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import nl.eenplan.overstap.OverstapService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/** Task "Plaatsing bevestigen": placed or not, for gateway "Geplaatst?". */
@Component
public class Plaatsing extends Gebruikerstaak<Plaatsing.Invoer> {

    public record Invoer(@NotNull(message = "Geef aan of de leerling is geplaatst.") Boolean geplaatst) {
    }

    private final OverstapService overstappen;

    Plaatsing(OverstapService overstappen) {
        super(PROCES, "plaatsing", Invoer.class);
        this.overstappen = overstappen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        overstappen.plaatsing(taak.procesInstantieId(), invoer.geplaatst());
        return Map.ofEntries(GEPLAATST.is(invoer.geplaatst()));
    }
}
