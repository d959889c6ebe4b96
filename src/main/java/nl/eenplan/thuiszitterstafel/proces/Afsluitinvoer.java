package nl.eenplan.thuiszitterstafel.proces;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The outcome of a table, the same in tasks volgen and afsluiten. */
public record Afsluitinvoer(
        @NotBlank(message = "Kies een uitkomst: terugOpSchool, anderOnderwijs, vrijstelling of verhuisd.")
        String uitkomst,
        @Size(max = 500, message = "De toelichting is te lang (maximaal 500 tekens).")
        String toelichting) {
}
