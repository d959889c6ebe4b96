package nl.eenplan.termijn;

import java.time.LocalDate;

/**
 * The parents' objection term against a decision, in one place (issue 23, "the decision letter starts the objection
 * term"). Awb art. 6:7: 6 weeks; art. 6:8 lid 1: it begins the day after the decision was made known (bekendmaking:
 * the day the letter was sent or handed to the parents, Awb art. 3:41), so its last day is the letter's date plus 6
 * weeks, moved to the next working day when that is a Saturday, Sunday or public holiday (Algemene termijnenwet art.
 * 1; the calendar, {@link Termijn#bezwaartermijnLaatsteDag}). Awb art. 6:9: an objection is in time when it is received
 * on or before that last day, or (lid 2) when posted on or before it and received within a week after it; so EenPlan
 * waits that week before it counts "no objection" ({@link #wachtenTot}).
 */
public final class Bezwaartermijn {

    /** Awb art. 6:9 lid 2: a posted objection received at most one week after the term is in time. */
    static final int POSTWEEK_DAGEN = 7;

    private Bezwaartermijn() {
    }

    /** Awb art. 6:9: received on or before the last day, or posted by then and received within the week after. */
    public static boolean tijdig(LocalDate laatsteDag, LocalDate ontvangenOp, LocalDate perPostVerzondenOp) {
        if (!ontvangenOp.isAfter(laatsteDag)) {
            return true;
        }
        return perPostVerzondenOp != null && !perPostVerzondenOp.isAfter(laatsteDag)
                && !ontvangenOp.isAfter(laatsteDag.plusDays(POSTWEEK_DAGEN));
    }

    /** Until when an objection sent in time can still arrive (Awb art. 6:9 lid 2): then "no objection" counts. */
    public static LocalDate wachtenTot(LocalDate laatsteDag) {
        return laatsteDag.plusDays(POSTWEEK_DAGEN);
    }
}
