package nl.eenplan.engine;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionVariableSnapshotObserver;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The one way a user task is completed, whichever door it comes through (EenPlan's API, Tasklist's form,
 * /engine-rest's complete and submit-form): the engine's own work check (TASK_WORK and the pupil's school),
 * the task's handler with the client's variables as checked input, then the completion with only the routing
 * facts the handler returns. A refusal throws before anything is written, and the command rolls back as a whole.
 * The audit entry is written by the door the request came through (audit.ApiAudit for /api,
 * audit.EngineDeurAudit for /engine-rest and Tasklist), not here: only the door knows the answer's status, and sees
 * a completion refused before it reaches the engine.
 */
final class VoltooiTaak implements Command<VariableMap> {

    /** Set while this command completes its task: the guard on every user task's complete event checks it. */
    private static final ThreadLocal<String> BEZIG = new ThreadLocal<>();

    private final String taakId;
    private final Map<String, Object> invoer;
    private final boolean variabelenTerug;
    private final EenDeur.Regels regels;

    VoltooiTaak(String taakId, Map<String, Object> invoer, boolean variabelenTerug, EenDeur.Regels regels) {
        this.taakId = taakId;
        this.invoer = invoer;
        this.variabelenTerug = variabelenTerug;
        this.regels = regels;
    }

    /** Whether {@code taakId} is being completed through this command right now. */
    static boolean bezigMet(String taakId) {
        return taakId != null && taakId.equals(BEZIG.get());
    }

    @Override
    public VariableMap execute(CommandContext commandContext) {
        TaskEntity taak = taakId == null ? null : commandContext.getTaskManager().findTaskById(taakId);
        // A task of a school the user does not work for does not exist for them (as in their task list).
        if (taak == null || !commandContext.getTenantManager().isAuthenticatedTenant(taak.getTenantId())) {
            throw new Taakweigering(404, new nl.eenplan.web.NietGevondenException("Er is geen taak " + taakId + "."));
        }
        try {
            for (CommandChecker checker : commandContext.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkTaskWork(taak);
            }
        } catch (AuthorizationException e) {
            // Completed by someone else a moment ago: the task's rights went with it. That is a conflict.
            if (!bestaatNog(commandContext, taak.getId())) {
                throw Taakweigering.nietMogelijk("Deze taak is zojuist door iemand anders afgerond.");
            }
            throw e;
        }
        String gebruiker = commandContext.getAuthenticatedUserId();
        if (gebruiker != null && taak.getAssignee() != null && !taak.getAssignee().equals(gebruiker)) {
            throw Taakweigering.nietMogelijk("Deze taak is toegewezen aan " + taak.getAssignee()
                    + "; alleen die kan haar afronden.");
        }
        ExecutionEntity uitvoering = taak.getExecution();
        if (uitvoering == null) {
            throw Taakweigering.nietMogelijk("Taak '" + taak.getName() + "' hoort bij geen proces; EenPlan rondt "
                    + "alleen taken van zijn processen af.");
        }
        // The task's school (tenant) is whom it was offered to; the dossier (business key) is what its handler writes
        // in. They must be the same school, whatever a model did (a call activity handing on another business key).
        ExecutionEntity procesInstantie = uitvoering.getProcessInstance();
        if (procesInstantie == null) {
            // The task's own scope is still here, its instance not: completed by someone else a moment ago.
            throw Taakweigering.nietMogelijk("Deze taak is zojuist door iemand anders afgerond.");
        }
        String dossier = procesInstantie.getBusinessKey();
        if (taak.getTenantId() != null && dossier != null && !commandContext.runWithoutAuthorization(
                () -> regels.tenantHoortBijDossier(taak.getTenantId(), dossier))) {
            throw Taakweigering.nietMogelijk("Deze taak en het dossier waar haar proces over gaat horen niet bij dezelfde "
                    + "school; er is niets opgeslagen. Meld dit aan procesbeheer.");
        }
        String proces = uitvoering.getProcessDefinition().getKey();
        EenDeur.Afhandeling afhandeling = regels.afhandeling(proces, taak.getTaskDefinitionKey())
                .orElseThrow(() -> Taakweigering.nietMogelijk("Taak '" + taak.getName() + "' van proces " + proces
                        + " heeft geen afhandeling in EenPlan en kan niet worden afgerond."));

        // The door is passed; what follows is EenPlan's own work (the dossier, routing facts, the process
        // continuing), not the user's, so the engine does not check the user's rights again inside it.
        return commandContext.runWithoutAuthorization(() -> {
            boolean tenantCheck = commandContext.isTenantCheckEnabled();
            commandContext.disableTenantCheck();
            try {
                Map<String, Object> routering = verwerk(afhandeling, taak, uitvoering, proces, gebruiker);
                return rondAf(taak, routering);
            } finally {
                commandContext.setTenantCheckEnabled(tenantCheck);
            }
        });
    }

    /** Whether the task is still in the database (not in this command's cache, which still holds it). */
    private static boolean bestaatNog(CommandContext commandContext, String taakId) {
        return commandContext.runWithoutAuthorization(() -> {
            boolean tenantCheck = commandContext.isTenantCheckEnabled();
            commandContext.disableTenantCheck();
            try {
                return commandContext.getTaskManager().findTaskCountByQueryCriteria(new TaskQueryImpl().taskId(taakId)) > 0;
            } finally {
                commandContext.setTenantCheckEnabled(tenantCheck);
            }
        });
    }

    private Map<String, Object> verwerk(EenDeur.Afhandeling afhandeling, TaskEntity taak, ExecutionEntity uitvoering,
                                        String proces, String gebruiker) {
        return afhandeling.verwerk(new EenDeur.Voltooiing(taak.getId(), taak.getName(), proces,
                taak.getTaskDefinitionKey(), taak.getProcessInstanceId(), uitvoering.getProcessInstance().getBusinessKey(),
                taak.getTenantId(), taak.getDueDate() == null ? null : taak.getDueDate().toInstant(),
                uitvoering::getVariable), invoer, gebruiker);
    }

    private VariableMap rondAf(TaskEntity taak, Map<String, Object> routering) {
        if (!routering.isEmpty()) {
            taak.setExecutionVariables(routering);
        }
        ExecutionVariableSnapshotObserver terug = variabelenTerug && taak.getProcessInstance() != null
                ? new ExecutionVariableSnapshotObserver(taak.getProcessInstance(), false, false) : null;
        BEZIG.set(taak.getId());
        try {
            taak.logUserOperation(UserOperationLogEntry.OPERATION_TYPE_COMPLETE);
            taak.complete();
        } finally {
            BEZIG.remove();
        }
        return terug == null ? null : terug.getVariables();
    }
}
