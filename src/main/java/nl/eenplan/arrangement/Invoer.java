package nl.eenplan.arrangement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.eenplan.dossier.Doel;
import nl.eenplan.tlv.Deskundige;
import nl.eenplan.tlv.Discipline;

/**
 * Input of the arrangement's API and the parts task input shares (a goal's score, its outcome, an opinion); each
 * task's own input is the record {@code Invoer} of its handler in {@code proces}.
 */
public final class Invoer {

    private Invoer() {
    }

    /** A deskundige's advice on a TLV: who, their discipline, for which organisation, when (tlv.Deskundigenregel). */
    public record Advies(
            @NotBlank(message = "Wie gaf het advies?") @Size(max = 200, message = "De naam is te lang.") String door,
            @NotNull(message = "Kies de discipline van de deskundige: ORTHOPEDAGOOG, PSYCHOLOOG, PEDAGOOG, "
                    + "KINDERPSYCHIATER, MAATSCHAPPELIJK_WERKER of ARTS.") Discipline discipline,
            @NotBlank(message = "Voor welke organisatie werkt de deskundige?")
            @Size(max = 200, message = "De naam van de organisatie is te lang (maximaal 200 tekens).") String organisatie,
            @Size(max = 6, message = "Een BRIN-nummer is hoogstens 6 tekens (bijv. 12AB00).") String brin,
            @NotNull(message = "Vul de datum van het advies in.") LocalDate datum,
            @NotBlank(message = "Vul het advies in.") @Size(max = 4000, message = "Het advies is te lang.") String advies) {

        Deskundige deskundige() {
            return new Deskundige(door.trim(), discipline, organisatie.trim(),
                    brin == null || brin.isBlank() ? null : brin.trim().toUpperCase(java.util.Locale.ROOT), datum);
        }
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
