package nl.eenplan.schoolwissel;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The new school reports that the pupil of its dossier enrolled there: from which day, and (without a BSN, or when the
 * pupil has open dossiers at more schools) the BRIN of the school the pupil leaves.
 */
public record NieuweSchoolwissel(
        @NotNull(message = "Vul de datum in waarop de leerling bij uw school is ingeschreven.")
        @PastOrPresent(message = "De leerling moet al bij uw school ingeschreven zijn: de oude school schrijft pas uit "
                + "als de leerling elders is ingeschreven.")
        LocalDate ingeschrevenOp,
        @Size(max = 6, message = "Geef het BRIN-nummer van de vorige school (4 tekens en 2 cijfers, zoals 99ZZ00).")
        String vorigeSchool) {
}
