package nl.eenplan.termijn;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** Request body: the school's own lesrooster: the unit, the length of a lesuur, the lessons per weekday. */
public record NieuwLesrooster(
        @NotNull(message = "Kies de eenheid: LESUUR of KLOKUUR.")
        Uureenheid eenheid,
        @Min(value = 20, message = "Een lesuur duurt minstens 20 minuten.")
        @Max(value = 120, message = "Een lesuur duurt hoogstens 120 minuten.")
        Integer lesuurMinuten,
        @NotNull(message = "Vul de lessen per dag in (maandag tot en met vrijdag).")
        @Valid
        Lessen lessen) {

    private static final String MIN = "Het aantal kan niet negatief zijn.";
    private static final String MAX = "Hoogstens 16 per dag.";
    private static final String DIGITS = "Hoogstens twee decimalen, bijvoorbeeld 5.5.";

    /** Lessons per weekday, in the school's unit; 0 on a day without lessons. */
    public record Lessen(
            @NotNull(message = "Vul de lessen op maandag in.") @DecimalMin(value = "0", message = MIN)
            @DecimalMax(value = "16", message = MAX) @Digits(integer = 2, fraction = 2, message = DIGITS)
            BigDecimal maandag,
            @NotNull(message = "Vul de lessen op dinsdag in.") @DecimalMin(value = "0", message = MIN)
            @DecimalMax(value = "16", message = MAX) @Digits(integer = 2, fraction = 2, message = DIGITS)
            BigDecimal dinsdag,
            @NotNull(message = "Vul de lessen op woensdag in.") @DecimalMin(value = "0", message = MIN)
            @DecimalMax(value = "16", message = MAX) @Digits(integer = 2, fraction = 2, message = DIGITS)
            BigDecimal woensdag,
            @NotNull(message = "Vul de lessen op donderdag in.") @DecimalMin(value = "0", message = MIN)
            @DecimalMax(value = "16", message = MAX) @Digits(integer = 2, fraction = 2, message = DIGITS)
            BigDecimal donderdag,
            @NotNull(message = "Vul de lessen op vrijdag in.") @DecimalMin(value = "0", message = MIN)
            @DecimalMax(value = "16", message = MAX) @Digits(integer = 2, fraction = 2, message = DIGITS)
            BigDecimal vrijdag) {
    }
}
