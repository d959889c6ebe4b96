package nl.eenplan.engine;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.eenplan.web.NietMogelijkException;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.stereotype.Component;

/**
 * Moves a running instance to another pupil's dossier and school (a confirmed school change, nl.eenplan.schoolwissel).
 * An instance's tenant (the school) cannot change in the engine, so the instance starts again for the new dossier, in
 * the new school's tenant, on the same version of the model, before the very steps it waited at, with its variables
 * (the routing facts the new school's) and its tasks and timers on their old dates (each timer by its job definition);
 * the old instance ends with the reason in its history. Runs as EenPlan itself: the old school's user who confirms may not see the new school's tenant.
 * <p>
 * The new instance names the old one in {@link #VORIGE_INSTANTIE} (Cockpit shows it with the variables; the old one's
 * history is at /engine-rest/history/process-instance/{id}, its steps at /history/activity-instance?processInstanceId=),
 * a chain when it moves again. Only process-level variables are copied: the models that move (tlv, thuiszitterstafel)
 * keep no local variable at a step they wait at (their input parameters are on service tasks that run through, and the
 * deadline convention's timers are built again with the step), which VerhuisbareModellenTest checks.
 */
@Component
public class Procesverhuizing {

    /** The id of the instance this one was moved from (the link to its history before the move). */
    public static final Variabele<String> VORIGE_INSTANTIE = Variabele.tekst("vorigeInstantie");

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final Instantiedatums datums;

