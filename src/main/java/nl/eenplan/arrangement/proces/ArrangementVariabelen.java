package nl.eenplan.arrangement.proces;

import java.util.Date;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.engine.Routering;
import nl.eenplan.engine.Variabele;
import nl.eenplan.modelcontrole.Procesvariabelen;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The variables of process {@code arrangement} (processes/arrangement.bpmn), besides the routing facts every process
 * starts with (nl.eenplan.engine.Routering): ids, dates and routing facts only; the request, opinions, explanations
 * and scores are in the arrangement's tables.
 */
public final class ArrangementVariabelen {

    public static final String PROCES = "arrangement";

    /** The arrangement of this instance (set when the request is complete). */
    public static final Variabele<Long> ARRANGEMENT_ID = Variabele.getal(Procesvariabelen.ARRANGEMENT_ID);
    /** Gateway "Aanvraag compleet?", and what is still missing (shown with task aanvraag). */
    public static final Variabele<Boolean> AANVRAAG_COMPLEET = Variabele.jaNee(Procesvariabelen.AANVRAAG_COMPLEET);
    public static final Variabele<String> ONTBREEKT = Variabele.tekst("ontbreekt");
    /** The day the written registration came in (start of the zorgplicht), and the zorgplicht's end. */
    public static final Variabele<Date> REGISTRATIE_DATUM = Variabele.datum(Procesvariabelen.REGISTRATIE_DATUM);
    public static final Variabele<Date> ZORGPLICHT_DEADLINE = Variabele.datum(Procesvariabelen.ZORGPLICHT_DEADLINE);
    /** Gateway "TLV?": two expert opinions first. */
    public static final Variabele<Boolean> TLV = Variabele.jaNee(Procesvariabelen.TLV);
    /** Gateway "Zorgdeel met toestemming?": a care part and consent for jeugdhulp. */
    public static final Variabele<Boolean> ZORG_BESLISSEN = Variabele.jaNee(Procesvariabelen.ZORG_BESLISSEN);
    /** The decisions (Besluit: TOEGEKEND or AFGEWEZEN), set by tasks besluitOnderwijs and besluitZorg. */
    public static final Variabele<String> ONDERWIJS_BESLUIT = Variabele.tekst(Procesvariabelen.ONDERWIJS_BESLUIT);
    public static final Variabele<String> ZORG_BESLUIT = Variabele.tekst(Procesvariabelen.ZORG_BESLUIT);
    /** Gateways "Plaats geboden?". */
    public static final Variabele<Boolean> PLAATS_GEBODEN = Variabele.jaNee(Procesvariabelen.PLAATS_GEBODEN);
    /** Task verlengen's choice (gateway "Verlengen?"), and the extension once recorded. */
    public static final Variabele<Boolean> ZORGPLICHT_VERLENGEN = Variabele.jaNee(Procesvariabelen.ZORGPLICHT_VERLENGEN);
    public static final Variabele<Boolean> VERLENGD = Variabele.jaNee(Procesvariabelen.VERLENGD);
    public static final Variabele<Date> VERLENGD_TOT = Variabele.datum(Procesvariabelen.VERLENGD_TOT);
    /** Task oudersInformeren done. */
    public static final Variabele<Boolean> OUDERS_GEINFORMEERD = Variabele.jaNee("oudersGeinformeerd");
    /** Task opp done. */
    public static final Variabele<Boolean> OPP_VASTGESTELD = Variabele.jaNee("oppVastgesteld");
    /** Task evalueren's choice (DoelScore.Vervolg): gateway "Vervolg?". */
    public static final Variabele<String> ARRANGEMENT_VERVOLG = Variabele.tekst(Procesvariabelen.ARRANGEMENT_VERVOLG);
    /**
     * Task besluitbrief per part: the day the letter went to the parents, the last day of the objection term it
     * started (Awb art. 6:7, 6:8), and when "no objection" counts (a week later for one posted in time, art. 6:9):
     * the timer of "Bezwaar binnen 6 weken na verzending?".
     */
    public static final Variabele<Date> BESLUITBRIEF_ONDERWIJS_OP = Variabele.datum("besluitbriefOnderwijsOp");
    public static final Variabele<Date> BEZWAARTERMIJN_ONDERWIJS_TOT = Variabele.datum(Procesvariabelen.BEZWAARTERMIJN_ONDERWIJS_TOT);
    public static final Variabele<Date> GEEN_BEZWAAR_ONDERWIJS_NA = Variabele.datum(Procesvariabelen.GEEN_BEZWAAR_ONDERWIJS_NA);
    public static final Variabele<Date> BESLUITBRIEF_ZORG_OP = Variabele.datum("besluitbriefZorgOp");
    public static final Variabele<Date> BEZWAARTERMIJN_ZORG_TOT = Variabele.datum(Procesvariabelen.BEZWAARTERMIJN_ZORG_TOT);
    public static final Variabele<Date> GEEN_BEZWAAR_ZORG_NA = Variabele.datum(Procesvariabelen.GEEN_BEZWAAR_ZORG_NA);
    /** Tasks bezwaarBehandelen: the outcome (Arrangement.Bezwaaruitkomst), gateways "Gegrond?". */
    public static final Variabele<String> BEZWAAR_ONDERWIJS_UITKOMST = Variabele.tekst(Procesvariabelen.BEZWAAR_ONDERWIJS_UITKOMST);
    public static final Variabele<String> BEZWAAR_ZORG_UITKOMST = Variabele.tekst(Procesvariabelen.BEZWAAR_ZORG_UITKOMST);
    /** Input parameter of the decision steps: ONDERWIJS or ZORG. */
    public static final Variabele<String> DEEL = Variabele.tekst("deel");

    /** The steps of termijnen.dmn the delegates count with. */
    static final String ZORGPLICHT = "zorgplicht";
    static final String ZORGPLICHT_VERLENGING = "zorgplichtVerlenging";

    private ArrangementVariabelen() {
    }

    /** The instance a step is about, as plain facts for ArrangementService. */
    static ArrangementService.Instantie instantie(DelegateExecution execution) {
        return new ArrangementService.Instantie(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
                Routering.COORDINATOR.van(execution), execution.getTenantId());
    }

    /** The input parameter {@code deel} of this step. */
    static String deel(DelegateExecution execution) {
        return String.valueOf(execution.getVariableLocal(DEEL.naam()));
    }
}
