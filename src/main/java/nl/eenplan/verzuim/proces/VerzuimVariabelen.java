package nl.eenplan.verzuim.proces;

import nl.eenplan.engine.Variabele;
import nl.eenplan.modelcontrole.Procesvariabelen;

/**
 * The variables of process {@code verzuim} (processes/verzuim.bpmn), besides the routing facts every process
 * starts with (nl.eenplan.engine.Routering): ids and routing facts only; the report itself is in the dossier.
 */
public final class VerzuimVariabelen {

    public static final String PROCES = "verzuim";

    /** The report this instance sends (set at the start). */
    public static final Variabele<Long> VERZUIMMELDING_ID = Variabele.getal(Procesvariabelen.VERZUIMMELDING_ID);
    /** Which DUO report it is (Meldingsoort), and its Dutch description for Tasklist. */
    public static final Variabele<String> SOORT = Variabele.tekst(Procesvariabelen.SOORT);
    public static final Variabele<String> SOORT_OMSCHRIJVING = Variabele.tekst("soortOmschrijving");
    /** What the school decided in task melden: versturen or intrekken (gateway "Versturen of intrekken?"). */
    public static final Variabele<String> BESLUIT = Variabele.tekst(Procesvariabelen.BESLUIT);
    /**
     * The day the report's threshold was reached (its end date, start of that day in Dutch time): task melden's norm
     * of 5 werkdagen counts from it (property termijnVanaf), not from the day the draft was made.
     */
    public static final Variabele<java.util.Date> DREMPELDATUM = Variabele.datum(Procesvariabelen.DREMPELDATUM);
    /** Set by step "Indienen bij DUO": DUO confirmed the report (gateway "Door DUO bevestigd?"). */
    public static final Variabele<Boolean> DUO_BEVESTIGD = Variabele.jaNee(Procesvariabelen.DUO_BEVESTIGD);
    /** Input parameter of step teLaatVersturen: the norm of 5 werkdagen passed. */
    public static final Variabele<Boolean> TERMIJN_VERSTREKEN = Variabele.jaNee("termijnVerstreken");
    /** Input of older instances' step intrekken: the reason code the form sent. */
    public static final Variabele<String> INTREK_REDEN = Variabele.tekst("intrekReden");

    private VerzuimVariabelen() {
    }
}
