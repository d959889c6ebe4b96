package nl.eenplan.monitor;

/**
 * One figure for one group: how many pupils it is based on and its value(s). A cell with fewer than 5
 * pupils is suppressed: its values are left out, so nobody can be recognised.
 */
public record Indicator(String indicator, String groep, long aantal, boolean onderdrukt, Double waarde,
                        Double mediaan, Double p90, String eenheid) {

    static final int KLEINSTE_CEL = 5;

    static Indicator van(String indicator, String groep, long aantal, Double waarde, Double mediaan, Double p90,
                         String eenheid) {
        if (aantal < KLEINSTE_CEL) {
            return new Indicator(indicator, groep, aantal, true, null, null, null, eenheid);
        }
        return new Indicator(indicator, groep, aantal, false, waarde, mediaan, p90, eenheid);
    }
}
