package nl.eenplan.toelating;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** Request body to start an admission: the day the parents' written application came in (the zorgplicht starts). */
public record NieuweToelating(
        @NotNull(message = "Vul de datum in waarop de schriftelijke aanmelding binnenkwam: daar begint de zorgplicht.")
        @PastOrPresent(message = "De schriftelijke aanmelding kan niet in de toekomst binnenkomen.")
        LocalDate aanmeldingOntvangenOp) {
}
