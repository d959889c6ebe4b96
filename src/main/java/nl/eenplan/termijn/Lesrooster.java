package nl.eenplan.termijn;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import nl.eenplan.dossier.Onderwijssoort;

/**
 * How much lesson a school gives per weekday, and in which unit it counts absence: the cap on the hours of absence a
 * school registers for one day (issue #22: "hours per day capped by the school's lessons that day"). A school sets its
 * own ({@code eigen}); otherwise the default for the pupil's onderwijssoort ({@link #standaard}).
 *
 * @param lesuurMinuten the length of a lesuur; null for klokuren
 */
public record Lesrooster(Uureenheid eenheid, Integer lesuurMinuten, Map<DayOfWeek, BigDecimal> lessen, boolean eigen) {

    /**
     * Po and so: 6 klokuur a day. A po day is about 5,5 hours of lessons; 6 leaves room for a long day (8.30 to 15.15
     * with a short break), so real absence is not refused before the school sets its own rooster.
     */
    static final BigDecimal PO_KLOKUREN = new BigDecimal("6");
    /**
     * Vo and vso: 9 lesuren a day. Higher than the usual 8, so a school with a 9th hour is not refused real absence
     * before it sets its own rooster (the reading that protects the pupil: absence gets registered).
     */
    static final BigDecimal VO_LESUREN = new BigDecimal("9");
    /** The usual length of a vo lesuur. */
    static final int VO_LESUUR_MINUTEN = 50;
    /** Mbo: 8 klokuur a day (a full day of beroepspraktijkvorming). */
    static final BigDecimal MBO_KLOKUREN = new BigDecimal("8");

    public Lesrooster {
        lessen = Map.copyOf(lessen);
    }

    /**
     * The default per onderwijssoort (domain.md §5: po counts klokuren, vo lesuren; mbo klokuren, as the WEB counts its
     * onderwijstijd). The one place for these defaults; a school may set its own.
     */
    public static Lesrooster standaard(Onderwijssoort soort) {
        return switch (soort) {
            case PO, SO -> elkeDag(Uureenheid.KLOKUUR, null, PO_KLOKUREN);
            case VO, VSO -> elkeDag(Uureenheid.LESUUR, VO_LESUUR_MINUTEN, VO_LESUREN);
            case MBO -> elkeDag(Uureenheid.KLOKUUR, null, MBO_KLOKUREN);
        };
    }

    private static Lesrooster elkeDag(Uureenheid eenheid, Integer minuten, BigDecimal per) {
        Map<DayOfWeek, BigDecimal> lessen = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY) {
                lessen.put(d, per);
            }
        }
        return new Lesrooster(eenheid, minuten, lessen, false);
    }

    /**
     * Whether {@code uren} of absence fit the lessons on this day: the cap on a day's registration (issue #22: "hours
     * per day capped by the school's lessons that day"). Exactly the day's lessons fit; more do not.
     */
    public boolean past(LocalDate dag, BigDecimal uren) {
        return uren.compareTo(lessenOp(dag)) <= 0;
    }

    /** The lessons on this day: the most absence a school can register for it (0 on a weekend). */
    public BigDecimal lessenOp(LocalDate dag) {
        return lessen.getOrDefault(dag.getDayOfWeek(), BigDecimal.ZERO);
    }
}
