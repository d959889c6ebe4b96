package nl.eenplan.toelating;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The Geschillencommissie passend onderwijs's oordeel (WPO art. 43 lid 3): gegrond or ongegrond, and its day. */
public record OordeelGeschillencommissie(
        @NotNull(message = "Kies het oordeel van de Geschillencommissie: GEGROND of ONGEGROND.") Toelating.Oordeel oordeel,
        @NotNull(message = "Vul de datum van het oordeel van de Geschillencommissie in.") LocalDate oordeelOp) {
}
