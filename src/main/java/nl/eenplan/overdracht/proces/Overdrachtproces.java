package nl.eenplan.overdracht.proces;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.eenplan.engine.Routering;
import nl.eenplan.security.GebruikerService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * The engine side of handing a zorgcoördinator's work to a colleague, so OverdrachtService stays free of engine types:
 * the open tasks assigned to the one who leaves in the processes of their pupils (business key = dossier number, also
 * in called processes), and the routing fact {@code zorgcoordinator} of those processes (nl.eenplan.engine.Routering),
 * which steps still to come read (an MDO's invitations, a stopped route's notification, an arrangement's).
 */
@Component
public class Overdrachtproces {

    private static final Logger LOG = LoggerFactory.getLogger(Overdrachtproces.class);
    /** A business-key IN list stays well under what every database takes. */
    private static final int PER_QUERY = 500;
    private static final String TEGELIJK = "Een taak of proces van deze leerlingen veranderde tijdens de overdracht.";

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final GebruikerService gebruikers;
    private final SQLExceptionTranslator fouten;

    Overdrachtproces(TaskService taskService, RuntimeService runtimeService, GebruikerService gebruikers,
                     DataSource dataSource) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.gebruikers = gebruikers;
        this.fouten = new SQLErrorCodeSQLExceptionTranslator(dataSource);
    }

    /**
     * The open tasks of {@code van} in these pupils' processes at the school: those {@code naar} may take (a candidate
     * of the task: in one of its groups, or named), and the others, which go back to their group, as the engine's one
     * door for tasks would refuse them to {@code naar} (nl.eenplan.engine.EenDeur).
     */
    public record Taken(List<String> naarOpvolger, List<String> terugNaarGroep) {
    }

    /** What {@link #draagOver} would move, without changing anything. */
    public Taken taken(Collection<String> dossiers, String school, String van, String naar) {
        List<String> opvolger = new ArrayList<>();
        List<String> groep = new ArrayList<>();
        for (List<String> deel : delen(dossiers)) {
            for (Task taak : taskService.createTaskQuery().tenantIdIn(school).taskAssignee(van)
                    .processInstanceBusinessKeyIn(deel.toArray(String[]::new)).orderByTaskCreateTime().asc().list()) {
                (magDoen(taak.getId(), naar) ? opvolger : groep).add(taak.getId());
            }
        }
        return new Taken(opvolger, groep);
    }

    private boolean magDoen(String taakId, String gebruiker) {
        for (IdentityLink link : taskService.getIdentityLinksForTask(taakId)) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && (gebruiker.equals(link.getUserId())
                    || (link.getGroupId() != null && gebruikers.isLidVan(gebruiker, link.getGroupId())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gives {@code naar} the tasks of {@code van} in these pupils' processes (the others back to their group) and makes
     * {@code naar} the routing fact {@code zorgcoordinator} wherever it named {@code van} in them; in the caller's
     * transaction, so with the dossiers or not at all. A task completed or changed at the same moment refuses the
     * whole transaction with one of Spring's {@link ConcurrencyFailureException}s: run it once more and it is no longer
     * in the way (nl.eenplan.transactie.Botsing).
     */
    public Taken draagOver(Collection<String> dossiers, String school, String van, String naar) {
        return tegelijkGewijzigd(() -> {
            Taken taken = taken(dossiers, school, van, naar);
            // As EenPlan, as TaakService.wijsToe does: the engine's door checks each assignment once more.
            taken.naarOpvolger().forEach(id -> taskService.setAssignee(id, naar));
            taken.terugNaarGroep().forEach(id -> taskService.setAssignee(id, null));
            zetZorgcoordinator(Set.copyOf(dossiers), school, van, naar);
            return taken;
        });
    }

    /** The routing fact in every scope that holds it (an instance, a called process), where it names {@code van}. */
    private void zetZorgcoordinator(Set<String> dossiers, String school, String van, String naar) {
        String naam = Routering.COORDINATOR.naam();
        List<VariableInstance> variabelen = runtimeService.createVariableInstanceQuery().tenantIdIn(school)
                .variableName(naam).variableValueEquals(naam, van).list();
        if (variabelen.isEmpty()) {
            return;
        }
        Set<String> instanties = variabelen.stream().map(VariableInstance::getProcessInstanceId)
                .collect(Collectors.toSet());
        Map<String, String> dossierVan = new HashMap<>();
        for (ProcessInstance p : runtimeService.createProcessInstanceQuery().processInstanceIds(instanties).list()) {
            dossierVan.put(p.getId(), p.getBusinessKey());
        }
        for (VariableInstance v : variabelen) {
            if (!dossiers.contains(dossierVan.get(v.getProcessInstanceId()))) {
                continue;
            }
            if (v.getTaskId() != null) {
                taskService.setVariableLocal(v.getTaskId(), naam, naar);
            } else {
                runtimeService.setVariableLocal(v.getExecutionId(), naam, naar);
            }
        }
    }

    /**
     * The engine's answers to another transaction that changed a task or instance first: its revision moved on
     * (optimistic locking), the task is gone (completed), or the database refused the wait for its row (a lock timeout,
     * a deadlock; as Spring reads the database's error). Anything else is not a conflict and stays what it is.
     */
    private <T> T tegelijkGewijzigd(Supplier<T> werk) {
        try {
            return werk.get();
        } catch (OptimisticLockingException | NotFoundException e) {
            LOG.info("{} {}", TEGELIJK, e.getMessage());
            throw new OptimisticLockingFailureException(TEGELIJK, e);
        } catch (ProcessEngineException e) {
            for (Throwable oorzaak = e; oorzaak != null; oorzaak = oorzaak.getCause()) {
                if (oorzaak instanceof SQLException sql
                        && fouten.translate("overdracht", null, sql) instanceof ConcurrencyFailureException botsing) {
                    LOG.info("{} {}", TEGELIJK, sql.getMessage());
                    throw botsing;
                }
            }
            throw e;
        }
    }

    private static List<List<String>> delen(Collection<String> dossiers) {
        List<String> alle = List.copyOf(dossiers);
        List<List<String>> delen = new ArrayList<>();
        for (int i = 0; i < alle.size(); i += PER_QUERY) {
            delen.add(alle.subList(i, Math.min(alle.size(), i + PER_QUERY)));
        }
        return delen;
    }
}
