package nl.eenplan.leerplicht.proces;

import static nl.eenplan.leerplicht.proces.LeerplichtVariabelen.PROCES;
import static nl.eenplan.leerplicht.proces.LeerplichtVariabelen.UITKOMST;

import jakarta.validation.constraints.NotBlank;
import java.util.Arrays;
import java.util.Map;
import nl.eenplan.leerplicht.Uitkomst;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/**
 * User task {@code afsluiten} ("Escalatie afsluiten"): leerplicht records the outcome; the model's next step
 * (SluitLeerplichtEscalatieAf) records it on the escalation and tells the school.
 */
@Component
public class Afsluiten extends Gebruikerstaak<Afsluiten.Invoer> {

    static final String TAAK = "afsluiten";

    public record Invoer(@NotBlank(message = "Kies een uitkomst.") String uitkomst) {
    }

    Afsluiten() {
        super(PROCES, TAAK, Invoer.class);
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        return Map.ofEntries(UITKOMST.is(Keuze.gekozen("uitkomst", invoer.uitkomst(), c -> Uitkomst.vanCode(c).code(),
                Arrays.stream(Uitkomst.values()).map(Uitkomst::code))));
    }
}
