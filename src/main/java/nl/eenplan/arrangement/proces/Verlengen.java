package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.PROCES;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.ZORGPLICHT_VERLENGEN;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import org.springframework.stereotype.Component;

/** User task {@code verlengen} ("Zorgplicht verlengen?"): extend once, with a reason, or not.
 * Only for instances of the previous model version, which still draws the zorgplicht clock (kept so they finish on
 * their version; docs/beheer.md): the current arrangement.bpmn has no such step, the zorgplicht runs in toelating.
 */
@Component
public class Verlengen extends Gebruikerstaak<Verlengen.Invoer> {

    public record Invoer(@NotNull(message = "Geef aan of de zorgplicht wordt verlengd.") Boolean verlengen,
                      @Size(max = 500, message = "De reden is te lang (maximaal 500 tekens).")
                      @Zorginhoud String reden) {
    }

    private final ArrangementService arrangementen;

    Verlengen(ArrangementService arrangementen) {
        super(PROCES, "verlengen", Invoer.class);
        this.arrangementen = arrangementen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        arrangementen.verlenging(taak.procesInstantieId(), invoer.verlengen(), invoer.reden());
        return Map.ofEntries(ZORGPLICHT_VERLENGEN.is(invoer.verlengen()));
    }
}
