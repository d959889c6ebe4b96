package nl.eenplan.toelating.proces;

import static nl.eenplan.toelating.proces.ToelatingVariabelen.BESLISTERMIJN_VERLENGEN;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.PROCES;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import nl.eenplan.toelating.ToelatingService;
import org.springframework.stereotype.Component;

/**
 * User task {@code verlengen} ("Beslistermijn verlengen?"): once, by 4 weeks, with the reason and the day the parents got
 * the letter; or not. Only before the 6 weeks end (its boundary timer).
 */
@Component("toelatingVerlengen")
public class Verlengen extends Gebruikerstaak<Verlengen.Invoer> {

    public record Invoer(
            @NotNull(message = "Geef aan of de beslistermijn wordt verlengd.") Boolean verlengen,
            @Size(max = 500, message = "De reden is te lang (maximaal 500 tekens).") @Zorginhoud String reden,
            LocalDate briefOudersOp) {
    }

    static final String TAAK = "verlengen";

    private final ToelatingService toelatingen;

    Verlengen(ToelatingService toelatingen) {
        super(PROCES, TAAK, Invoer.class);
        this.toelatingen = toelatingen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        if (invoer.verlengen()) {
            toelatingen.verlenging(taak.procesInstantieId(), invoer.reden(), invoer.briefOudersOp());
        }
        return Map.ofEntries(BESLISTERMIJN_VERLENGEN.is(invoer.verlengen()));
    }
}
