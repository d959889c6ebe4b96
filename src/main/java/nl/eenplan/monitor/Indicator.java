package nl.eenplan.monitor;

/**
 * One figure for one group: how many cases (referrals, escalations, arrangements, tasks) and how many distinct
 * pupils it is based on, and its value(s). Some indicators are split further: {@code onderdeel} is then the
 * process step or the reason (otherwise null). A cell with fewer than 5 pupils is suppressed: its values are
 * left out, counts included, so nobody can be recognised, even when one pupil has many cases.
 */
public record Indicator(String indicator, String groep, String onderdeel, Long aantal, Long leerlingen, boolean onderdrukt,
                        Double waarde, Double mediaan, Double p90, String eenheid) {

    static final int KLEINSTE_CEL = 5;

    static Indicator van(String indicator, String groep, String onderdeel, long aantal, long leerlingen, Double waarde,
                         Double mediaan, Double p90, String eenheid) {
        if (leerlingen < KLEINSTE_CEL) {
            // Not even the counts: "1 pupil, thuiszitter, school X" says too much, and counts of suppressed
            // cells could be subtracted from other figures.
            return new Indicator(indicator, groep, onderdeel, null, null, true, null, null, null, eenheid);
        }
        return new Indicator(indicator, groep, onderdeel, aantal, leerlingen, false, waarde, mediaan, p90, eenheid);
    }
}
