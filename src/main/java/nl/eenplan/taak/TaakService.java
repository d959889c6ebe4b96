package nl.eenplan.taak;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.eenplan.engine.Taakweigering;
import nl.eenplan.security.EngineGebruiker;
import nl.eenplan.security.Toegang;
import nl.eenplan.web.Audit;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.NietMogelijkException;
import nl.eenplan.web.OngeldigeInvoerException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
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
    private final FormService formService;
    private final RepositoryService repositoryService;
    private final ObjectMapper json;
    private final EngineGebruiker engineGebruiker;
    private final Toegang toegang;
    private final Clock clock;
    private final Takenlijst takenlijst;

    TaakService(Takenlijst takenlijst, TaskService taskService, FormService formService, RepositoryService repositoryService,
                ObjectMapper json, EngineGebruiker engineGebruiker, Toegang toegang, Clock clock) {
        this.clock = clock;
        this.takenlijst = takenlijst;
        this.taskService = taskService;
        this.formService = formService;
        this.repositoryService = repositoryService;
        this.json = json;
        this.engineGebruiker = engineGebruiker;
        this.toegang = toegang;
    }

    /**
     * The user's tasks and their groups' tasks: due first (most overdue at the top), then those without a due date;
     * ties by the task's id ({@link Takenlijst}: one indexed query per half, or one by id for a user offered few tasks;
     * the same tasks as Camunda's query for one task).
     */
    @Transactional(readOnly = true)
    public List<TaakView> lijst(String gebruiker, Collection<String> groepen, int maximaal) {
        return views(takenlijst.lijst(gebruiker, groepen, toegang.zicht(), maximaal));
    }

    /**
     * One page of that list: the tasks from {@code vanaf} (from 0), at most {@code aantal}, and whether more follow;
     * past the end of the list (tasks done since the page was opened) the last page there is. Only the page's tasks
     * are read as views and named in the audit entry (issue #25: Mijn werk showed 500 at once).
     */
    @Transactional(readOnly = true)
    public Takenpagina pagina(String gebruiker, Collection<String> groepen, int vanaf, int aantal) {
        List<Task> tot = takenlijst.lijst(gebruiker, groepen, toegang.zicht(), vanaf + aantal + 1);
        int van = vanaf < tot.size() ? vanaf : tot.isEmpty() ? 0 : (tot.size() - 1) / aantal * aantal;
        List<Task> pagina = tot.subList(van, Math.min(van + aantal, tot.size()));
        return new Takenpagina(views(pagina), van, tot.size() > van + aantal);
    }

    /**
     * The pupils of the user's first {@code maximaal} tasks: what Mijn werk's search looks through by name (issue #25).
     * Nothing of it is shown, so nothing is named in the audit entry: the tasks a search finds are read with {@link
     * #vanDossiers}, which names them.
     */
    @Transactional(readOnly = true)
    public Lijstdossiers dossiersVanLijst(String gebruiker, Collection<String> groepen, int maximaal) {
        List<Task> taken = takenlijst.lijst(gebruiker, groepen, toegang.zicht(), maximaal + 1);
        List<Task> eerste = taken.subList(0, Math.min(maximaal, taken.size()));
        Map<String, String> nummers = dossiernummers(eerste);
        return new Lijstdossiers(eerste.stream().map(t -> nummers.get(t.getProcessInstanceId()))
                .filter(java.util.Objects::nonNull).distinct().toList(), taken.size() > maximaal);
    }

    /**
     * The user's tasks for these pupils (dossier numbers), in the list's order, at most this many, and whether more
     * follow: what Mijn werk's search shows (issue #25). Only the tasks returned are read as views and named in the
     * audit entry.
     */
    @Transactional(readOnly = true)
    public Takenpagina vanDossiers(Collection<String> nummers, String gebruiker, Collection<String> groepen,
                                   int maximaal) {
        List<Task> gevonden = takenlijst.vanDossiers(nummers, gebruiker, groepen, toegang.zicht(), maximaal + 1);
        return new Takenpagina(views(gevonden.subList(0, Math.min(maximaal, gevonden.size()))), 0,
                gevonden.size() > maximaal);
    }

    /** One task of the user's list, as the task page shows it; 404 when it is not theirs to see. */
    @Transactional(readOnly = true)
    public TaakView taak(String id, String gebruiker, Collection<String> groepen) {
        Task taak = vind(id, gebruiker, groepen);
        Audit.voorTaak(taak.getId());
        return views(List.of(taak)).get(0);
    }

    /** Whether this task is open and in the user's list ({@link #taak} opens it), for a link to its page. */
    @Transactional(readOnly = true)
    public boolean staatOpen(String id, String gebruiker, Collection<String> groepen) {
        return id != null && zichtbaar(gebruiker, groepen).taskId(id).count() > 0;
    }

    /** The user's open tasks for one pupil, oldest first: the task page offers the next one after completing. */
    @Transactional(readOnly = true)
    public List<TaakView> vanDossier(String dossierNummer, String gebruiker, Collection<String> groepen) {
        return views(takenlijst.vanDossier(dossierNummer, gebruiker, groepen, toegang.zicht(), 50));
    }

    /**
     * The open task of this step for one pupil (the newest, if ever two), whoever it is for: a read port for a
     * capability that offers something while the school's step waits (issue #24: the family's input to an evaluation
     * while the school's task "evalueren" is open). Only the task's id: no care details, no one's name. Not a user's
     * list: who may see the task itself is still {@link #taak}'s.
     */
    @Transactional(readOnly = true)
    public Optional<String> openTaak(String dossierNummer, String proces, String taak) {
        return nieuwsteOpen(dossierNummer, proces, taak).map(Task::getId);
    }

    private Optional<Task> nieuwsteOpen(String dossierNummer, String proces, String taak) {
        return taskService.createTaskQuery().processInstanceBusinessKey(dossierNummer).processDefinitionKey(proces)
                .taskDefinitionKey(taak).active().orderByTaskCreateTime().desc().listPage(0, 1).stream().findFirst();
    }

    /**
     * When the open task of this step for one pupil is due (the newest, if ever two), if it is open and has a due date:
     * the read port for the family's "Wat wacht op u" (issue #24), which shows by when the school waits for them. Only
     * the date: no care details, no one's name.
     */
    @Transactional(readOnly = true)
    public Optional<Instant> vervaltOp(String dossierNummer, String proces, String taak) {
        return nieuwsteOpen(dossierNummer, proces, taak).map(Task::getDueDate).map(java.util.Date::toInstant);
    }

    /**
     * The task's form as the process owner made it (Camunda Forms JSON, bound to the task's deployment), for
     * EenPlan's task page to render; empty when the task has none.
     */
    @Transactional(readOnly = true)
    public Optional<String> formulier(String id, String gebruiker, Collection<String> groepen) {
        Task taak = vind(id, gebruiker, groepen);
        if (formService.getTaskFormData(taak.getId()).getCamundaFormRef() == null) {
            return Optional.empty();
        }
        try (InputStream in = formService.getDeployedTaskForm(taak.getId())) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<TaakView> views(List<Task> taken) {
        Map<String, String> dossiers = dossiernummers(taken);
        // Every pupil in the list: each one's inzage shows who saw their task in it.
        Audit.betreftDossiers(dossiers.values());
        Map<String, ProcessDefinition> processen = processen(taken);
        Instant nu = clock.instant();
        return taken.stream().map(t -> {
            ProcessDefinition proces = processen.get(t.getProcessDefinitionId());
            Instant vervalt = t.getDueDate() == null ? null : t.getDueDate().toInstant();
            return new TaakView(t.getId(), t.getName(), proces == null ? null : proces.getKey(),
                    proces == null ? null : proces.getName(), t.getTaskDefinitionKey(),
                    dossiers.get(t.getProcessInstanceId()), vervalt, vervalt != null && nu.isAfter(vervalt),
                    t.getAssignee(), t.getCreateTime().toInstant());
        }).toList();
    }

    /**
     * Completes a task the user may work on, through the engine's one completion path (the task's handler checks
     * and applies the input, see nl.eenplan.engine.VoltooiTaak); 404 when it is not theirs to see.
     */
    public void voltooi(String id, JsonNode invoer, String gebruiker, Collection<String> groepen) {
        Task taak = vind(id, gebruiker, groepen);
        Audit.voorTaak(taak.getId());
        Audit.betreftDossier(dossiernummers(List.of(taak)).get(taak.getProcessInstanceId()));
        if (invoer != null && !invoer.isNull() && !invoer.isObject()) {
            throw new OngeldigeInvoerException("", "Stuur de invoer van de taak als JSON-object.");
        }
        Map<String, Object> variabelen = invoer == null || invoer.isNull() ? Map.of()
                : json.convertValue(invoer, new TypeReference<Map<String, Object>>() { });
        alsGebruiker(() -> taskService.complete(taak.getId(), variabelen));
    }

    /**
     * Gives a task to a colleague: a candidate of the task at the pupil's school (checked again by the engine,
     * EenDeur). Only someone who may work on the task may pass it on; end users cannot reassign in Tasklist.
     */
    public void wijsToe(String id, String aan, String gebruiker, Collection<String> groepen) {
        Task taak = vind(id, gebruiker, groepen);
        Audit.voorTaak(taak.getId());
        Audit.betreftDossier(dossiernummers(List.of(taak)).get(taak.getProcessInstanceId()));
        if (taak.getAssignee() != null && !taak.getAssignee().equals(gebruiker)) {
            throw new NietMogelijkException("Deze taak is toegewezen aan " + taak.getAssignee()
                    + "; alleen die kan haar doorgeven.");
        }
        if (aan == null || aan.isBlank()) {
            throw new OngeldigeInvoerException("aan", "Kies aan wie je de taak geeft.");
        }
        // As EenPlan: end users have no right to assign in the engine (least privilege); the checks above and
        // the engine's own (EenDeur) decide. The audit log names the user.
        alsEenPlan(() -> taskService.setAssignee(taak.getId(), aan.trim()));
    }

    /** Gives a task back to the group: its assignee, or a candidate when nobody has it. */
    public void geefVrij(String id, String gebruiker, Collection<String> groepen) {
        Task taak = vind(id, gebruiker, groepen);
        Audit.voorTaak(taak.getId());
        Audit.betreftDossier(dossiernummers(List.of(taak)).get(taak.getProcessInstanceId()));
        if (taak.getAssignee() != null && !taak.getAssignee().equals(gebruiker)) {
            throw new NietMogelijkException("Deze taak is toegewezen aan " + taak.getAssignee()
                    + "; alleen die kan haar teruggeven.");
        }
        alsEenPlan(() -> taskService.setAssignee(taak.getId(), null));
    }

    private Task vind(String id, String gebruiker, Collection<String> groepen) {
        Task taak = zichtbaar(gebruiker, groepen).taskId(id).singleResult();
        if (taak == null) {
            throw new NietGevondenException("Er is geen taak " + id + " in jouw takenlijst.");
        }
        return taak;
    }

    /**
     * Completes a task for the signed-in user after a capability's own checks (sending a verzuimmelding): the same
     * path as every other completion, with EenPlan's refusals answered as the API answers them.
     */
    public void voltooiNamensGebruiker(String taakId, Map<String, Object> invoer) {
        alsGebruiker(() -> taskService.complete(taakId, invoer));
    }

    /** Engine work as the signed-in user; EenPlan's refusals from inside the engine answered as the API does. */
    private void alsGebruiker(Runnable werk) {
        alsEenPlan(() -> engineGebruiker.voerUit(werk));
    }

    private static void alsEenPlan(Runnable werk) {
        try {
            werk.run();
        } catch (ProcessEngineException e) {
            Taakweigering w = Taakweigering.in(e);
            throw w != null ? w.oorzaak() : e;
        }
    }

    private TaskQuery zichtbaar(String gebruiker, Collection<String> groepen) {
        return zichtbaar(gebruiker, groepen, toegang.zicht());
    }

    /**
     * The tasks a user may see as Camunda's query: for one task by its id. {@link Takenlijst} is the same set as one
     * indexed query for the list (TakenlijstGelijkIT compares them).
     */
    TaskQuery zichtbaar(String gebruiker, Collection<String> groepen, Toegang.Zicht zicht) {
        TaskQuery q = taskService.createTaskQuery();
        if (!zicht.alles()) {
            // As Camunda's tenant check does in Tasklist: only tasks of the user's schools.
            q.tenantIdIn(zicht.scholenVoorQuery().toArray(String[]::new));
        }
        if (groepen.isEmpty()) {
            return q.or().taskAssignee(gebruiker).taskCandidateUser(gebruiker).endOr();
        }
        // A list Camunda may add to: taskCandidateUser adds the user's groups in its identity service to these (an
        // immutable list made that query fail for a user with a group there that the sign-in did not name).
        return q.or().taskAssignee(gebruiker).taskCandidateUser(gebruiker).taskCandidateGroupIn(new ArrayList<>(groepen))
                .endOr();
    }

    private Map<String, String> dossiernummers(List<Task> taken) {
        return takenlijst.dossiernummers(taken.stream().map(Task::getProcessInstanceId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
    }

    private Map<String, ProcessDefinition> processen(List<Task> taken) {
        String[] ids = taken.stream().map(Task::getProcessDefinitionId).filter(java.util.Objects::nonNull)
                .distinct().toArray(String[]::new);
        Map<String, ProcessDefinition> processen = new HashMap<>();
        if (ids.length > 0) {
            for (ProcessDefinition d : repositoryService.createProcessDefinitionQuery().processDefinitionIdIn(ids).list()) {
                processen.put(d.getId(), d);
            }
        }
        return processen;
    }
}
