package nl.eenplan.arrangement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.eenplan.dossier.Doel;

/**
 * Input of the arrangement's API and the parts task input shares (a goal's score, its outcome, an opinion); each
 * task's own input is the record {@code Invoer} of its handler in {@code proces}.
 */
public final class Invoer {

    private Invoer() {
    }

    public record Advies(
            @NotBlank(message = "Wie gaf het advies?") @Size(max = 200, message = "De naam is te lang.") String door,
            @NotBlank(message = "Vul het advies in.") @Size(max = 4000, message = "Het advies is te lang.") String advies) {
    }

    public record Score(@NotNull(message = "Geef het id van het doel.") Long doel,
                 @NotNull(message = "Kies BEHAALD, DEELS of NIET.") DoelScore.Score score) {
    }

    public record Uitkomst(@NotNull(message = "Geef het id van het doel.") Long doel,
                    @NotNull(message = "Kies BEHAALD, DEELS_BEHAALD of NIET_BEHAALD.") Doel.Status uitkomst) {
    }

    /**
     * The parents' objection as the school registers it: against which part, the day it was received (Awb art. 6:9),
     * for one sent by post the day it was posted (art. 6:9 lid 2), and from whom: the parents (belanghebbenden).
     */
    public record Bezwaar(@NotNull(message = "Kies het deel: ONDERWIJS of ZORG.") Deel deel,
                   @NotNull(message = "Vul de datum in waarop het bezwaarschrift binnenkwam.") java.time.LocalDate ontvangenOp,
                   java.time.LocalDate perPostVerzondenOp,
                   @NotNull(message = "Kies van wie het bezwaar komt: OUDERS.") Indiener ingediendDoor,
                   @Size(max = 2000, message = "De toelichting is te lang (maximaal 2000 tekens).") String toelichting) {
    }

    /** Who objects: only the parents (with gezag) may, for their child; the school or others cannot. */
    public enum Indiener { OUDERS, SCHOOL, ANDERS }

    public enum Deel { ONDERWIJS, ZORG }
}
