package nl.eenplan.aanmelding.proces;

import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.NODIGE_TOESTEMMING;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.PROCES;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.TAAK_TOESTEMMING;

import java.util.List;
import nl.eenplan.dossier.ToestemmingIngetrokken;
import nl.eenplan.engine.Berichten;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Consent withdrawn: everything of this pupil that waits and needs that consent gets message
 * {@code toestemmingIngetrokken} and stops, in the same transaction as the withdrawal. A route of process
 * aanmelding says what it needs in its process variable {@code nodigeToestemming}; a single task of another
 * process (the gemeente's decision on a care part, an MDO agreement jeugdhulp owns) in its local variable
 * {@code taakToestemming}, and its model catches the message on that task. Two names, because a process variable
 * query also sees the local variables of a process's tasks: one name would stop every task of an MDO.
 * <p>
 * A route that hands over to another capability (the MDO, the arrangement) starts it as a job of its own
 * ({@code camunda:asyncBefore}), so a failure there is retried and not the completion of the consent task rolled
 * back. While that job waits, the route's boundary event does not listen yet; a route waiting there goes the
 * way the boundary event would send it, to {@code routeGestopt}, in the same transaction as the withdrawal.
 */
@Component
public class StopRoutesZonderToestemming {

    static final String BERICHT = "toestemmingIngetrokken";
    /** The steps of process aanmelding that start another capability's process after an async boundary. */
    public static final List<String> OVERDRACHTEN = List.of("mdoHouden", "arrangementHouden");
    static final String ROUTE_GESTOPT = "routeGestopt";

    private final RuntimeService runtimeService;
    private final ManagementService managementService;

    StopRoutesZonderToestemming(RuntimeService runtimeService, ManagementService managementService) {
        this.runtimeService = runtimeService;
        this.managementService = managementService;
    }

    @EventListener
    void toestemmingIngetrokken(ToestemmingIngetrokken event) {
        Berichten.aanLopende(runtimeService, BERICHT)
                .processInstanceBusinessKey(event.dossierNummer())
                .processInstanceVariableEquals(NODIGE_TOESTEMMING.naam(), event.scope().name())
                .correlateAllWithResult();
        Berichten.aanLopende(runtimeService, BERICHT)
                .processInstanceBusinessKey(event.dossierNummer())
                .localVariableEquals(TAAK_TOESTEMMING.naam(), event.scope().name())
                .correlateAllWithResult();
        stopOverdrachtenDieNogWachten(event);
    }

    private void stopOverdrachtenDieNogWachten(ToestemmingIngetrokken event) {
        List<ProcessInstance> routes = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCES)
                .processInstanceBusinessKey(event.dossierNummer())
                .variableValueEquals(NODIGE_TOESTEMMING.naam(), event.scope().name()).list();
        for (ProcessInstance route : routes) {
            for (String overdracht : OVERDRACHTEN) {
                if (managementService.createJobQuery().processInstanceId(route.getId()).activityId(overdracht)
                        .count() > 0) {
                    // Start the stop first: cancelling the only waiting step first would end the instance.
                    runtimeService.createProcessInstanceModification(route.getId()).startBeforeActivity(ROUTE_GESTOPT)
                            .cancelAllForActivity(overdracht).execute();
                }
            }
        }
    }
}
