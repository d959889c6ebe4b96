package nl.eenplan.verzuim;

import jakarta.validation.constraints.NotNull;
import java.util.Set;
import nl.eenplan.taak.Taakafhandeling;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How task "Verzuimmelding versturen" of process "verzuim" is completed, whichever screen completes it: the
 * school sends the report (it must be complete) or withdraws the draft (with a reason).
 */
@Configuration
class VerzuimTaken {

    record Melden(@NotNull(message = "Kies versturen of intrekken.") VerzuimService.Besluit besluit,
                  /** Withdrawing a draft: geoorloofd, registratiefout, vrijstelling or anders. */
                  String intrekReden) {
    }

    @Bean
    Taakafhandeling<Melden> meldenAfhandeling(VerzuimService verzuim) {
        return Taakafhandeling.voor(VerzuimService.PROCES, Set.of(VerzuimService.TAAK), Melden.class, verzuim::melden);
    }
}
