package nl.eenplan.aanmelding;

import nl.eenplan.dossier.ToestemmingIngetrokken;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Consent withdrawn: every waiting route of this pupil that needs that consent gets message
 * {@code toestemmingIngetrokken} and stops, in the same transaction as the withdrawal.
 */
@Component
class StopRoutesZonderToestemming {

    static final String BERICHT = "toestemmingIngetrokken";

    private final RuntimeService runtimeService;

    StopRoutesZonderToestemming(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @EventListener
    void toestemmingIngetrokken(ToestemmingIngetrokken event) {
        runtimeService.createMessageCorrelation(BERICHT)
                .processInstanceBusinessKey(event.dossierNummer())
                .processInstanceVariableEquals("nodigeToestemming", event.scope().name())
                .correlateAllWithResult();
    }
}
