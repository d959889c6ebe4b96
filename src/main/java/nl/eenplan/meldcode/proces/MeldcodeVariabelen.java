package nl.eenplan.meldcode.proces;

import nl.eenplan.engine.Variabele;
import nl.eenplan.modelcontrole.Procesvariabelen;

/**
 * The variables of process {@code meldcode} (processes/meldcode.bpmn), besides the routing facts every process starts
 * with (nl.eenplan.engine.Routering): ids and routing facts only. The signals, the advice, the talk, the weighing, the
 * report and the help are in the dossier (meldcode.Meldcodezaak).
 */
public final class MeldcodeVariabelen {

    public static final String PROCES = "meldcode";

    /** The meldcode record of this instance (set at the start). */
    public static final Variabele<Long> MELDCODE_ID = Variabele.getal(Procesvariabelen.MELDCODE_ID);
    /** Task wegen: a vermoeden of huiselijk geweld or kindermishandeling remains (gateway "Vermoeden?"). */
    public static final Variabele<Boolean> VERMOEDEN = Variabele.jaNee(Procesvariabelen.VERMOEDEN);
    /** Task beslissen: MELDEN or HULP (gateway "Melden of hulp?"). */
    public static final Variabele<String> MELDCODE_BESLUIT = Variabele.tekst(Procesvariabelen.MELDCODE_BESLUIT);
    /** Tasks hulpAfspreken and hulpEvalueren: the evaluation date chosen, if any (timer "Evaluatiemoment"). */
    public static final Variabele<java.util.Date> EVALUATIE_DATUM = Variabele.datum(Procesvariabelen.EVALUATIE_DATUM);
    /** Task hulpEvalueren: AFSLUITEN, DOORGAAN or MELDEN (gateway "Werkt de hulp?"). */
    public static final Variabele<String> HULP_UITKOMST = Variabele.tekst(Procesvariabelen.HULP_UITKOMST);

    /** The two decisions of step 5 as the model routes them. */
    public static final String MELDEN = "MELDEN";
    public static final String HULP = "HULP";

    private MeldcodeVariabelen() {
    }
}
