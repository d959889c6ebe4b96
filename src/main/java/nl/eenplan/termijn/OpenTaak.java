package nl.eenplan.termijn;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * The open user task a reminder or escalation is about: the task of the model's step named by the
 * input parameter {@code taak}, in the same process instance; with who it is for.
 */
record OpenTaak(Task taak, String gebruiker, List<String> groepen) {

    static OpenTaak van(DelegateExecution execution, TaskService taskService) {
        Object stap = execution.getVariableLocal("taak");
        if (stap == null) {
            throw new IllegalStateException("Geef de herinnering of escalatie een invoerparameter 'taak' met het id "
                    + "van de gebruikerstaak in het model.");
        }
        Task taak = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(stap.toString()).active().list().stream().findFirst().orElse(null);
        if (taak == null) {
            return new OpenTaak(null, null, List.of());
        }
        List<String> groepen = new ArrayList<>();
        for (IdentityLink link : taskService.getIdentityLinksForTask(taak.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groepen.add(link.getGroupId());
            }
        }
        return new OpenTaak(taak, taak.getAssignee(), groepen);
    }
}
