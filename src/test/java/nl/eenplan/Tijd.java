package nl.eenplan;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

/** Moments in Dutch time, for tests that set the engine clock and check deadlines. */
public final class Tijd {

    public static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private Tijd() {
    }

    public static Date moment(int jaar, int maand, int dag, int uur, int minuut) {
        return moment(jaar, maand, dag, uur, minuut, 0);
    }

    public static Date moment(int jaar, int maand, int dag, int uur, int minuut, int seconde) {
        return Date.from(ZonedDateTime.of(jaar, maand, dag, uur, minuut, seconde, 0, NL).toInstant());
    }
}
