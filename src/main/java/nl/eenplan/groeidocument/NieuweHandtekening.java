package nl.eenplan.groeidocument;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The zorgcoördinator records that a parent or guardian signed this version (on paper or digitally). */
public record NieuweHandtekening(
        @NotNull(message = "Kies de versie van het groeidocument die is ondertekend.")
        @Min(value = 1, message = "Kies de versie van het groeidocument die is ondertekend.") Integer versie,
        @NotBlank(message = "Vul de naam in van de ouder of verzorger die tekende.")
        @Size(max = 200, message = "De naam is te lang (maximaal 200 tekens).") String naam,
        @NotBlank(message = "Vul in wie de ondertekenaar is van de leerling (bijvoorbeeld moeder, vader, voogd).")
        @Size(max = 50, message = "De relatie is te lang (maximaal 50 tekens).") String relatie,
        @NotNull(message = "Vul de datum van de handtekening in (JJJJ-MM-DD).")
        @PastOrPresent(message = "De handtekening kan niet in de toekomst zijn gezet.") LocalDate getekendOp,
        @NotNull(message = "Kies hoe er is getekend: OP_PAPIER of DIGITAAL.") Tekenwijze wijze) {
}
