package nl.eenplan.arrangement;

import java.time.LocalDate;
import java.util.Locale;
import nl.eenplan.web.OngeldigeInvoerException;

/**
 * The rules of an objection against a decision on an arrangement, in one place for both ways it is handled: in the
 * school's process arrangement (ArrangementService) and, after the pupil changed school, by the SWV in process
 * besluitbezwaar (Besluitbezwaarservice). Pure: they check and record on the arrangement, nothing else.
 */
final class Bezwaarregels {

    private Bezwaarregels() {
    }

    /**
     * An objection of the parents, received in time: not in the future, from the parents (Awb art. 1:2: the one whose
     * interest is directly concerned; for a child, the parents), a postal date not after receipt, and within the term
     * the letter started (Awb art. 6:7, 6:8; sent by post within it and received within a week after, art. 6:9:
     * nl.eenplan.termijn.Bezwaartermijn). A decision from before the letter step has no recorded term: its running
     * instance checks it as it did.
     */
    static void controleerBezwaarschrift(Arrangement a, String deel, Invoer.Bezwaar bezwaar, LocalDate vandaag) {
        if (bezwaar.ingediendDoor() != Invoer.Indiener.OUDERS) {
            throw new OngeldigeInvoerException("ingediendDoor", "Alleen de ouders kunnen bezwaar maken tegen dit besluit "
                    + "over hun kind; een bezwaar van de school of een ander registreert EenPlan niet.");
        }
        if (bezwaar.ontvangenOp().isAfter(vandaag)) {
            throw new OngeldigeInvoerException("ontvangenOp", "Het bezwaarschrift kan niet in de toekomst binnengekomen zijn.");
        }
        if (bezwaar.perPostVerzondenOp() != null && bezwaar.perPostVerzondenOp().isAfter(bezwaar.ontvangenOp())) {
            throw new OngeldigeInvoerException("perPostVerzondenOp", "Een bezwaarschrift kan niet verzonden zijn na de dag "
                    + "waarop het binnenkwam.");
        }
        LocalDate laatsteDag = a.bezwaartermijnTot(deel);
        if (laatsteDag != null && !nl.eenplan.termijn.Bezwaartermijn.tijdig(laatsteDag, bezwaar.ontvangenOp(),
                bezwaar.perPostVerzondenOp())) {
            throw new OngeldigeInvoerException("ontvangenOp", "Het bezwaarschrift kwam te laat binnen: de bezwaartermijn "
                    + "liep tot en met " + laatsteDag + " (6 weken vanaf de dag na verzending van de besluitbrief, Awb "
                    + "art. 6:7 en 6:8). Per post op tijd verzonden telt als het binnen een week daarna binnenkwam "
                    + "(art. 6:9); vul dan de verzenddatum in.");
        }
    }

    /** The objection is recorded with the decision's part, with the parents' explanation. */
    static void bezwaarOntvangen(Arrangement a, String deel, Invoer.Bezwaar bezwaar) {
        // Its explanation apart from the decision's reasons, which whoever handles the objection needs to read.
        String toelichting = bezwaar.toelichting() == null || bezwaar.toelichting().isBlank() ? null
                : bezwaar.toelichting().trim();
        a.bezwaarOntvangen(deel, bezwaar.ontvangenOp(), toelichting);
    }

    /**
     * The advice of the Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen on an objection against a TLV
     * decision (WPO art. 18a lid 12, WVO 2020 art. 2.47 lid 15): not in the future, not before the objection came in.
     */
    static void lbtAdvies(Arrangement a, LocalDate op, Arrangement.LbtAdvies advies, LocalDate vandaag) {
        if (op.isAfter(vandaag)) {
            throw new OngeldigeInvoerException("adviesOp", "Het advies van de LBT kan niet in de toekomst gegeven zijn.");
        }
        LocalDate ontvangen = a.bezwaarOntvangenOp(ArrangementService.ONDERWIJS);
        if (ontvangen != null && op.isBefore(ontvangen)) {
            throw new OngeldigeInvoerException("adviesOp", "Het advies van de LBT kan niet gegeven zijn vóór het bezwaar "
                    + "binnenkwam (" + ontvangen + ").");
        }
        a.lbtAdvies(op, advies);
    }

    /**
     * The decision on the objection. Deviating from the LBT's advice needs the reason (Awb art. 7:13 lid 7); the
     * explanation goes to the arrangement.
     */
    static void bezwaarBeslist(Arrangement a, String deel, Arrangement.Bezwaaruitkomst uitkomst, String toelichting) {
        Arrangement.LbtAdvies advies = deel.equals(ArrangementService.ONDERWIJS) ? a.getLbtAdvies() : null;
        boolean wijktAf = advies != null && uitkomst != Arrangement.Bezwaaruitkomst.INGETROKKEN
                && !advies.name().equals(uitkomst.name());
        if (wijktAf && (toelichting == null || toelichting.isBlank())) {
            throw new OngeldigeInvoerException("toelichting", "De beslissing wijkt af van het advies van de LBT ("
                    + advies.name().toLowerCase(Locale.ROOT).replace('_', '-') + "): geef de reden daarvan "
                    + "(Awb art. 7:13 lid 7).");
        }
        a.bezwaarUitkomst(deel, uitkomst);
        if (toelichting != null && !toelichting.isBlank()) {
            a.toelichting(deel, "Beslissing op bezwaar (" + uitkomst.name().toLowerCase(Locale.ROOT) + "): "
                    + toelichting.trim());
        }
    }
}
