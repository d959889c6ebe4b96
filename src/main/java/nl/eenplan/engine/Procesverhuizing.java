package nl.eenplan.engine;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.JobQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Moves a running instance to another pupil's dossier and school (a confirmed school change, nl.eenplan.schoolwissel).
 * An instance's tenant (the school) cannot change in the engine, so the instance starts again for the new dossier, in
 * the new school's tenant, on the same version of the model, before the very steps it waited at, with its variables
 * (the routing facts the new school's) and its timers on their old due dates (set once the transaction committed);
 * the old instance ends with the reason in its history. Runs as EenPlan itself: the old school's user who confirms may not see the new school's tenant.
 */
@Component
public class Procesverhuizing {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Procesverhuizing.class);

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final ProcessEngine processEngine;

    Procesverhuizing(RuntimeService runtimeService, RepositoryService repositoryService,
                     IdentityService identityService, ProcessEngine processEngine) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.identityService = identityService;
        this.processEngine = processEngine;
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
        inCommando(timers(oud.getId(), t -> timers.put(t.getActivityId(), t.getDuedate())));
        Map<String, Object> variabelen = new HashMap<>(runtimeService.getVariables(oud.getId()));
        variabelen.putAll(routering);
        ProcessInstantiationBuilder start = runtimeService.createProcessInstanceById(model.getId())
                .businessKey(naarNummer).setVariables(variabelen);
        stappen.forEach(start::startBeforeActivity);
        String nieuw = start.execute().getId();
        Command<Void> opTijd = timers(nieuw, t -> {
            Date op = timers.get(t.getActivityId());
            if (op != null) {
                t.setDuedate(op);
            }
        });
        // The new instance's timers are readable once the transaction that started it committed: set them then, in
        // a transaction of their own (they are only moved to their old dates; nothing else depends on it).
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    try {
                        configuratie().getCommandExecutorTxRequiresNew().execute(opTijd);
                    } catch (RuntimeException e) {
                        // The move itself committed; a timer then keeps the date the model gave it now.
                        LOG.warn("Timers van verhuisde instantie {} niet op hun oude datum gezet", nieuw, e);
                    }
                }
            });
        } else {
            inCommando(opTijd);
        }
        runtimeService.deleteProcessInstance(oud.getId(), reden, true);
        return nieuw;
    }

    /** The timers of an instance, in the engine's cache of this command or written, each to {@code werk}. */
    private static Command<Void> timers(String instantieId, java.util.function.Consumer<TimerEntity> werk) {
        return context -> {
            Map<String, TimerEntity> gevonden = new java.util.LinkedHashMap<>();
            // The engine caches timers under JobEntity (DbEntityCacheKeyMapping).
            for (JobEntity j : context.getDbEntityManager().getCachedEntitiesByType(JobEntity.class)) {
                if (j instanceof TimerEntity t && instantieId.equals(t.getProcessInstanceId())) {
                    gevonden.put(t.getId(), t);
                }
            }
            boolean tenantCheck = context.isTenantCheckEnabled();
            context.disableTenantCheck();
            try {
                JobQueryImpl vraag = new JobQueryImpl();
                vraag.processInstanceId(instantieId).timers();
                for (Job j : context.getJobManager().findJobsByQueryCriteria(vraag, null)) {
                    if (j instanceof TimerEntity t) {
                        gevonden.putIfAbsent(t.getId(), t);
                    }
                }
            } finally {
                context.setTenantCheckEnabled(tenantCheck);
            }
            gevonden.values().forEach(werk);
            return null;
        };
    }

    private void inCommando(Command<Void> commando) {
        configuratie().getCommandExecutorTxRequired().execute(commando);
    }

    private ProcessEngineConfigurationImpl configuratie() {
        return (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    }

}
