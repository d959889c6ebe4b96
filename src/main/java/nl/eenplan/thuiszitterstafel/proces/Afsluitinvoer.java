package nl.eenplan.thuiszitterstafel.proces;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.eenplan.taak.Zorginhoud;

/**
 * The outcome of a table, the same in tasks volgen and afsluiten. Free text about the pupil is care content: it stays
 * in table thuiszitterstafel, and Tasklist sends the user to EenPlan's page for the task.
 */
public record Afsluitinvoer(
        @NotBlank(message = "Kies een uitkomst: terugOpSchool, anderOnderwijs, vrijstelling of verhuisd.")
        String uitkomst,
        @Size(max = 500, message = "De toelichting is te lang (maximaal 500 tekens).")
        @Zorginhoud String toelichting) {
}
