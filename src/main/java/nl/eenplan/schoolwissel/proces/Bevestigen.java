package nl.eenplan.schoolwissel.proces;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import nl.eenplan.modelcontrole.Procesvariabelen;
import nl.eenplan.schoolwissel.SchoolwisselService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.web.OngeldigeInvoerException;
import org.springframework.stereotype.Component;

/**
 * User task {@code bevestigen} ("Overstap naar ... bevestigen") of process schoolwisselBevestigen: the old school's
 * zorgcoördinator confirms that this is its pupil and that the pupil leaves (then the plan moves and the dossier closes
 * read-only), or refuses with a reason (nothing moves; the new school hears why).
 */
@Component("schoolwisselBevestigen")
public class Bevestigen extends Gebruikerstaak<Bevestigen.Invoer> {

    public enum Antwoord { BEVESTIGD, GEWEIGERD }

    public record Invoer(
            @NotNull(message = "Kies: BEVESTIGD (onze leerling gaat naar die school) of GEWEIGERD.") Antwoord antwoord,
            @Size(max = 500, message = "De reden is te lang (maximaal 500 tekens).") String reden) {
    }

    private final SchoolwisselService wissels;

    Bevestigen(SchoolwisselService wissels) {
        super(Schoolwisselproces.BEVESTIGEN, Schoolwisselproces.BEVESTIGEN_TAAK, Invoer.class);
        this.wissels = wissels;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        long id = ((Number) taak.variabele(Schoolwisselproces.SCHOOLWISSEL)).longValue();
        if (invoer.antwoord() == Antwoord.GEWEIGERD) {
            if (invoer.reden() == null || invoer.reden().isBlank()) {
                throw new OngeldigeInvoerException("reden", "Geef de reden, bijvoorbeeld \"niet onze leerling\" of "
                        + "\"leerling blijft bij ons\": de nieuwe school krijgt haar te horen.");
            }
            wissels.weiger(id, invoer.reden().strip(), gebruiker);
        } else {
            wissels.bevestig(id, gebruiker);
        }
        return Map.of(Procesvariabelen.SCHOOLWISSEL_ANTWOORD, invoer.antwoord().name());
    }
}
