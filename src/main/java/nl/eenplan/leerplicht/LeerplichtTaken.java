package nl.eenplan.leerplicht;

import jakarta.validation.constraints.NotBlank;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.eenplan.taak.Taakafhandeling;
import nl.eenplan.web.OngeldigeInvoerException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How leerplicht's tasks in process "leerplichtEscalatie" are completed, whichever screen completes them: the
 * route of the Methodische Aanpak Schoolverzuim, and the outcome at closing. The model's next step records
 * them on the escalation and tells the school.
 */
@Configuration
class LeerplichtTaken {

    record Beoordeling(@NotBlank(message = "Kies een route.") String route) {
    }

    record Afsluiting(@NotBlank(message = "Kies een uitkomst.") String uitkomst) {
    }

    @Bean
    Taakafhandeling<Beoordeling> beoordelenAfhandeling() {
        return Taakafhandeling.voor(LeerplichtService.PROCES, Set.of("beoordelen"), Beoordeling.class, (taak, in, wie) ->
                Map.of("route", gekozen("route", in.route(), c -> MasRoute.vanCode(c).code(),
                        Arrays.stream(MasRoute.values()).map(MasRoute::code))));
    }

    @Bean
    Taakafhandeling<Afsluiting> escalatieAfsluitenAfhandeling() {
        return Taakafhandeling.voor(LeerplichtService.PROCES, Set.of("afsluiten"), Afsluiting.class, (taak, in, wie) ->
                Map.of("uitkomst", gekozen("uitkomst", in.uitkomst(), c -> Uitkomst.vanCode(c).code(),
                        Arrays.stream(Uitkomst.values()).map(Uitkomst::code))));
    }

    /** The code of what was chosen, or a refusal that lists the codes there are. */
    private static String gekozen(String veld, String code, UnaryOperator<String> bekend,
                                  Stream<String> codes) {
        try {
            return bekend.apply(code.trim());
        } catch (IllegalArgumentException e) {
            throw new OngeldigeInvoerException(veld, "Onbekende " + veld + " '" + code + "'. Kies uit: "
                    + codes.collect(Collectors.joining(", ")) + ".");
        }
    }
}
