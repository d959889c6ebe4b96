package nl.eenplan.overstap.proces;

import static nl.eenplan.overstap.proces.OverstapVariabelen.INGESCHREVEN;
import static nl.eenplan.overstap.proces.OverstapVariabelen.PROCES;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import nl.eenplan.overstap.OverstapService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/** Task "Inschrijving en aanwezigheid bevestigen" (after 1 October): both, for gateway "Ingeschreven en aanwezig?". */
@Component
public class Controle extends Gebruikerstaak<Controle.Invoer> {

    public record Invoer(@NotNull(message = "Geef aan of de leerling is ingeschreven.") Boolean ingeschreven,
                         @NotNull(message = "Geef aan of de leerling op school komt.") Boolean aanwezig) {
    }

    private final OverstapService overstappen;

    Controle(OverstapService overstappen) {
        super(PROCES, "controle", Invoer.class);
        this.overstappen = overstappen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        boolean ingeschreven = overstappen.controle(taak.procesInstantieId(), invoer.ingeschreven() && invoer.aanwezig());
        return Map.ofEntries(INGESCHREVEN.is(ingeschreven));
    }
}
