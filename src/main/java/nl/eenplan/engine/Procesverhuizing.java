package nl.eenplan.engine;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.springframework.stereotype.Component;

/**
 * Moves a running instance to another pupil's dossier and school (a confirmed school change, nl.eenplan.schoolwissel).
 * An instance's tenant (the school) cannot change in the engine, so the instance starts again for the new dossier, in
 * the new school's tenant, on the same version of the model, before the very steps it waited at, with its variables
 * (the routing facts the new school's) and its timers on their old due dates; the old instance ends with the reason in
 * its history. Runs as EenPlan itself: the old school's user who confirms may not see the new school's tenant.
 */
@Component
public class Procesverhuizing {

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final ManagementService managementService;
    private final IdentityService identityService;

    Procesverhuizing(RuntimeService runtimeService, RepositoryService repositoryService,
                     ManagementService managementService, IdentityService identityService) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.managementService = managementService;
        this.identityService = identityService;
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

    private String verhuis(ProcessInstance oud, String naarNummer, Map<String, Object> routering, String reden) {
        ProcessDefinition model = repositoryService.getProcessDefinition(oud.getProcessDefinitionId());
        if (model.getTenantId() != null) {
            // A try version (Proefomgeving) is never the new school's: the version for all schools.
            model = repositoryService.createProcessDefinitionQuery().processDefinitionKey(model.getKey())
                    .withoutTenantId().latestVersion().singleResult();
        }
        List<String> stappen = runtimeService.getActiveActivityIds(oud.getId());
        Map<String, Date> timers = new HashMap<>();
        for (Job j : managementService.createJobQuery().processInstanceId(oud.getId()).timers().list()) {
            timers.put(stap(j), j.getDuedate());
        }
        Map<String, Object> variabelen = new HashMap<>(runtimeService.getVariables(oud.getId()));
        variabelen.putAll(routering);
        ProcessInstantiationBuilder start = runtimeService.createProcessInstanceById(model.getId())
                .businessKey(naarNummer).setVariables(variabelen);
        stappen.forEach(start::startBeforeActivity);
        String nieuw = start.execute().getId();
        for (Job j : managementService.createJobQuery().processInstanceId(nieuw).timers().list()) {
            Date op = timers.get(stap(j));
            if (op != null) {
                managementService.setJobDuedate(j.getId(), op);
            }
        }
        runtimeService.deleteProcessInstance(oud.getId(), reden, true);
        return nieuw;
    }

    private String stap(Job job) {
        JobDefinition definitie = managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                .singleResult();
        return definitie == null ? job.getId() : definitie.getActivityId();
    }
}
