package nl.eenplan.aanmelding;

import nl.eenplan.dossier.ToestemmingIngetrokken;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Consent withdrawn: everything of this pupil that waits and needs that consent gets message
 * {@code toestemmingIngetrokken} and stops, in the same transaction as the withdrawal. A route of process
 * aanmelding says what it needs in its process variable {@code nodigeToestemming}; a single task of another
 * process (the gemeente's decision on a care part, an MDO agreement jeugdhulp owns) in its local variable
 * {@code taakToestemming}, and its model catches the message on that task. Two names, because a process variable
 * query also sees the local variables of a process's tasks: one name would stop every task of an MDO.
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
        runtimeService.createMessageCorrelation(BERICHT)
                .processInstanceBusinessKey(event.dossierNummer())
                .localVariableEquals("taakToestemming", event.scope().name())
                .correlateAllWithResult();
    }
}
