package nl.eenplan.termijn;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import nl.eenplan.web.OngeldigeInvoerException;

/**
 * The decision letter to the parents, for every decision they can contest (the arrangement's parts, the admission):
 * the form {@code besluitbrief} and its checks in one place. The day it was sent starts their term
 * ({@link Bezwaartermijn}: the day after, Awb art. 6:8; for a bijzondere school's refusal the same 6 weeks of WPO art.
 * 63, counted alike); the letter's text stays outside EenPlan.
 */
public final class Besluitbrief {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    /** The form {@code besluitbrief}. */
    public record Invoer(
            @NotNull(message = "Vul de datum in waarop de besluitbrief aan de ouders is verzonden of uitgereikt.")
            LocalDate verzondenOp,
            @NotBlank(message = "Wie verzond de brief?") @Size(max = 200, message = "De naam is te lang (maximaal 200 tekens).")
            String verzondenDoor,
            @NotNull(message = "Kies hoe de brief de ouders bereikte: POST, AANGETEKEND, EMAIL of UITGEREIKT.")
            Verzendwijze wijze) {
    }

    private Besluitbrief() {
    }

    /** Not in the future, not before the decision it brings (when known). */
    public static void controleer(LocalDate verzondenOp, LocalDate besluitOp, LocalDate vandaag) {
        if (verzondenOp.isAfter(vandaag)) {
            throw new OngeldigeInvoerException("verzondenOp", "De besluitbrief kan niet in de toekomst verzonden zijn: "
                    + "leg de verzending vast op of na de dag dat de brief de deur uit ging.");
        }
        if (besluitOp != null && verzondenOp.isBefore(besluitOp)) {
            throw new OngeldigeInvoerException("verzondenOp", "De besluitbrief kan niet verzonden zijn vóór het besluit ("
                    + besluitOp + ").");
        }
    }

    /** A day as a process variable for a timer: its last second, so the whole day still counts. */
    public static Date eindeVanDag(LocalDate dag) {
        return Date.from(dag.atTime(LocalTime.of(23, 59, 59)).atZone(NL).toInstant());
    }
}
