package nl.eenplan.dossier;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** Request body: consent given for one scope by the parents or the pupil. */
public record NieuweToestemming(
        @NotNull(message = "Kies de scope: ONDERSTEUNINGSTEAM, JEUGDHULP, SWV, LEERPLICHT of ONTVANGENDE_SCHOOL.")
        Toestemming.Scope scope,
        @NotNull(message = "Kies wie toestemming gaf: OUDERS of LEERLING.")
        Toestemming.GegevenDoor gegevenDoor,
        /** Empty means today. */
        @PastOrPresent(message = "De datum van de toestemming kan niet in de toekomst liggen.")
        LocalDate gegevenOp) {
}
