package nl.eenplan.thuiszitterstafel.proces;

import java.util.Date;
import nl.eenplan.engine.Variabele;
import nl.eenplan.modelcontrole.Procesvariabelen;

/**
 * The variables of process {@code thuiszitterstafel} (processes/thuiszitterstafel.bpmn), besides the routing facts
 * every process starts with (nl.eenplan.engine.Routering): ids and the dates and person the model routes on. The plan
 * itself lives in table thuiszitterstafel.
 */
public final class ThuiszitterstafelVariabelen {

    public static final String PROCES = "thuiszitterstafel";

    /** The table this instance is about (set at the start). */
    public static final Variabele<Long> TAFEL_ID = Variabele.getal(Procesvariabelen.TAFEL_ID);
    /** The group whose tasks they are: leerplicht, or rmc (nl.eenplan.leerplicht.Escalatieroute). */
    public static final Variabele<String> BEHANDELAAR = Variabele.tekst(Procesvariabelen.BEHANDELAAR);
    /** When the table meets: the plan's term counts from it (task plannen). */
    public static final Variabele<Date> TAFEL_DATUM = Variabele.datum(Procesvariabelen.TAFEL_DATUM);
    /** The user with doorzettingsmacht: the escalation's task is theirs (task plannen). */
    public static final Variabele<String> DOORZETTINGSMACHT = Variabele.tekst(Procesvariabelen.DOORZETTINGSMACHT);
    /** The agreed date the pupil is back in education: the follow-up's timer (tasks planVastleggen, doorbreken). */
    public static final Variabele<Date> TERUG_DATUM = Variabele.datum(Procesvariabelen.TERUG_DATUM);
    /** Input parameter of step escaleerThuiszitterstafel: GEEN_PLAN or DATUM_VERSTREKEN. */
    public static final Variabele<String> AANLEIDING = Variabele.tekst("aanleiding");

    private ThuiszitterstafelVariabelen() {
    }
}
