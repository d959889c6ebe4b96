package nl.eenplan.verzuim;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Request body: an exemption; without {@code tot} it holds until further notice. */
public record NieuweVrijstelling(
        @NotNull(message = "Kies het artikel: ART_5_A, ART_5_B, ART_5_C, ART_5A of ART_15.")
        Vrijstellingsgrond grond,
        @NotNull(message = "Vul de eerste dag van de vrijstelling in.")
        LocalDate van,
        LocalDate tot,
        @NotNull(message = "Kies wie de vrijstelling verleende: LEERPLICHTAMBTENAAR.")
        Beslisser verleendDoor,
        @NotNull(message = "Vul de datum van het besluit in.")
        LocalDate besluitDatum,
        @Size(max = 200, message = "De toelichting is te lang (maximaal 200 tekens; geen gegevens over zorg of gezondheid).")
        String toelichting) {
}
