package nl.eenplan.arrangement.proces;

import nl.eenplan.engine.Berichten;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The engine side of an arrangement, so ArrangementService stays free of engine types: the parents' objection. */
@Component
public class Arrangementproces {

    static final String BEZWAAR_ONDERWIJSDEEL = "bezwaarOnderwijsdeel";
    static final String BEZWAAR_ZORGDEEL = "bezwaarZorgdeel";

    private final RuntimeService runtimeService;
    private final Jeugdhulpbesluitproces jeugdhulpbesluit;

    Arrangementproces(RuntimeService runtimeService, Jeugdhulpbesluitproces jeugdhulpbesluit) {
        this.runtimeService = runtimeService;
        this.jeugdhulpbesluit = jeugdhulpbesluit;
    }

    /**
     * An objection to the education or care part: false when no objection period for it runs. The care part's
     * objection goes to the home gemeente's process jeugdhulpbesluit, which handles it (Awb art. 7:11); an arrangement
     * of an earlier version that still has the care part's objection window itself gets it there.
     */
    public boolean bezwaar(String procesInstantieId, boolean zorgdeel) {
        if (!zorgdeel) {
            return Berichten.aanWachtende(runtimeService, procesInstantieId, BEZWAAR_ONDERWIJSDEEL);
        }
        return Berichten.aanWachtende(runtimeService, procesInstantieId, BEZWAAR_ZORGDEEL)
                || jeugdhulpbesluit.bezwaar(procesInstantieId);
    }
}
