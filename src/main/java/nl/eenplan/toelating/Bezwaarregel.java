package nl.eenplan.toelating;

import java.util.Date;
import nl.eenplan.organisatie.Schoolbestuur;

/**
 * How parents contest a refusal of admission, in one place. An openbare school's board is a bestuursorgaan: the
 * parents object (bezwaar, Awb art. 7:1; 6 weeks, art. 6:7/6:8) and it decides within 6 weeks after the objection term
 * (art. 7:10 lid 1). A bijzondere school's board is not: the parents ask it to reconsider (verzoek om herziening, WPO
 * art. 63 lid 1: within 6 weeks of the decision's bekendmaking) and it decides within 4 weeks of receiving the request
 * (lid 2). EenPlan counts the parents' 6 weeks alike for both (from the day after the letter was sent, with the
 * postweek of Awb art. 6:9: termijn.Bezwaartermijn), the reading that gives the parents the most room. A board
 * whose denominatie EenPlan does not know (ONBEKEND, every board before V45) accepts either and is held to the earlier
 * of the two decision terms: the parents lose nothing by the gap in the data.
 */
public final class Bezwaarregel {

    private Bezwaarregel() {
    }

    public static Toelating.Rechtsmiddel rechtsmiddel(Schoolbestuur.Denominatie denominatie) {
        return switch (denominatie == null ? Schoolbestuur.Denominatie.ONBEKEND : denominatie) {
            case OPENBAAR -> Toelating.Rechtsmiddel.BEZWAAR;
            case BIJZONDER -> Toelating.Rechtsmiddel.HERZIENING;
            case ONBEKEND -> Toelating.Rechtsmiddel.BEZWAAR_OF_HERZIENING;
        };
    }

    /** The board's last day: Awb art. 7:10 (bezwaar), WPO art. 63 lid 2 (herziening), or the earlier when unknown. */
    public static Date beslistermijn(Toelating.Rechtsmiddel rechtsmiddel, Date awb, Date herziening) {
        return switch (rechtsmiddel) {
            case BEZWAAR -> awb;
            case HERZIENING -> herziening;
            case BEZWAAR_OF_HERZIENING -> awb.before(herziening) ? awb : herziening;
        };
    }

    /** The Dutch word for the letters and messages. */
    static String naam(Toelating.Rechtsmiddel rechtsmiddel) {
        return switch (rechtsmiddel) {
            case BEZWAAR -> "bezwaar";
            case HERZIENING -> "verzoek om herziening";
            case BEZWAAR_OF_HERZIENING -> "bezwaar of verzoek om herziening";
        };
    }
}
