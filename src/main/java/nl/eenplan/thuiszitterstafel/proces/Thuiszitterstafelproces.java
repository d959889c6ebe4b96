package nl.eenplan.thuiszitterstafel.proces;

import static nl.eenplan.thuiszitterstafel.proces.ThuiszitterstafelVariabelen.BEHANDELAAR;
import static nl.eenplan.thuiszitterstafel.proces.ThuiszitterstafelVariabelen.TAFEL_ID;

import java.util.Map;
import nl.eenplan.deployment.Proefomgeving;
import nl.eenplan.dossier.Leerlingidentiteit;
import nl.eenplan.engine.Berichten;
import nl.eenplan.engine.Routering;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The engine side of the thuiszittersaanpak, so ThuiszitterstafelService stays free of engine types: starts process
 * {@code thuiszitterstafel} in the owning gemeente's tenant, and tells it the pupil is back.
 */
@Component
public class Thuiszitterstafelproces {

    static final String STARTBERICHT = "thuiszitterGemeld";
    static final String TERUG_BERICHT = "leerlingTerug";

    private final Proefomgeving proefomgeving;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;

    Thuiszitterstafelproces(Proefomgeving proefomgeving, RuntimeService runtimeService,
                            IdentityService identityService) {
        this.identityService = identityService;
        this.proefomgeving = proefomgeving;
        this.runtimeService = runtimeService;
    }

    /**
     * Starts the table; returns the process instance's id.
     *
     * @param gemeente    CBS code of the owning gemeente (its tenant owns the instance); null: the school's tenant
     * @param behandelaar leerplicht or rmc
     */
    public String start(Leerlingidentiteit leerling, long tafelId, String gemeente, String behandelaar) {
        Map<String, Object> variabelen = Routering.variabelen(leerling);
        variabelen.put(BEHANDELAAR.naam(), behandelaar);
        if (gemeente != null) {
            variabelen.put(Routering.GEMEENTE.naam(), gemeente);
        }
        variabelen.put(TAFEL_ID.naam(), tafelId);
        return proefomgeving.startbericht(STARTBERICHT, leerling.schoolBrin())
                .processInstanceBusinessKey(leerling.dossierNummer())
                .setVariables(variabelen)
                .correlateStartMessage()
                .getId();
    }

    /**
     * The table was handed to another gemeente (the pupil moved): its instance here ends with that reason. EenPlan does
     * this for the school that recorded the address, in an instance of a gemeente's tenant the school cannot see.
     */
    public void beeindig(String procesInstantieId, String reden) {
        nl.eenplan.engine.Ingelogd.alsEenPlan(identityService, () -> {
            if (procesInstantieId != null
                    && runtimeService.createProcessInstanceQuery().processInstanceId(procesInstantieId).count() > 0) {
                runtimeService.deleteProcessInstance(procesInstantieId, reden, true);
            }
            return null;
        });
    }

    /** The pupil is back: the table moves on to closing (its event subprocess), wherever it is; once. */
    public void leerlingTerug(String procesInstantieId) {
        if (procesInstantieId != null && runtimeService.createEventSubscriptionQuery()
                .processInstanceId(procesInstantieId).eventName(TERUG_BERICHT).count() > 0) {
            Berichten.aanLopende(runtimeService, TERUG_BERICHT).processInstanceId(procesInstantieId).correlate();
        }
    }
}
