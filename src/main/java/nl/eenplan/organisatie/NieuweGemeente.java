package nl.eenplan.organisatie;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request body to register a gemeente under its CBS code (the code is in the path). */
public record NieuweGemeente(
        @NotBlank(message = "Vul de naam van de gemeente in.")
        @Size(max = 100, message = "De naam is te lang (maximaal 100 tekens).")
        String naam) {
}
