package nl.eenplan.verzuim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Request body: the school reports other worrying absence by hand (DUO's "overig verzuim"), with the period and why.
 * Only OVERIG: EenPlan makes the other kinds from the absence registration.
 */
public record OverigeMelding(
        @NotNull(message = "Kies de soort melding: OVERIG.")
        Meldingsoort soort,
        @NotNull(message = "Vul de begindatum van het verzuim in.")
        LocalDate startdatum,
        @NotNull(message = "Vul de einddatum van het verzuim in.")
        LocalDate einddatum,
        @NotBlank(message = "Licht toe waarom dit verzuim zorgen geeft.")
        @Size(max = 2000, message = "De toelichting is te lang (maximaal 2000 tekens).")
        String toelichting) {
}
