package nl.eenplan.tlv.proces;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import nl.eenplan.engine.Routering;
import nl.eenplan.engine.Variabele;
import nl.eenplan.modelcontrole.Procesvariabelen;
import nl.eenplan.tlv.TlvService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The variables of process {@code tlv} (processes/tlv.bpmn), besides the routing facts every process starts with: the
 * TLV's id, its dates and the school's choice; soort, category and the outcome are in table tlv.
 */
public final class TlvVariabelen {

    public static final String PROCES = "tlv";

    /** The TLV of this instance. */
    public static final Variabele<Long> TLV_ID = Variabele.getal(Procesvariabelen.TLV_ID);
    /** The last day the TLV is valid (anchor of the herindicatie signal), and the moment after it (timer "verlopen"). */
    public static final Variabele<Date> TLV_EINDDATUM = Variabele.datum(Procesvariabelen.TLV_EINDDATUM);
    public static final Variabele<Date> TLV_VERLOOPT_OP = Variabele.datum(Procesvariabelen.TLV_VERLOOPT_OP);
    /** Taken over from before V38: the SWV completes it first (gateway "Aanvullen?"). */
    public static final Variabele<Boolean> TLV_AANVULLEN = Variabele.jaNee(Procesvariabelen.TLV_AANVULLEN);
    /** Task herindicatie's choice (TlvService.Keuze): gateway "Keuze?". */
    public static final Variabele<String> HERINDICATIE_KEUZE = Variabele.tekst(Procesvariabelen.HERINDICATIE_KEUZE);

    /** A new TLV, or the pupil back in regular education: the running TLV ends (boundary "TLV beëindigd"). */
    static final String BEEINDIGD = "tlvBeeindigd";

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private TlvVariabelen() {
    }

    /** The dates the timers read, from the TLV's last valid day. */
    static Map<String, Object> datums(LocalDate einddatum) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put(TLV_EINDDATUM.naam(), Date.from(einddatum.atStartOfDay(NL).toInstant()));
        variabelen.put(TLV_VERLOOPT_OP.naam(), Date.from(einddatum.plusDays(1).atStartOfDay(NL).toInstant()));
        return variabelen;
    }

    /** The TLV of a task's instance; an instance without one (never started by EenPlan) has no TLV to work on. */
    static long tlvId(nl.eenplan.taak.Taakcontext taak) {
        if (!(taak.variabele(TLV_ID.naam()) instanceof Number id)) {
            throw new nl.eenplan.web.NietMogelijkException("Deze taak hoort bij geen toelaatbaarheidsverklaring in EenPlan.");
        }
        return id.longValue();
    }

    static TlvService.Instantie instantie(DelegateExecution execution) {
        return new TlvService.Instantie(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
                Routering.COORDINATOR.van(execution), execution.getTenantId(), TLV_ID.verplicht(execution));
    }
}
