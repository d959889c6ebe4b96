package nl.eenplan.termijn;

import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${stuurHerinnering}}: the reminder of model versions from before deadlines by convention (issue #19),
 * which drew a boundary timer per task; running instances of those versions still call it. Newer models get
 * their reminders from nl.eenplan.engine.Termijnconventie. Input parameter {@code taak}: the user task id.
 */
@Component("stuurHerinnering")
@VoorModellen
class StuurHerinnering implements JavaDelegate {

    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final Termijnbewaking bewaking;

    StuurHerinnering(TaskService taskService, RepositoryService repositoryService, Termijnbewaking bewaking) {
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.bewaking = bewaking;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OpenTaak.van(execution, taskService, repositoryService).ifPresent(bewaking::herinner);
    }
}
