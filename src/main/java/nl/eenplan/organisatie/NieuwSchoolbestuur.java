package nl.eenplan.organisatie;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request body to register a school board under its bestuursnummer (the number is in the path), and its denominatie. */
public record NieuwSchoolbestuur(
        @NotBlank(message = "Vul de naam van het schoolbestuur in.")
        @Size(max = 200, message = "De naam is te lang (maximaal 200 tekens).")
        String naam,
        /** OPENBAAR or BIJZONDER; empty keeps what is known (a new board: ONBEKEND). */
        Schoolbestuur.Denominatie denominatie) {
}
