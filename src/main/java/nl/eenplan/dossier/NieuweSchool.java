package nl.eenplan.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request body to register a school. */
public record NieuweSchool(
        @NotBlank(message = "Vul het BRIN-nummer in.")
        @Pattern(regexp = "[0-9]{2}[A-Z]{2}([0-9]{2})?",
                message = "Een BRIN-nummer is 2 cijfers en 2 hoofdletters, eventueel gevolgd door een vestigingsnummer van 2 cijfers (bijv. 12AB of 12AB00).")
        String brin,
        @NotBlank(message = "Vul de naam van de school in.")
        @Size(max = 200, message = "De naam is te lang (maximaal 200 tekens).")
        String naam,
        @NotBlank(message = "Vul de gemeente in.")
        @Size(max = 100, message = "De gemeente is te lang (maximaal 100 tekens).")
        String gemeente,
        @NotBlank(message = "Vul het samenwerkingsverband in.")
        @Size(max = 200, message = "Het samenwerkingsverband is te lang (maximaal 200 tekens).")
        String samenwerkingsverband,
        @NotNull(message = "Kies de vakantieregio: NOORD, MIDDEN of ZUID.")
        Regio regio,
        /** CBS code of the gemeente (GM and 4 digits); empty: the gemeente EenPlan knows by this name, if any. */
        @Pattern(regexp = "GM[0-9]{4}", message = nl.eenplan.organisatie.Gemeenten.CODE_FOUT)
        String gemeentecode) {

    public NieuweSchool(String brin, String naam, String gemeente, String samenwerkingsverband, Regio regio) {
        this(brin, naam, gemeente, samenwerkingsverband, regio, null);
    }
}
