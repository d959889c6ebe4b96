package nl.eenplan.toelating;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The parents took the refusal to the Geschillencommissie passend onderwijs (WPO art. 43), as the school records it for
 * the board: the day they did.
 */
public record NaarGeschillencommissie(
        @NotNull(message = "Vul de datum in waarop de ouders het geschil aan de Geschillencommissie voorlegden.")
        LocalDate voorgelegdOp) {
}
