package nl.eenplan.toelating.proces;

import static nl.eenplan.toelating.proces.ToelatingVariabelen.BEZWAAR_UITKOMST;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.PROCES;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import nl.eenplan.toelating.Toelating;
import nl.eenplan.toelating.ToelatingService;
import org.springframework.stereotype.Component;

/**
 * User task {@code bezwaarBeslissen} ("Beslissen op bezwaar of herziening", form bezwaarBehandelen): gegrond (task
 * opnieuwBesluiten), ongegrond or withdrawn. Due on the board's term (Bezwaarregel). After a Geschillencommissie's
 * oordeel the toelichting says what the board does with it (ToelatingService.bezwaarBeslist).
 */
@Component("toelatingBezwaarBeslissen")
public class BezwaarBeslissen extends Gebruikerstaak<BezwaarBeslissen.Invoer> {

    public record Invoer(@NotNull(message = "Kies GEGROND, ONGEGROND of INGETROKKEN.") Toelating.Bezwaaruitkomst uitkomst,
                         @Size(max = 2000, message = "De toelichting is te lang (maximaal 2000 tekens).")
                         @Zorginhoud String toelichting) {
    }

    private final ToelatingService toelatingen;

    BezwaarBeslissen(ToelatingService toelatingen) {
        super(PROCES, "bezwaarBeslissen", Invoer.class);
        this.toelatingen = toelatingen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        toelatingen.bezwaarBeslist(taak.procesInstantieId(), invoer.uitkomst(), invoer.toelichting());
        return Map.ofEntries(BEZWAAR_UITKOMST.is(invoer.uitkomst().name()));
    }
}
