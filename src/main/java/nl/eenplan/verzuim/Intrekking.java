package nl.eenplan.verzuim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request body: why the school withdraws a report. */
public record Intrekking(
        @NotBlank(message = "Vul de reden van intrekken in.")
        @Size(max = 200, message = "De reden is te lang (maximaal 200 tekens).")
        String reden) {
}
