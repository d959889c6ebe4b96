package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.PROCES;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.ZORG_BESLUIT;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.arrangement.Besluit;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import org.springframework.stereotype.Component;

/** User task {@code besluitZorg} ("Besluit zorgdeel (gemeente)") of arrangement versions before process jeugdhulpbesluit (their running instances finish on it): only with consent for jeugdhulp. */
@Component
public class BesluitZorg extends Gebruikerstaak<BesluitZorg.Invoer> {

    public record Invoer(@NotNull(message = "Kies TOEGEKEND of AFGEWEZEN.") Besluit besluit,
                          @Size(max = 2000, message = "De toelichting is te lang (maximaal 2000 tekens).")
                          @Zorginhoud String toelichting) {
    }

    private final ArrangementService arrangementen;

    BesluitZorg(ArrangementService arrangementen) {
        super(PROCES, "besluitZorg", Invoer.class);
        this.arrangementen = arrangementen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        arrangementen.besluit(taak.procesInstantieId(), taak.dossierNummer(), ArrangementService.ZORG, invoer.toelichting());
        return Map.ofEntries(ZORG_BESLUIT.is(invoer.besluit().name()));
    }
}
