package nl.eenplan.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The pupil's address as the school's LAS has it, with the CBS code of the gemeente (the LAS and BRP give it; DUO routes
 * on it). {@code vertrouwelijk}: only the gemeente is shown, to everyone.
 */
public record NieuwWoonadres(
        @NotBlank(message = "Vul de postcode in.")
        @Pattern(regexp = "[1-9][0-9]{3} ?[A-Za-z]{2}", message = "Een postcode is 4 cijfers en 2 letters (bijv. 3511 AB).")
        String postcode,
        @NotBlank(message = "Vul het huisnummer in.")
        @Pattern(regexp = "[1-9][0-9]{0,4}( ?[A-Za-z0-9-]{1,4})?",
                message = "Een huisnummer is een getal, eventueel met een letter of toevoeging (bijv. 12 of 12a).")
        String huisnummer,
        @NotBlank(message = "Vul de woonplaats in.")
        @Size(max = 100, message = "De woonplaats is te lang (maximaal 100 tekens).")
        String woonplaats,
        @NotBlank(message = "Vul de CBS-gemeentecode in (bijv. GM0344).")
        @Pattern(regexp = "GM[0-9]{4}", message = nl.eenplan.organisatie.Gemeenten.CODE_FOUT)
        String gemeentecode,
        Boolean vertrouwelijk) {

    Woonadres alsWoonadres() {
        String pc = postcode.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        return new Woonadres(pc.substring(0, 4) + " " + pc.substring(4), huisnummer.strip(), woonplaats.strip(),
                gemeentecode, Boolean.TRUE.equals(vertrouwelijk));
    }
}
