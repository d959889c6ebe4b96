package nl.eenplan.arrangement.proces;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import nl.eenplan.arrangement.Arrangement;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.engine.Routering;
import nl.eenplan.engine.Variabele;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.termijn.Bezwaartermijn;

/**
 * What tasks besluitbriefOnderwijs and besluitbriefZorg share: the letter's record, and the objection term it starts
 * as process variables (dates only; the letter's text stays outside the process).
 */
final class Besluitbrief {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    /** The form {@code besluitbrief}. */
    public record Invoer(
            @NotNull(message = "Vul de datum in waarop de besluitbrief aan de ouders is verzonden of uitgereikt.")
            LocalDate verzondenOp,
            @NotBlank(message = "Wie verzond de brief?") @Size(max = 200, message = "De naam is te lang (maximaal 200 tekens).")
            String verzondenDoor,
            @NotNull(message = "Kies hoe de brief de ouders bereikte: POST, AANGETEKEND, EMAIL of UITGEREIKT.")
            Arrangement.Verzendwijze wijze) {
    }

    private Besluitbrief() {
    }

    static Map<String, Object> verwerk(ArrangementService arrangementen, Taakcontext taak, Invoer invoer, String deel,
                                       Variabele<Date> op, Variabele<Date> tot, Variabele<Date> geenBezwaarNa) {
        Object soort = taak.variabele(Routering.SOORT.naam());
        LocalDate laatsteDag = arrangementen.besluitbrief(taak.procesInstantieId(), deel, invoer.verzondenOp(),
                invoer.verzondenDoor(), invoer.wijze(), taak.school(), soort == null ? null : soort.toString());
        return Map.ofEntries(op.is(eindeVanDag(invoer.verzondenOp())), tot.is(eindeVanDag(laatsteDag)),
                geenBezwaarNa.is(eindeVanDag(Bezwaartermijn.wachtenTot(laatsteDag))));
    }

    private static Date eindeVanDag(LocalDate dag) {
        return Date.from(dag.atTime(LocalTime.of(23, 59, 59)).atZone(NL).toInstant());
    }
}
