package nl.eenplan.leerplicht.proces;

import static nl.eenplan.leerplicht.proces.LeerplichtVariabelen.PROCES;
import static nl.eenplan.leerplicht.proces.LeerplichtVariabelen.ROUTE;

import jakarta.validation.constraints.NotBlank;
import java.util.Arrays;
import java.util.Map;
import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.leerplicht.MasRoute;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/**
 * User task {@code beoordelen} ("Escalatie beoordelen"): leerplicht chooses a route of the Methodische Aanpak
 * Schoolverzuim; the model's next step (VerwerkLeerplichtBeoordeling) records it and tells the school.
 */
@Component
public class Beoordelen extends Gebruikerstaak<Beoordelen.Invoer> {

    static final String TAAK = "beoordelen";

    public record Invoer(@NotBlank(message = "Kies een route.") String route) {
    }

    private final LeerplichtService leerplicht;

    Beoordelen(LeerplichtService leerplicht) {
        super(PROCES, TAAK, Invoer.class);
        this.leerplicht = leerplicht;
    }

    /** Every door (EenPlan's task API, Tasklist, /engine-rest) passes here: Halt and proces-verbaal only from 12. */
    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        String route = Keuze.gekozen("route", invoer.route(), c -> MasRoute.vanCode(c).code(),
                Arrays.stream(MasRoute.values()).map(MasRoute::code));
        leerplicht.controleerRoute(taak.procesInstantieId(), MasRoute.vanCode(route));
        return Map.ofEntries(ROUTE.is(route));
    }
}
