package nl.eenplan.aanmelding.proces;

import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.EVALUATIE_UITKOMST;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.PROCES;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/**
 * User task {@code evalueren} ("Basisondersteuning evalueren"): goals reached, go on for another period, or scale
 * up (gateway "Uitkomst evaluatie?").
 */
@Component
public class Evalueren extends Gebruikerstaak<Evalueren.Invoer> {

    public record Invoer(@NotNull(message = "Kies de uitkomst: doelBehaald, doorgaan of opschalen.") Uitkomst uitkomst) {
    }

    public enum Uitkomst { doelBehaald, doorgaan, opschalen }

    Evalueren() {
        super(PROCES, "evalueren", Invoer.class);
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        return Map.ofEntries(EVALUATIE_UITKOMST.is(invoer.uitkomst().name()));
    }
}