    Procesverhuizing(RuntimeService runtimeService, RepositoryService repositoryService,
                     IdentityService identityService, TaskService taskService, ManagementService managementService,
                     Instantiedatums datums) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.identityService = identityService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.datums = datums;
    }

    /**
     * The running instance of process {@code sleutel} with business key {@code vanNummer} in tenant {@code vanTenant},
     * moved to business key {@code naarNummer} with the routing facts {@code routering} (and their tenant); empty when
     * none runs. Returns the new instance's id.
     */
    public Optional<String> verhuis(String sleutel, String vanNummer, String vanTenant, String naarNummer,
                                    Map<String, Object> routering, String reden) {
        return Ingelogd.alsEenPlan(identityService, () -> {
            List<ProcessInstance> lopend = runtimeService.createProcessInstanceQuery().processDefinitionKey(sleutel)
                    .processInstanceBusinessKey(vanNummer).tenantIdIn(vanTenant).list();
            String nieuw = null;
            for (ProcessInstance p : lopend) {
                nieuw = verhuis(p, naarNummer, routering, reden);
            }
            return Optional.ofNullable(nieuw);
        });
    }

    /** As {@link #verhuis(String, String, String, String, Map, String)}, for one instance by its id. */
    public Optional<String> verhuis(String instantieId, String naarNummer, Map<String, Object> routering, String reden) {
        return Ingelogd.alsEenPlan(identityService, () -> Optional.ofNullable(runtimeService.createProcessInstanceQuery()
                .processInstanceId(instantieId).singleResult()).map(p -> verhuis(p, naarNummer, routering, reden)));
    }

    /** Whether the running instance waits at step {@code stap} (false when it ended); asked as EenPlan. */
    public boolean staatOp(String instantieId, String stap) {
        return Ingelogd.alsEenPlan(identityService, () -> runtimeService.createProcessInstanceQuery()
                .processInstanceId(instantieId).count() > 0
                && runtimeService.getActiveActivityIds(instantieId).contains(stap));
    }

    private String verhuis(ProcessInstance oud, String naarNummer, Map<String, Object> routering, String reden) {
        ProcessDefinition model = repositoryService.getProcessDefinition(oud.getProcessDefinitionId());
        if (model.getTenantId() != null) {
            // A try version (Proefomgeving) is never the new school's: the version for all schools.
            model = repositoryService.createProcessDefinitionQuery().processDefinitionKey(model.getKey())
                    .withoutTenantId().latestVersion().singleResult();
        }
        List<String> stappen = runtimeService.getActiveActivityIds(oud.getId());
        kanVerhuizen(oud, model, stappen);
        // What runs on a date, read before the restart: every timer per job definition (a task has two on the same
        // activity, reminder and escalation: Termijnconventie) and the open tasks' own dates, per step.
        boolean zelfdeModel = model.getId().equals(oud.getProcessDefinitionId());
        Map<String, Date> timers = new HashMap<>();
        for (Job j : managementService.createJobQuery().processInstanceId(oud.getId()).timers().list()) {
            Optional.ofNullable(sleutel(j, zelfdeModel)).ifPresent(s -> timers.put(s, j.getDuedate()));
        }
        Map<String, Task> taken = new HashMap<>();
        taskService.createTaskQuery().processInstanceId(oud.getId()).list()
                .forEach(t -> taken.put(t.getTaskDefinitionKey(), t));
        Map<String, Object> variabelen = new HashMap<>(runtimeService.getVariables(oud.getId()));
        variabelen.putAll(routering);
        variabelen.put(VORIGE_INSTANTIE.naam(), oud.getId());
        ProcessInstantiationBuilder start = runtimeService.createProcessInstanceById(model.getId())
                .businessKey(naarNummer).setVariables(variabelen);
        stappen.forEach(start::startBeforeActivity);
        ProcessInstance nieuw = start.execute();
        // Back on their old dates: at once when the new instance is written, or after the command that started it
        // (the completion of the confirmation task) commits (Instantiedatums).
        datums.zodraGeschreven(nieuw, model.getKey(), naarNummer,
                "hun datums van vóór de schoolwissel (zie de historie van instantie " + oud.getId() + ")",
                () -> zetTerug(nieuw.getId(), taken, timers, zelfdeModel));
        runtimeService.deleteProcessInstance(oud.getId(), reden, true);
        return nieuw.getId();
    }

    /**
     * Refuses (409, the whole confirmation with it) what a restart before the same steps with the process variables
     * would build wrongly: a step that runs several times at once (each run's own variables are not copied), or a step
     * the version for all schools does not have (the instance ran on a try version).
     */
    private void kanVerhuizen(ProcessInstance oud, ProcessDefinition model, List<String> stappen) {
        String meervoudig = meervoudig(runtimeService.getActivityInstance(oud.getId()));
        if (meervoudig != null) {
            throw new NietMogelijkException("Het proces '" + model.getKey() + "' van deze leerling kan niet verhuizen: "
                    + "stap '" + meervoudig + "' loopt meerdere keren tegelijk, en zo kan EenPlan haar niet bij de nieuwe "
                    + "school voortzetten. Rond die stap eerst af en bevestig dan de overstap.");
        }
        if (!model.getId().equals(oud.getProcessDefinitionId())) {
            BpmnModelInstance doel = repositoryService.getBpmnModelInstance(model.getId());
            List<String> onbekend = stappen.stream().filter(s -> doel.getModelElementById(s) == null).toList();
            if (!onbekend.isEmpty()) {
                throw new NietMogelijkException("Het proces '" + model.getKey() + "' van deze leerling kan niet "
                        + "verhuizen: het staat op " + String.join(", ", onbekend) + ", die versie " + model.getVersion()
                        + " voor alle scholen niet kent (het liep op een proefversie). Rond die stap eerst af of laat "
                        + "procesbeheer het proces naar versie " + model.getVersion() + " migreren, en bevestig dan de "
                        + "overstap.");
            }
        }
    }

    /** The first step in the tree that runs as a multi-instance, or null. */
    private static String meervoudig(ActivityInstance a) {
        if (a == null) {
            return null;
        }
        if (ActivityTypes.MULTI_INSTANCE_BODY.equals(a.getActivityType())) {
            // The body has no name of its own; its runs carry the step's.
            for (ActivityInstance run : a.getChildActivityInstances()) {
                if (run.getActivityName() != null) {
                    return run.getActivityName();
                }
            }
            return a.getActivityId().replace("#" + ActivityTypes.MULTI_INSTANCE_BODY, "");
        }
        for (ActivityInstance kind : a.getChildActivityInstances()) {
            String gevonden = meervoudig(kind);
            if (gevonden != null) {
                return gevonden;
            }
        }
        return null;
    }

    /**
     * The moved instance's tasks and timers back on their old dates. First the tasks' due and follow-up dates:
     * Termijnconventie's update listener moves the task's escalation and reminder with them (Instantiedatums). Then every timer not yet
     * on its old date (a boundary or intermediate timer, a timer a model before the convention draws itself).
     */
    private void zetTerug(String nieuw, Map<String, Task> taken, Map<String, Date> timers, boolean zelfdeModel) {
        for (Task t : taskService.createTaskQuery().processInstanceId(nieuw).list()) {
            Task was = taken.get(t.getTaskDefinitionKey());
            if (was == null) {
                continue;
            }
            datums.zetTaak(t, was.getDueDate(), was.getFollowUpDate());
        }
        for (Job j : managementService.createJobQuery().processInstanceId(nieuw).timers().list()) {
            String sleutel = sleutel(j, zelfdeModel);
            Date op = sleutel == null ? null : timers.get(sleutel);
            if (op != null && !Instantiedatums.zelfde(op, j.getDuedate())) {
                managementService.setJobDuedate(j.getId(), op);
            }
        }
    }

    /**
     * Which timer of the model a job is: its job definition, on the same version; on another version (the old one
     * ran on a try version) the definition's activity, type and configuration ("DATE: herinnering"), which the new
     * version's definition of the same timer shares.
     */
    private String sleutel(Job job, boolean zelfdeModel) {
        if (job.getJobDefinitionId() == null || zelfdeModel) {
            return job.getJobDefinitionId();
        }
        JobDefinition d = managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                .singleResult();
        return d == null ? null : d.getActivityId() + "|" + d.getJobType() + "|" + d.getJobConfiguration();
    }
}
