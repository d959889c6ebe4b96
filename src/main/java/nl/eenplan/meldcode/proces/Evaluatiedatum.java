package nl.eenplan.meldcode.proces;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

/** An evaluation date chosen in a form, as the moment timer "Evaluatiemoment" fires: 08:00 Dutch time that day. */
final class Evaluatiedatum {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private Evaluatiedatum() {
    }

    static Date om8Uur(LocalDate dag) {
        return Date.from(dag.atTime(LocalTime.of(8, 0)).atZone(NEDERLAND).toInstant());
    }
}
