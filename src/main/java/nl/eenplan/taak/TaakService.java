package nl.eenplan.taak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.eenplan.audit.Audit;
import nl.eenplan.security.EngineGebruiker;
import nl.eenplan.security.Toegang;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.NietMogelijkException;
import nl.eenplan.web.OngeldigeInvoerException;
import nl.eenplan.web.Veldfout;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task list of the EenPlan API: the same tasks Tasklist shows (assigned to the user or offered to
 * their groups), overdue first, and completing one with validated input.
 */
@Service
@Transactional
public class TaakService {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final List<Taakafhandeling<?>> afhandelingen;
    private final ObjectMapper json;
    private final Validator validator;
    private final EngineGebruiker engineGebruiker;
    private final Toegang toegang;
    private final Clock clock;

    TaakService(TaskService taskService, RuntimeService runtimeService, RepositoryService repositoryService,
                List<Taakafhandeling<?>> afhandelingen, ObjectMapper json, Validator validator,
                EngineGebruiker engineGebruiker, Toegang toegang, Clock clock) {
        this.clock = clock;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.afhandelingen = afhandelingen;
        this.json = json;
        this.validator = validator;
        this.engineGebruiker = engineGebruiker;
        this.toegang = toegang;
    }

    /** The user's tasks and their groups' tasks: due first (most overdue at the top), then those without a due date. */
    @Transactional(readOnly = true)
    public List<TaakView> lijst(String gebruiker, Collection<String> groepen, int maximaal) {
        List<Task> taken = new ArrayList<>(zichtbaar(gebruiker, groepen).dueAfter(new java.util.Date(0))
                .orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, maximaal));
        if (taken.size() < maximaal) {
            taken.addAll(zichtbaar(gebruiker, groepen).withoutDueDate().orderByTaskCreateTime().asc()
                    .listPage(0, maximaal - taken.size()));
        }
        Map<String, String> dossiers = dossiernummers(taken);
        Map<String, String> processen = proceskeys(taken);
        Instant nu = clock.instant();
        return taken.stream().map(t -> {
            String proces = processen.get(t.getProcessDefinitionId());
            Instant vervalt = t.getDueDate() == null ? null : t.getDueDate().toInstant();
            return new TaakView(t.getId(), t.getName(), proces, t.getTaskDefinitionKey(),
                    dossiers.get(t.getProcessInstanceId()), vervalt, vervalt != null && nu.isAfter(vervalt),
                    t.getAssignee(), t.getCreateTime().toInstant(), afhandeling(proces, t.getTaskDefinitionKey()) != null);
        }).toList();
    }

    /** Completes a task the user may work on, after checking the input; 404 when it is not theirs to see. */
    public void voltooi(String id, JsonNode invoer, String gebruiker, Collection<String> groepen) {
        Task taak = zichtbaar(gebruiker, groepen).taskId(id).singleResult();
        if (taak == null) {
            throw new NietGevondenException("Er is geen taak " + id + " in jouw takenlijst.");
        }
        if (taak.getAssignee() != null && !taak.getAssignee().equals(gebruiker)) {
            throw new NietMogelijkException("Deze taak is toegewezen aan " + taak.getAssignee() + ".");
        }
        String proces = repositoryService.getProcessDefinition(taak.getProcessDefinitionId()).getKey();
        Taakafhandeling<?> afhandeling = afhandeling(proces, taak.getTaskDefinitionKey());
        if (afhandeling == null) {
            throw new NietMogelijkException("Taak '" + taak.getName() + "' rond je af in Tasklist of met de eigen "
                    + "handelingen van de API (zie docs/api.md).");
        }
        Audit.voorTaak(taak.getId());
        Audit.betreftDossier(dossiernummers(List.of(taak)).get(taak.getProcessInstanceId()));
        Map<String, Object> variabelen = verwerk(afhandeling, taak, invoer, gebruiker);
        engineGebruiker.voerUit(() -> taskService.complete(taak.getId(), variabelen));
    }

    private <T> Map<String, Object> verwerk(Taakafhandeling<T> afhandeling, Task taak, JsonNode invoer, String gebruiker) {
        T waarde = lees(invoer, afhandeling.invoer());
        Set<ConstraintViolation<T>> fouten = validator.validate(waarde);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten.stream()
                    .map(f -> new Veldfout(f.getPropertyPath().toString(), f.getMessage()))
                    .sorted(Comparator.comparing(Veldfout::veld)).toList());
        }
        return afhandeling.verwerk(taak, waarde, gebruiker);
    }

    private <T> T lees(JsonNode invoer, Class<T> soort) {
        try {
            return json.treeToValue(invoer == null || invoer.isNull() ? json.createObjectNode() : invoer, soort);
        } catch (UnrecognizedPropertyException e) {
            throw new OngeldigeInvoerException(e.getPropertyName(), "Dit veld bestaat niet bij deze taak.");
        } catch (MismatchedInputException e) {
            String veld = e.getPath().stream().map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]" : r.getFieldName())
                    .collect(Collectors.joining("."));
            throw new OngeldigeInvoerException(veld, "Ongeldige waarde.");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new OngeldigeInvoerException("", "De invoer past niet bij deze taak.");
        }
    }

    private Taakafhandeling<?> afhandeling(String proces, String taak) {
        return afhandelingen.stream().filter(a -> a.behandelt(proces, taak)).findFirst().orElse(null);
    }

    private TaskQuery zichtbaar(String gebruiker, Collection<String> groepen) {
        TaskQuery q = taskService.createTaskQuery();
        Toegang.Zicht zicht = toegang.zicht();
        if (!zicht.alles()) {
            // As Camunda's tenant check does in Tasklist: only tasks of the user's schools.
            q.tenantIdIn(zicht.scholenVoorQuery().toArray(String[]::new));
        }
        if (groepen.isEmpty()) {
            return q.or().taskAssignee(gebruiker).taskCandidateUser(gebruiker).endOr();
        }
        return q.or().taskAssignee(gebruiker).taskCandidateUser(gebruiker).taskCandidateGroupIn(List.copyOf(groepen))
                .endOr();
    }

    private Map<String, String> dossiernummers(List<Task> taken) {
        Set<String> ids = taken.stream().map(Task::getProcessInstanceId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> nummers = new HashMap<>();
        if (!ids.isEmpty()) {
            for (ProcessInstance p : runtimeService.createProcessInstanceQuery().processInstanceIds(ids).list()) {
                nummers.put(p.getId(), p.getBusinessKey());
            }
        }
        return nummers;
    }

    private Map<String, String> proceskeys(List<Task> taken) {
        String[] ids = taken.stream().map(Task::getProcessDefinitionId).filter(java.util.Objects::nonNull)
                .distinct().toArray(String[]::new);
        Map<String, String> keys = new HashMap<>();
        if (ids.length > 0) {
            for (ProcessDefinition d : repositoryService.createProcessDefinitionQuery().processDefinitionIdIn(ids).list()) {
                keys.put(d.getId(), d.getKey());
            }
        }
        return keys;
    }
}
