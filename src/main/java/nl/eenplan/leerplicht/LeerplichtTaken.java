package nl.eenplan.leerplicht;

import jakarta.validation.constraints.NotBlank;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
        return Taakafhandeling.voor(LeerplichtService.PROCES, Set.of("beoordelen"), Beoordeling.class, (taak, in, wie) -> {
            try {
                return Map.of("route", MasRoute.vanCode(in.route().trim()).code());
            } catch (IllegalArgumentException e) {
                throw new OngeldigeInvoerException("route", "Onbekende route '" + in.route() + "'. Kies uit: "
                        + Arrays.stream(MasRoute.values()).map(MasRoute::code).collect(Collectors.joining(", ")) + ".");
            }
        });
    }

    @Bean
    Taakafhandeling<Afsluiting> escalatieAfsluitenAfhandeling() {
        return Taakafhandeling.voor(LeerplichtService.PROCES, Set.of("afsluiten"), Afsluiting.class, (taak, in, wie) -> {
            try {
                return Map.of("uitkomst", Uitkomst.vanCode(in.uitkomst().trim()).code());
            } catch (IllegalArgumentException e) {
                throw new OngeldigeInvoerException("uitkomst", "Onbekende uitkomst '" + in.uitkomst() + "'. Kies uit: "
                        + Arrays.stream(Uitkomst.values()).map(Uitkomst::code).collect(Collectors.joining(", ")) + ".");
            }
        });
    }
}
