package nl.eenplan.toelating.proces;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import nl.eenplan.engine.Routering;
import nl.eenplan.engine.Variabele;
import nl.eenplan.modelcontrole.Procesvariabelen;
import nl.eenplan.toelating.ToelatingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The variables of process {@code toelating} (processes/toelating.bpmn), besides the routing facts every process starts
 * with: ids, dates and choices only; the decision's reason is in table toelating.
 */
public final class ToelatingVariabelen {

    public static final String PROCES = "toelating";

    /** The admission of this instance. */
    public static final Variabele<Long> TOELATING_ID = Variabele.getal(Procesvariabelen.TOELATING_ID);
    /** The day the written application came in (the zorgplicht starts), and the end of its 6 weeks. */
    public static final Variabele<Date> AANMELDING_ONTVANGEN = Variabele.datum(Procesvariabelen.AANMELDING_ONTVANGEN);
    public static final Variabele<Date> BESLISTERMIJN = Variabele.datum(Procesvariabelen.BESLISTERMIJN);
    /** Task onderzoeken: gateway "Arrangement aanvragen?". */
    public static final Variabele<Boolean> ARRANGEMENT_AANVRAGEN = Variabele.jaNee(Procesvariabelen.ARRANGEMENT_AANVRAGEN);
    /** Task verlengen's choice (gateway "Verlengen?"), and the extension once recorded. */
    public static final Variabele<Boolean> BESLISTERMIJN_VERLENGEN =
            Variabele.jaNee(Procesvariabelen.BESLISTERMIJN_VERLENGEN);
    public static final Variabele<Boolean> VERLENGD = Variabele.jaNee(Procesvariabelen.VERLENGD);
    public static final Variabele<Date> VERLENGD_TOT = Variabele.datum(Procesvariabelen.VERLENGD_TOT);
    /** When the pupil is enrolled temporarily if no decision came (timer "Tijdelijk inschrijven"). */
    public static final Variabele<Date> TIJDELIJK_INSCHRIJVEN_OP =
            Variabele.datum(Procesvariabelen.TIJDELIJK_INSCHRIJVEN_OP);
    /** The board's decision (Toelating.Status: TOEGELATEN, PLAATS_ELDERS or GEWEIGERD). */
    public static final Variabele<String> TOELATINGSBESLUIT = Variabele.tekst(Procesvariabelen.TOELATINGSBESLUIT);

    /**
     * After a refusal: the last day of the parents' term (objection or herziening, from the day after the letter was
     * sent), the day "no objection" counts (a week later, Awb art. 6:9 lid 2), the board's term to decide on it, and
     * its outcome (Toelating.Bezwaaruitkomst).
     */
    public static final Variabele<Date> BEZWAARTERMIJN_TOT = Variabele.datum(Procesvariabelen.BEZWAARTERMIJN_TOT);
    public static final Variabele<Date> GEEN_BEZWAAR_NA = Variabele.datum(Procesvariabelen.GEEN_BEZWAAR_NA);
    public static final Variabele<Date> BEZWAAR_BESLISTERMIJN = Variabele.datum(Procesvariabelen.BEZWAAR_BESLISTERMIJN);
    public static final Variabele<String> BEZWAAR_UITKOMST = Variabele.tekst(Procesvariabelen.BEZWAAR_UITKOMST);

    /**
     * Whether the parents' dispute is before the Geschillencommissie without an oordeel yet (gateway "Wachten op de
     * Geschillencommissie?"): the board does not decide on the objection meanwhile (WPO art. 43 lid 4).
     */
    public static final Variabele<Boolean> WACHT_OP_OORDEEL = Variabele.jaNee(Procesvariabelen.WACHT_OP_OORDEEL);

    /** The messages: the parents went to the Geschillencommissie; its oordeel came (ToelatingService). */
    static final String GESCHILLENCOMMISSIE_BERICHT = "geschillencommissieToelating";
    static final String OORDEEL_BERICHT = "oordeelGeschillencommissieToelating";

    /** The message that registers the parents' objection or request for herziening (ToelatingService.bezwaar). */
    static final String BEZWAAR_BERICHT = "bezwaarToelating";

    /** The steps of termijnen.dmn the delegates count with. */
    static final String ZORGPLICHT = "zorgplicht";
    static final String ZORGPLICHT_VERLENGING = "zorgplichtVerlenging";
    static final String NA_BEZWAARTERMIJN = "beslistermijnNaBezwaartermijn";
    static final String NA_ONTVANGST = "beslistermijnNaOntvangst";

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private ToelatingVariabelen() {
    }

    static ToelatingService.Instantie instantie(DelegateExecution execution) {
        return new ToelatingService.Instantie(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
                Routering.COORDINATOR.van(execution), execution.getTenantId());
    }

    static LocalDate dag(Date datum) {
        return LocalDate.ofInstant(datum.toInstant(), NL);
    }
}
