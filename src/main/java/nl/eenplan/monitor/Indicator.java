package nl.eenplan.monitor;

/**
 * One figure for one group: how many cases (referrals, escalations, arrangements, tasks) and how many distinct
 * pupils it is based on, and its value(s). Some indicators are split further: {@code onderdeel} is then the
 * process step or the reason (otherwise null). A suppressed cell has neither counts nor values: it has fewer than
 * 5 pupils, or it would let one be computed from the cells that are shown ({@link Onderdrukking}).
 */
public record Indicator(String indicator, String groep, String onderdeel, Long aantal, Long leerlingen, boolean onderdrukt,
                        Double waarde, Double mediaan, Double p90, String eenheid) {

    /** Fewer pupils than this in a cell and it is suppressed (primary suppression). */
    static final int KLEINSTE_CEL = 5;

    static Indicator getoond(String indicator, String groep, String onderdeel, long aantal, long leerlingen, Double waarde,
                             Double mediaan, Double p90, String eenheid) {
        return new Indicator(indicator, groep, onderdeel, aantal, leerlingen, false, waarde, mediaan, p90, eenheid);
    }

    /**
     * Not even the counts: "1 pupil, thuiszitter, school X" says too much, and counts of suppressed cells could be
     * subtracted from other figures.
     */
    static Indicator onderdrukt(String indicator, String groep, String onderdeel, String eenheid) {
        return new Indicator(indicator, groep, onderdeel, null, null, true, null, null, null, eenheid);
    }
}
