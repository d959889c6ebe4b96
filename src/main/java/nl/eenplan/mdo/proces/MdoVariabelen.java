package nl.eenplan.mdo.proces;

import java.util.Date;
import nl.eenplan.engine.Variabele;
import nl.eenplan.modelcontrole.Procesvariabelen;

/**
 * The variables of process {@code mdo} (processes/mdo.bpmn), besides the routing facts every process starts with
 * (nl.eenplan.engine.Routering): ids, the date and routing facts only; report, goals and agreements are in the
 * dossier.
 */
public final class MdoVariabelen {

    public static final String PROCES = "mdo";

    /**
     * Message "MDO verzet": the school moved the date before the MDO began (MdoService.verzet); the preparation stops
     * and step verzetten takes the new date over.
     */
    public static final String MDO_VERZET = "mdoVerzet";

    /** Set at the start (by the referral's call activity): whether verzuim plays a role, so leerplicht is invited. */
    public static final Variabele<Boolean> VERZUIM = Variabele.jaNee(Procesvariabelen.VERZUIM);
    /**
     * Set by task plannen, and again by step verzetten when the school moved it: the MDO of this cycle and when it is
     * (timers mdoMoment, mdoBegonnen; groeidocument's anchor).
     */
    public static final Variabele<Long> MDO_ID = Variabele.getal(Procesvariabelen.MDO_ID);
    public static final Variabele<Date> MDO_DATUM = Variabele.datum(Procesvariabelen.MDO_DATUM);
    /** Set by task verslag, removed by step besluitVastleggen (a fact of one cycle). */
    public static final Variabele<Boolean> OUDERS_AANWEZIG = Variabele.jaNee(Procesvariabelen.OUDERS_AANWEZIG);
    public static final Variabele<Boolean> LEERLING_AANWEZIG = Variabele.jaNee(Procesvariabelen.LEERLING_AANWEZIG);
    /**
     * Set by step afsprakenKlaarzetten: the ids (Long) of the MDO's open agreements, the collection of the
     * multi-instance sub-process afspraakOpvolgen. A list, so its name only (Variabele has no list type).
     */
    public static final String AFSPRAKEN = Procesvariabelen.AFSPRAKEN;
    /** The element variable of afspraakOpvolgen: the agreement of one instance. */
    public static final Variabele<Long> AFSPRAAK_ID = Variabele.getal(Procesvariabelen.AFSPRAAK_ID);
    /** Set by task afspraakUitvoeren: gedaan or geannuleerd (read by older versions' step afspraakAfronden). */
    public static final Variabele<String> AFSPRAAK_UITKOMST = Variabele.tekst(Procesvariabelen.AFSPRAAK_UITKOMST);
    public static final Variabele<Boolean> AFSPRAAK_AFGEROND = Variabele.jaNee("afspraakAfgerond");
    /** The reason code an earlier form of afspraakUitvoeren sent (read by older versions' step afspraakAfronden). */
    public static final Variabele<String> ANNULEER_REDEN = Variabele.tekst("annuleerReden");
    /** Set by task evalueren: DOORGAAN, AFSLUITEN or ARRANGEMENT (gateway "Besluit?"). */
    public static final Variabele<String> MDO_UITKOMST = Variabele.tekst(Procesvariabelen.MDO_UITKOMST);

    private MdoVariabelen() {
    }
}
