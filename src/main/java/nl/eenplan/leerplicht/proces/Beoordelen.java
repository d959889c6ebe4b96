package nl.eenplan.leerplicht.proces;

import static nl.eenplan.leerplicht.proces.LeerplichtVariabelen.PROCES;
import static nl.eenplan.leerplicht.proces.LeerplichtVariabelen.ROUTE;

import jakarta.validation.constraints.NotBlank;
import java.util.Arrays;
import java.util.Map;
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

    Beoordelen() {
        super(PROCES, TAAK, Invoer.class);
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        return Map.ofEntries(ROUTE.is(Keuze.gekozen("route", invoer.route(), c -> MasRoute.vanCode(c).code(),
                Arrays.stream(MasRoute.values()).map(MasRoute::code))));
    }
}
