package nl.eenplan.leerplicht;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Who is leerplichtig, kwalificatieplichtig or RMC's on a day: the one answer for the whole application (issue #22).
 * Pure: a date of birth, whether the pupil has a startkwalificatie, and the day. Sources, Leerplichtwet 1969:
 * <ul>
 *   <li><b>Begin</b> (art. 2 lid 1): "met ingang van de eerste schooldag van de maand volgende op die waarin hij de
 *       leeftijd van vijf jaren heeft bereikt". EenPlan uses the first day of that month; the school's own first
 *       school day of that month belongs to the slice of the school's own calendar (issue #22, "eigen kalender").</li>
 *   <li><b>End of the (volledige) leerplicht</b> (art. 3 lid 1): the end of the school year (31 July; a school year
 *       runs 1 August to 31 July, art. 1) in which the pupil turned 16, or completed 12 full school years. EenPlan
 *       does not know the school years a pupil attended, so it uses the 16th birthday only; 12 full school years
 *       usually end the same school year or a later one for pupils who started at 5 or later.</li>
 *   <li><b>Kwalificatieplicht</b> (art. 4a): after that, to the 18th birthday, unless the pupil has a
 *       startkwalificatie (art. 1: havo, vwo or mbo niveau 2 diploma).</li>
 *   <li><b>RMC</b> (WEB art. 8.3.1, WVO art. 118h): from 18 to 23 without a startkwalificatie, the regional
 *       reporting and coordination function, no leerplicht.</li>
 * </ul>
 */
public final class Leerplichtigheid {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl-NL"));

    /** What the pupil is on a day. */
    public enum Status {
        /** Leerplichtwet 1969 art. 2 and 3: volledig leerplichtig. */
        LEERPLICHTIG,
        /** Art. 4a: kwalificatieplichtig, to 18 or a startkwalificatie. */
        KWALIFICATIEPLICHTIG,
        /** 18 to 23 without a startkwalificatie: RMC's, no leerplicht. */
        RMC,
        /** Too young, 16–17 with a startkwalificatie, 18 or older with one, or 23 and older. */
        NIET;

        /** Absence must be reported (Leerplichtwet art. 21 and 21a): leerplichtig or kwalificatieplichtig. */
        public boolean plichtig() {
            return this == LEERPLICHTIG || this == KWALIFICATIEPLICHTIG;
        }
    }

    private Leerplichtigheid() {
    }

    /** What the pupil born on {@code geboortedatum} is on {@code dag}. */
    public static Status op(LocalDate geboortedatum, boolean startkwalificatie, LocalDate dag) {
        if (dag.isBefore(begin(geboortedatum))) {
            return Status.NIET;
        }
        if (!dag.isAfter(eindeLeerplicht(geboortedatum))) {
            return Status.LEERPLICHTIG;
        }
        if (dag.isBefore(geboortedatum.plusYears(18))) {
            return startkwalificatie ? Status.NIET : Status.KWALIFICATIEPLICHTIG;
        }
        if (dag.isBefore(geboortedatum.plusYears(23))) {
            return startkwalificatie ? Status.NIET : Status.RMC;
        }
        return Status.NIET;
    }

    /** Art. 2 lid 1: the first day of the month after the month of the 5th birthday. */
    public static LocalDate begin(LocalDate geboortedatum) {
        return geboortedatum.plusYears(5).withDayOfMonth(1).plusMonths(1);
    }

    /** Art. 3 lid 1: 31 July of the school year (1 August to 31 July) in which the pupil turned 16. */
    public static LocalDate eindeLeerplicht(LocalDate geboortedatum) {
        LocalDate zestien = geboortedatum.plusYears(16);
        int jaar = zestien.getMonthValue() >= Month.AUGUST.getValue() ? zestien.getYear() + 1 : zestien.getYear();
        return LocalDate.of(jaar, Month.JULY, 31);
    }

    /** Why absence on {@code dag} is not reported, in Dutch for the school; null when it is. */
    public static String waaromNiet(LocalDate geboortedatum, boolean startkwalificatie, LocalDate dag) {
        Status status = op(geboortedatum, startkwalificatie, dag);
        if (status.plichtig()) {
            return null;
        }
        if (dag.isBefore(begin(geboortedatum))) {
            return "de leerling is dan nog niet leerplichtig: de leerplicht begint op " + DATUM.format(begin(geboortedatum))
                    + " (Leerplichtwet 1969 art. 2 lid 1)";
        }
        if (startkwalificatie && dag.isBefore(geboortedatum.plusYears(18))) {
            return "de leerling heeft een startkwalificatie en is na " + DATUM.format(eindeLeerplicht(geboortedatum))
                    + " niet meer kwalificatieplichtig (Leerplichtwet 1969 art. 4a)";
        }
        if (status == Status.RMC) {
            return "de leerling is dan 18 of ouder: niet meer kwalificatieplichtig (Leerplichtwet 1969 art. 4a); "
                    + "verzuim van 18- tot 23-jarigen zonder startkwalificatie is RMC-verzuim (WEB art. 8.3.1), geen melding "
                    + "voor leerplicht";
        }
        return "de leerling is dan niet meer leerplichtig of kwalificatieplichtig (Leerplichtwet 1969 art. 3 en 4a)";
    }
}
