package nl.eenplan.thuiszitterstafel.proces;

import static nl.eenplan.thuiszitterstafel.proces.ThuiszitterstafelVariabelen.BEHANDELAAR;
import static nl.eenplan.thuiszitterstafel.proces.ThuiszitterstafelVariabelen.TAFEL_ID;

import java.util.Map;
import nl.eenplan.deployment.Proefomgeving;
import nl.eenplan.dossier.Leerlingidentiteit;
import nl.eenplan.dossier.Routeringsgegevens;
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
    private final nl.eenplan.engine.Procesverhuizing verhuizing;

    Thuiszitterstafelproces(Proefomgeving proefomgeving, RuntimeService runtimeService,
                            IdentityService identityService, nl.eenplan.engine.Procesverhuizing verhuizing) {
        this.verhuizing = verhuizing;
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

    /**
     * A school change: the table's instance goes on for the new dossier (business key) with the new school's routing
     * facts, at the step it waited at, its timers on their dates, still in the gemeente's tenant (its variable
     * behandelendeGemeente comes along). EenPlan does this for the old school that confirmed the change. The new
     * instance's id, or null when none ran.
     */
    public String gewisseld(String procesInstantieId, Routeringsgegevens naar, String reden) {
        return procesInstantieId == null ? null
                : verhuizing.verhuis(procesInstantieId, naar.dossierNummer(), Routering.variabelen(naar), reden)
                .orElse(null);
    }

    /** The pupil is back: the table moves on to closing (its event subprocess), wherever it is; once. */
    public void leerlingTerug(String procesInstantieId) {
        Berichten.aanWachtende(runtimeService, procesInstantieId, TERUG_BERICHT);
    }
}
