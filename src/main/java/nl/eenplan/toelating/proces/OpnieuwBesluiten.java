package nl.eenplan.toelating.proces;

import static nl.eenplan.toelating.proces.ToelatingVariabelen.PROCES;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.TOELATINGSBESLUIT;

import java.util.Map;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.toelating.ToelatingService;
import org.springframework.stereotype.Component;

/** User task {@code opnieuwBesluiten}: after a gegrond objection the board decides again, as task besluiten. */
@Component("toelatingOpnieuwBesluiten")
public class OpnieuwBesluiten extends Gebruikerstaak<Besluiten.Invoer> {

    private final ToelatingService toelatingen;

    OpnieuwBesluiten(ToelatingService toelatingen) {
        super(PROCES, "opnieuwBesluiten", Besluiten.Invoer.class);
        this.toelatingen = toelatingen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Besluiten.Invoer invoer, String gebruiker) {
        toelatingen.besluit(taak.procesInstantieId(), invoer.besluit(), invoer.plaatsElders(), invoer.reden());
        return Map.ofEntries(TOELATINGSBESLUIT.is(invoer.besluit().name()));
    }
}
