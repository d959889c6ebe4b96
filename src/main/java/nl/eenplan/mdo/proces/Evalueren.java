package nl.eenplan.mdo.proces;

import static nl.eenplan.mdo.proces.MdoVariabelen.MDO_UITKOMST;
import static nl.eenplan.mdo.proces.MdoVariabelen.PROCES;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import nl.eenplan.mdo.Uitkomst;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/**
 * User task {@code evalueren} ("Evaluatie-MDO houden"): go on (a new cycle), close, or on to an arrangement; step
 * besluitVastleggen records it on the MDO.
 */
@Component
public class Evalueren extends Gebruikerstaak<Evalueren.Invoer> {

    public record Invoer(@NotNull(message = "Kies DOORGAAN, AFSLUITEN of ARRANGEMENT.") Uitkomst uitkomst) {
    }

    Evalueren() {
        super(PROCES, "evalueren", Invoer.class);
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        return Map.ofEntries(MDO_UITKOMST.is(invoer.uitkomst().name()));
    }
}
