package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.OUDERS_GEINFORMEERD;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.PROCES;

import java.util.Map;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/** User task {@code oudersInformeren} ("Ouders schriftelijk informeren over verlenging").
 * Only for instances of the previous model version, which still draws the zorgplicht clock (kept so they finish on
 * their version; docs/beheer.md): the current arrangement.bpmn has no such step, the zorgplicht runs in toelating.
 */
@Component
public class OudersInformeren extends Gebruikerstaak<OudersInformeren.Invoer> {

    public record Invoer(@jakarta.validation.constraints.AssertTrue(message = "Rond de taak af als het gedaan is (gedaan: true).")
                  boolean gedaan) {
    }

    OudersInformeren() {
        super(PROCES, "oudersInformeren", Invoer.class);
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        return Map.ofEntries(OUDERS_GEINFORMEERD.is(true));
    }
}
