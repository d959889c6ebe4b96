package nl.eenplan.leerplicht;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.eenplan.termijn.Schooljaar;

/**
 * Who is leerplichtig, kwalificatieplichtig or RMC's on a day: the one answer for the whole application (issue #22).
 * Pure: a date of birth, whether the pupil has a startkwalificatie, and the day. Sources, Leerplichtwet 1969:
 * <ul>
 *   <li><b>Begin</b> (art. 3 lid 1): "met ingang van de eerste schooldag van de maand volgende op die waarin de
 *       jongere de leeftijd van vijf jaren heeft bereikt": the first lesdag of the pupil's school (its region's
 *       calendar plus its own days, {@link Schooldagen}) on or after the 1st of that month. A month without any lesdag
 *       (a summer holiday to its end) starts it on the next lesdag. Where the school's calendar does not know the month
 *       (years outside the calendar files), the 1st itself: the earliest reading, which protects the pupil.</li>
 *   <li><b>End of the (volledige) leerplicht</b> (art. 4 lid 1): the end of the school year (31 July; a school year
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

    /**
     * The pupil's school's lesdagen as the start of leerplicht needs them (art. 3 lid 1, "de eerste schooldag"): the
     * school's first lesdag on or after {@code dag}; null when the school's calendar does not know that day.
     */
    @FunctionalInterface
    public interface Schooldagen {

        LocalDate eersteVanaf(LocalDate dag);

        /**
         * No school calendar: the 1st of the month. Only for answers the start of leerplicht cannot change (whether a
         * pupil of 12 or older is RMC's, the 1 October check of a transition); every count of a pupil's absence passes
         * the school's calendar.
         */
        Schooldagen ZONDER_KALENDER = dag -> null;
    }

    private Leerplichtigheid() {
    }

    /** As {@link #op(LocalDate, boolean, LocalDate, Schooldagen)} without the school's calendar (see there). */
    public static Status op(LocalDate geboortedatum, boolean startkwalificatie, LocalDate dag) {
        return op(geboortedatum, startkwalificatie, dag, Schooldagen.ZONDER_KALENDER);
    }

    /** What the pupil born on {@code geboortedatum} is on {@code dag}, leerplicht starting on the school's lesdag. */
    public static Status op(LocalDate geboortedatum, boolean startkwalificatie, LocalDate dag, Schooldagen school) {
        if (dag.isBefore(begin(geboortedatum, school))) {
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

    /** As {@link #begin(LocalDate, Schooldagen)} without the school's calendar: the 1st of the month. */
    public static LocalDate begin(LocalDate geboortedatum) {
        return begin(geboortedatum, Schooldagen.ZONDER_KALENDER);
    }

    /**
     * Art. 3 lid 1: the first schooldag of the month after the month of the 5th birthday, on the pupil's school's
     * calendar (its first lesdag on or after the 1st; the 1st when the calendar does not know it).
     */
    public static LocalDate begin(LocalDate geboortedatum, Schooldagen school) {
        LocalDate eersteVanDeMaand = geboortedatum.plusYears(5).withDayOfMonth(1).plusMonths(1);
        LocalDate schooldag = school.eersteVanaf(eersteVanDeMaand);
        return schooldag == null ? eersteVanDeMaand : schooldag;
    }

    /** Art. 4 lid 1: 31 July of the school year (1 August to 31 July) in which the pupil turned 16. */
    public static LocalDate eindeLeerplicht(LocalDate geboortedatum) {
        return Schooljaar.van(geboortedatum.plusYears(16)).laatsteDag();
    }

    /** As {@link #waaromNiet(LocalDate, boolean, LocalDate, Schooldagen)} without the school's calendar. */
    public static String waaromNiet(LocalDate geboortedatum, boolean startkwalificatie, LocalDate dag) {
        return waaromNiet(geboortedatum, startkwalificatie, dag, Schooldagen.ZONDER_KALENDER);
    }

    /** Why absence on {@code dag} is not reported, in Dutch for the school; null when it is. */
    public static String waaromNiet(LocalDate geboortedatum, boolean startkwalificatie, LocalDate dag,
                                    Schooldagen school) {
        Status status = op(geboortedatum, startkwalificatie, dag, school);
        if (status.plichtig()) {
            return null;
        }
        LocalDate begin = begin(geboortedatum, school);
        if (dag.isBefore(begin)) {
            return "de leerling is dan nog niet leerplichtig: de leerplicht begint op " + DATUM.format(begin)
                    + ", de eerste schooldag van de maand na de 5e verjaardag (Leerplichtwet 1969 art. 3 lid 1)";
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
        return "de leerling is dan niet meer leerplichtig of kwalificatieplichtig (Leerplichtwet 1969 art. 4 en 4a)";
    }
}
