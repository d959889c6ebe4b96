package nl.eenplan.tlv.proces;

import static nl.eenplan.tlv.proces.TlvVariabelen.BEEINDIGD;
import static nl.eenplan.tlv.proces.TlvVariabelen.PROCES;
import static nl.eenplan.tlv.proces.TlvVariabelen.TLV_AANVULLEN;
import static nl.eenplan.tlv.proces.TlvVariabelen.TLV_ID;

import java.time.LocalDate;
import java.util.Map;
import nl.eenplan.deployment.Proefomgeving;
import nl.eenplan.dossier.Routeringsgegevens;
import nl.eenplan.engine.Berichten;
import nl.eenplan.engine.Procesverhuizing;
import nl.eenplan.engine.Routering;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The engine side of a TLV, so TlvService stays free of engine types: start process tlv, end it early. */
@Component
public class Tlvproces {

    /** The SWV's task in the model. */
    static final String AANVULLEN = "aanvullen";

    private final Proefomgeving proefomgeving;
    private final RuntimeService runtimeService;
    private final Procesverhuizing verhuizing;

    Tlvproces(Proefomgeving proefomgeving, RuntimeService runtimeService, Procesverhuizing verhuizing) {
        this.proefomgeving = proefomgeving;
        this.runtimeService = runtimeService;
        this.verhuizing = verhuizing;
    }

    /**
     * A school change: the TLV's instance goes on at the new school (its tenant, the new dossier as business key) at
     * the step it waited at, its timers on their dates; the new instance's id, empty when it ended already.
     */
    public java.util.Optional<String> verhuis(String procesInstantieId, Routeringsgegevens naar, String reden) {
        return verhuizing.verhuis(procesInstantieId, naar.dossierNummer(), Routering.variabelen(naar), reden);
    }

    /** Whether the instance waits for task aanvullen, the issuing SWV's (a TLV taken over from before V38). */
    public boolean wachtOpAanvullen(String procesInstantieId) {
        return verhuizing.staatOp(procesInstantieId, AANVULLEN);
    }

    /** Starts process tlv for the pupil (business key: the dossier number, tenant: the school); its instance's id. */
    public String start(Routeringsgegevens leerling, long tlvId, LocalDate einddatum, boolean aanvullen) {
        Map<String, Object> variabelen = Routering.variabelen(leerling);
        variabelen.put(TLV_ID.naam(), tlvId);
        variabelen.put(TLV_AANVULLEN.naam(), aanvullen);
        variabelen.putAll(TlvVariabelen.datums(einddatum));
        return proefomgeving.start(PROCES, leerling.dossierNummer(), variabelen).getId();
    }

    /** A new TLV, or the pupil back in regular education: the instance ends (nothing when it already ended). */
    public void beeindig(String procesInstantieId) {
        if (procesInstantieId == null) {
            return;
        }
        try {
            Berichten.aanLopende(runtimeService, BEEINDIGD).processInstanceId(procesInstantieId).correlate();
        } catch (MismatchingMessageCorrelationException e) {
            // Ended already (or its end date passed and the school records what follows): nothing to stop.
        }
    }
}
