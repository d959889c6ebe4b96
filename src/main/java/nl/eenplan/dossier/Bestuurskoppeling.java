package nl.eenplan.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Request body to link a school to its board: DUO's bestuursnummer (the board registered first). */
public record Bestuurskoppeling(
        @NotBlank(message = "Vul het bestuursnummer van het schoolbestuur in.")
        @Pattern(regexp = "[0-9]{5}", message = nl.eenplan.organisatie.Schoolbesturen.NUMMER_FOUT)
        String bestuursnummer) {
}
