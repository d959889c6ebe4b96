package nl.eenplan.arrangement.proces;

import nl.eenplan.engine.Berichten;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The engine side of an arrangement, so ArrangementService stays free of engine types: the parents' objection. */
@Component
public class Arrangementproces {

    static final String BEZWAAR_ONDERWIJSDEEL = "bezwaarOnderwijsdeel";
    static final String BEZWAAR_ZORGDEEL = "bezwaarZorgdeel";

    private final RuntimeService runtimeService;

    Arrangementproces(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /** An objection to the education or care part: false when no objection period for it runs. */
    public boolean bezwaar(String procesInstantieId, boolean zorgdeel) {
        try {
            Berichten.aanLopende(runtimeService, zorgdeel ? BEZWAAR_ZORGDEEL : BEZWAAR_ONDERWIJSDEEL)
                    .processInstanceId(procesInstantieId).correlate();
            return true;
        } catch (MismatchingMessageCorrelationException e) {
            return false;
        }
    }
}
