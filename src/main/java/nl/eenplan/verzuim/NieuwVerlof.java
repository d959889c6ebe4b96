package nl.eenplan.verzuim;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Request body: leave that was granted. The note is for the school's administration, never for care details. */
public record NieuwVerlof(
        @NotNull(message = "Kies de soort verlof: GODSDIENST, BEROEP_OUDERS, GEWICHTIGE_OMSTANDIGHEDEN of VIJFJARIGE.")
        Verlofsoort soort,
        @NotNull(message = "Vul de eerste dag van het verlof in.")
        LocalDate van,
        @NotNull(message = "Vul de laatste dag van het verlof in.")
        LocalDate tot,
        @NotNull(message = "Kies wie besloot: HOOFD of LEERPLICHTAMBTENAAR.")
        Beslisser beslotenDoor,
        @NotNull(message = "Vul de datum van het besluit in.")
        LocalDate besluitDatum,
        @Size(max = 200, message = "De toelichting is te lang (maximaal 200 tekens; geen gegevens over zorg of gezondheid).")
        String toelichting) {
}
