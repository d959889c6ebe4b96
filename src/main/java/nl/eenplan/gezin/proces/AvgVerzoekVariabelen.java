package nl.eenplan.gezin.proces;

import java.util.Date;
import nl.eenplan.engine.Variabele;
import nl.eenplan.modelcontrole.Procesvariabelen;

/**
 * The variables of process {@code avgVerzoek} (processes/avgVerzoek.bpmn), besides the routing facts every process starts
 * with: the request's id and the extension's choice and date; what the family wrote and the school's answer are in table
 * avg_verzoek.
 */
public final class AvgVerzoekVariabelen {

    public static final String PROCES = "avgVerzoek";
    /** The user tasks: the first month, and the extended term. */
    static final String VERZOEK_BEHANDELEN = "verzoekBehandelen";
    static final String VERLENGD_VERZOEK_BEHANDELEN = "verlengdVerzoekBehandelen";

    /** The request of this instance (gezin.AvgVerzoeken). */
    public static final Variabele<Long> AVG_VERZOEK_ID = Variabele.getal(Procesvariabelen.AVG_VERZOEK_ID);
    /** Task verzoekBehandelen's choice to extend (gateway "Verlengd?"), and until when (the next task's due date). */
    public static final Variabele<Boolean> VERLENGD = Variabele.jaNee(Procesvariabelen.VERLENGD);
    public static final Variabele<Date> VERLENGD_TOT = Variabele.datum(Procesvariabelen.VERLENGD_TOT);

    private AvgVerzoekVariabelen() {
    }
}
