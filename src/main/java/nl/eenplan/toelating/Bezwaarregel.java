package nl.eenplan.toelating;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import nl.eenplan.dossier.Onderwijssoort;
import nl.eenplan.organisatie.Schoolbestuur;

/**
 * How parents contest a refusal of admission, and by when the board decides on it, in one place.
 * <p>
 * The remedy follows the board. An openbare school's board is a bestuursorgaan: the parents object (bezwaar, Awb art.
 * 7:1; 6 weeks, art. 6:7/6:8). A bijzondere school's board is not: the parents ask it to reconsider (verzoek om
 * herziening, WPO art. 63 lid 1: within 6 weeks). EenPlan counts the parents' 6 weeks alike for both (from the day after
 * the letter was sent, with the postweek of Awb art. 6:9: termijn.Bezwaartermijn), the reading that gives the parents
 * the most room. A board whose denominatie EenPlan does not know (ONBEKEND, every board before V45) accepts either.
 * <p>
 * The board's term depends on the sector and the board (the durations: rows {@code toelating /
 * beslistermijnNaBezwaartermijn} and {@code toelating / beslistermijnNaOntvangst} of termijnen.dmn, both 4 weeks):
 * <ul>
 *   <li>PO, openbaar: within 4 weeks <em>after the objection term ends</em> (WPO art. 40 lid 12, which sets aside Awb
 *       art. 7:10's 6 weeks);</li>
 *   <li>PO, bijzonder: within 4 weeks <em>of receiving</em> the request (WPO art. 63 lid 2);</li>
 *   <li>VO, openbaar and bijzonder alike: within 4 weeks <em>of receiving</em> the objection (WVO 2020 art. 8.8 lid 5-6);</li>
 *   <li>every other case (PO with an unknown board; SO/VSO, whose WEC text EenPlan did not verify; a pupil without a
 *       known sector): the <em>earlier</em> of the two, so the parents lose nothing by a gap in the data or the
 *       reading.</li>
 * </ul>
 * While the parents have the refusal before the Geschillencommissie passend onderwijs the board may not decide (WPO art.
 * 43 lid 4; its oordeel comes within 10 weeks, lid 3): the term pauses and resumes with the days it stood still
 * ({@link #naOordeel}).
 */
public final class Bezwaarregel {

    private Bezwaarregel() {
    }

    /** From what the board's term counts. */
    public enum Vanaf {
        /** 4 weeks after the objection term's last day (WPO art. 40 lid 12). */
        EINDE_BEZWAARTERMIJN,
        /** 4 weeks after the objection or request came in (WPO art. 63 lid 2; WVO 2020 art. 8.8). */
        ONTVANGST,
        /** The earlier of the two: the law (or the data) does not say which, the parents lose nothing. */
        EERSTE_VAN_BEIDE
    }

    public static Toelating.Rechtsmiddel rechtsmiddel(Schoolbestuur.Denominatie denominatie) {
        return switch (denominatie == null ? Schoolbestuur.Denominatie.ONBEKEND : denominatie) {
            case OPENBAAR -> Toelating.Rechtsmiddel.BEZWAAR;
            case BIJZONDER -> Toelating.Rechtsmiddel.HERZIENING;
            case ONBEKEND -> Toelating.Rechtsmiddel.BEZWAAR_OF_HERZIENING;
        };
    }

    /** From what the board's term counts, for this sector and remedy (the remedy stands for the board's denominatie). */
    public static Vanaf vanaf(Onderwijssoort sector, Toelating.Rechtsmiddel rechtsmiddel) {
        if (sector == Onderwijssoort.VO) {
            return Vanaf.ONTVANGST;
        }
        if (sector != Onderwijssoort.PO || rechtsmiddel == null) {
            return Vanaf.EERSTE_VAN_BEIDE;
        }
        return switch (rechtsmiddel) {
            case BEZWAAR -> Vanaf.EINDE_BEZWAARTERMIJN;
            case HERZIENING -> Vanaf.ONTVANGST;
            case BEZWAAR_OF_HERZIENING -> Vanaf.EERSTE_VAN_BEIDE;
        };
    }

    /**
     * The board's last day, given both candidate days (each 4 weeks on the school's calendar: termijnen.dmn):
     * {@code naBezwaartermijn} counted from the objection term's last day, {@code naOntvangst} from the day it came in.
     */
    public static Date beslistermijn(Onderwijssoort sector, Toelating.Rechtsmiddel rechtsmiddel, Date naBezwaartermijn,
                                     Date naOntvangst) {
        return switch (vanaf(sector, rechtsmiddel)) {
            case EINDE_BEZWAARTERMIJN -> naBezwaartermijn;
            case ONTVANGST -> naOntvangst;
            case EERSTE_VAN_BEIDE -> naBezwaartermijn.before(naOntvangst) ? naBezwaartermijn : naOntvangst;
        };
    }

    /**
     * The board's term after the Geschillencommissie's oordeel (WPO art. 43 lid 4: no decision on the objection before
     * it): the term stood still from the day both ran (the later of the day the parents went to the commission and the
     * day the objection came in) until the oordeel, and moves on by those days. An oordeel before the objection came in
     * paused nothing.
     */
    public static LocalDate naOordeel(LocalDate beslistermijn, LocalDate bezwaarOntvangenOp,
                                      LocalDate naarCommissieOp, LocalDate oordeelOp) {
        LocalDate gepauzeerdVanaf = naarCommissieOp.isAfter(bezwaarOntvangenOp) ? naarCommissieOp : bezwaarOntvangenOp;
        long dagen = ChronoUnit.DAYS.between(gepauzeerdVanaf, oordeelOp);
        return dagen <= 0 ? beslistermijn : beslistermijn.plusDays(dagen);
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
