package nl.eenplan.mdo.proces;

import static nl.eenplan.mdo.proces.MdoVariabelen.GROEIDOCUMENT_BIJGEWERKT;
import static nl.eenplan.mdo.proces.MdoVariabelen.PROCES;

import jakarta.validation.constraints.AssertTrue;
import java.util.Map;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/** User task {@code groeidocument} ("Groeidocument bijwerken"): the mentor says it is done. */
@Component
public class Groeidocument extends Gebruikerstaak<Groeidocument.Invoer> {

    public record Invoer(@AssertTrue(message = "Rond de taak af als het gedaan is (gedaan: true).") boolean gedaan) {
    }

    Groeidocument() {
        super(PROCES, "groeidocument", Invoer.class);
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        return Map.ofEntries(GROEIDOCUMENT_BIJGEWERKT.is(true));
    }
}
