package nl.eenplan.verzuim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Request body: the school registers unauthorised absence, per day in hours. */
public record VerzuimRegistratie(
        @NotEmpty(message = "Geef minstens één dag verzuim op.")
        @Size(max = 200, message = "Registreer maximaal 200 dagen per keer.")
        List<@NotNull(message = "Vul de dag in.") @Valid Dag> dagen) {

    public record Dag(
            @NotNull(message = "Vul de datum in.")
            LocalDate datum,
            @NotNull(message = "Vul het aantal uren verzuim in.")
            @DecimalMin(value = "0", inclusive = false, message = "Het aantal uren moet groter zijn dan 0.")
            @DecimalMax(value = "24", message = "Een dag heeft hoogstens 24 uur.")
            @Digits(integer = 2, fraction = 2, message = "Geef de uren op met hoogstens twee decimalen, bijvoorbeeld 2.5.")
            BigDecimal uren,
            /** Empty means ongeoorloofd. */
            Verzuimsoort soort,
            /** The pupil missed every lesson that day; empty means no. */
            Boolean alleLessenGemist) {
    }
}
