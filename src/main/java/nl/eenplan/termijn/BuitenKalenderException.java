package nl.eenplan.termijn;

import java.time.LocalDate;

/** A deadline needs a day the school calendar does not know: extend the calendar, do not guess. */
public class BuitenKalenderException extends RuntimeException {

    public BuitenKalenderException(LocalDate dag, LocalDate van, LocalDate tot) {
        super("De schoolkalender kent " + dag + " niet: hij loopt van " + van + " tot en met " + tot
                + ". Vul kalender/feestdagen.csv en kalender/schoolvakanties.csv aan.");
    }
}
