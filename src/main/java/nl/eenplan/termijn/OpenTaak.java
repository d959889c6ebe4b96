package nl.eenplan.termijn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.eenplan.engine.Taak;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * For the reminder and escalation delegates of older model versions: the open user task of the model's step
 * named by the input parameter {@code taak}, in the same process instance (in a multi-instance: the one whose
 * variable named by input parameter {@code sleutel} matches); empty when it was done in the meantime.
 */
final class OpenTaak {

    private OpenTaak() {
    }

    static Optional<Taak> van(DelegateExecution execution, TaskService taskService, RepositoryService repositoryService) {
        Object stap = execution.getVariableLocal("taak");
        if (stap == null) {
            throw new IllegalStateException("Geef de herinnering of escalatie een invoerparameter 'taak' met het id "
                    + "van de gebruikerstaak in het model.");
        }
        List<Task> taken = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(stap.toString()).active().list();
        // A task in a multi-instance (one per agreement) is told apart by its own variable, named by the
        // optional input parameter "sleutel" (e.g. afspraakId).
        Object sleutel = execution.getVariableLocal("sleutel");
        if (sleutel != null) {
            Object waarde = execution.getVariable(sleutel.toString());
            taken = taken.stream()
                    .filter(t -> waarde != null && waarde.equals(taskService.getVariable(t.getId(), sleutel.toString())))
                    .toList();
        }
        Task taak = taken.stream().findFirst().orElse(null);
        if (taak == null) {
            return Optional.empty();
        }
        List<String> groepen = new ArrayList<>();
        List<String> kandidaten = new ArrayList<>();
        for (IdentityLink link : taskService.getIdentityLinksForTask(taak.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groepen.add(link.getGroupId());
            } else if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
                kandidaten.add(link.getUserId());
            }
        }
        String proces = repositoryService.getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        return Optional.of(new Taak(taak.getId(), taak.getName(), taak.getTaskDefinitionKey(), proces,
                execution.getProcessInstanceId(), execution.getProcessBusinessKey(), taak.getTenantId(),
                taak.getDueDate() == null ? null : taak.getDueDate().toInstant(), taak.getAssignee(), groepen,
                kandidaten));
    }
}
