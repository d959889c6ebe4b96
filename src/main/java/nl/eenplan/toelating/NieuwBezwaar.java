package nl.eenplan.toelating;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The parents' objection (openbare school) or request for herziening (bijzondere school) against a refusal, registered
 * by the school for the board: who sent it, the day it came in, and, if it came by post, the day it was posted (Awb
 * art. 6:9 lid 2).
 */
public record NieuwBezwaar(
        @NotNull(message = "Kies wie het bezwaar of verzoek indiende: OUDERS.") Indiener ingediendDoor,
        @NotNull(message = "Vul de datum in waarop het bezwaar of verzoek binnenkwam.") LocalDate ontvangenOp,
        LocalDate perPostVerzondenOp) {

    /** Only the parents contest the decision about their child; the school or another party does not. */
    public enum Indiener { OUDERS, SCHOOL, ANDERS }
}
