package nl.eenplan.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An agreement to record in the plan: what, whose (a user id, or a group id when {@code groep} is true), by when, and
 * whether it is made with the family ({@code metGezin}: the parents or the pupil do it, its owner follows it up; the
 * family's page shows it as "wat u doet"). Empty {@code metGezin} is no.
 */
public record NieuweAfspraak(
        @NotBlank(message = "Beschrijf de afspraak.")
        @Size(max = 1000, message = "De afspraak is te lang (maximaal 1000 tekens).")
        String wat,
        @NotBlank(message = "Geef de eigenaar van de afspraak: een gebruiker of een groep.")
        @Size(max = 100, message = "De eigenaar is te lang.")
        String eigenaar,
        /** The owner is a group (jeugdhulp, mentor, ...); empty means a user. */
        Boolean groep,
        @NotNull(message = "Geef de datum waarop de afspraak klaar moet zijn.")
        LocalDate deadline,
        /** Made with the family: the parents or the pupil do it; empty means no. */
        Boolean metGezin) {

    /** An agreement the school's people do (not with the family). */
    public NieuweAfspraak(String wat, String eigenaar, Boolean groep, LocalDate deadline) {
        this(wat, eigenaar, groep, deadline, false);
    }
}
