package nl.eenplan.termijn;

import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${escaleerTermijn}}: the escalation of model versions from before deadlines by convention (issue #19);
 * running instances of those versions still call it. Newer models get their escalations from
 * nl.eenplan.engine.Termijnconventie. Input parameters: {@code taak} (user task id), {@code groep} (who must
 * act now) and {@code reden} (why, in Dutch).
 */
@Component("escaleerTermijn")
@VoorModellen
class EscaleerTermijn implements JavaDelegate {

    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final Termijnbewaking bewaking;

    EscaleerTermijn(TaskService taskService, RepositoryService repositoryService, Termijnbewaking bewaking) {
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.bewaking = bewaking;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String groep = verplicht(execution, "groep");
        String reden = verplicht(execution, "reden");
        OpenTaak.van(execution, taskService, repositoryService).ifPresent(taak -> bewaking.escaleer(taak, groep, reden));
    }

    private static String verplicht(DelegateExecution execution, String naam) {
        Object waarde = execution.getVariableLocal(naam);
        if (waarde == null || waarde.toString().isBlank()) {
            throw new IllegalStateException("De escalatie mist invoerparameter '" + naam + "' in het model.");
        }
        return waarde.toString();
    }
}
