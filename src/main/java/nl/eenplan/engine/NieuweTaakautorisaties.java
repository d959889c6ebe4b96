package nl.eenplan.engine;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The authorization Camunda gives a task's candidate group (who may see and work the task in Tasklist), made without
 * looking it up first when the task is new. Camunda looks the group's authorization on the task up in the database, to
 * add permissions to it; a task created in the same command has none there (its id is new, and the command writes
 * everything at its end), so the lookup can only find nothing. Issue #25: one SELECT per pupil of a class upload, 5% of
 * its CPU. A task already written (a group added later, a claim) is looked up as before. The authorization itself is
 * Camunda's own (the same permissions and removal time). Off with {@code eenplan.engine.standaardinstellingen=true}.
 */
@Component
@ConditionalOnProperty(name = "eenplan.engine.standaardinstellingen", havingValue = "false", matchIfMissing = true)
class NieuweTaakautorisaties extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        configuratie.setResourceAuthorizationProvider(new Autorisaties());
    }

    static final class Autorisaties extends DefaultAuthorizationProvider {

        @Override
        protected AuthorizationEntity createOrUpdateAuthorization(Task task, String userId, String groupId,
                                                                  Resource resource, boolean isHistoric,
                                                                  Permission... permissions) {
            if (!nogNietGeschreven(task)) {
                return super.createOrUpdateAuthorization(task, userId, groupId, resource, isHistoric, permissions);
            }
            AuthorizationEntity autorisatie = createAuthorization(userId, groupId, resource, task.getId(), permissions);
            if (isHistoric) {
                provideRemovalTime(autorisatie, task);
            }
            return autorisatie;
        }

        /** Whether the task is new in the running command: in its entity cache, to be inserted at its end. */
        private static boolean nogNietGeschreven(Task task) {
            CommandContext context = Context.getCommandContext();
            return context != null && task instanceof TaskEntity taak
                    && context.getDbEntityManager().getDbEntityCache().isTransient(taak);
        }
    }
}
