package nl.eenplan.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.eenplan.engine.Enginecommando;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The dossiers that engine records belong to: the business key of their process instance (every process of a
 * pupil carries the dossier number as its key). Found by the server, without the user's authorizations or tenant
 * check, so a refused attempt names its pupil too; in a few queries per request, however many records an answer
 * lists (a list of 100 tasks is one query for their 100 instances).
 */
@Component
class EngineDossiers {

    /** Ids per query: an IN list stays well within every database's limits. */
    private static final int PER_QUERY = 500;
    /** A finished task is looked up one by one in the history: only the few a request names in its path or query. */
    private static final int AFGERONDE_TAKEN = 10;

    private final ProcessEngine engine;

    EngineDossiers(ProcessEngine engine) {
        this.engine = engine;
    }

    /** The dossier numbers of these process instances, tasks and execution; only what looks like a dossier number. */
    Set<String> van(Set<String> procesIds, Set<String> taakIds, String uitvoeringId) {
        if (procesIds.isEmpty() && taakIds.isEmpty() && uitvoeringId == null) {
            return Set.of();
        }
        return Enginecommando.zonderControles(engine, () -> zoek(procesIds, taakIds, uitvoeringId));
    }

    private Set<String> zoek(Set<String> procesIds, Set<String> taakIds, String uitvoeringId) {
        Set<String> processen = new LinkedHashSet<>(procesIds);
        processen.addAll(processenVanTaken(taakIds));
        if (uitvoeringId != null) {
            Execution uitvoering = engine.getRuntimeService().createExecutionQuery().executionId(uitvoeringId)
                    .singleResult();
            if (uitvoering != null) {
                processen.add(uitvoering.getProcessInstanceId());
            }
        }
        processen.remove(null);
        return Verzoeken.dossiernummers(sleutels(processen));
    }

    private Set<String> processenVanTaken(Set<String> taakIds) {
        Set<String> processen = new HashSet<>();
        if (taakIds.isEmpty()) {
            return processen;
        }
        TaskService taken = engine.getTaskService();
        Set<String> open = new HashSet<>();
        for (List<String> deel : delen(taakIds)) {
            for (Task t : taken.createTaskQuery().taskIdIn(deel.toArray(String[]::new)).list()) {
                open.add(t.getId());
                processen.add(t.getProcessInstanceId());
            }
        }
        // Completed in this very request, or earlier: the history keeps the task with its instance.
        HistoryService historie = engine.getHistoryService();
        taakIds.stream().filter(id -> !open.contains(id)).limit(AFGERONDE_TAKEN).forEach(id -> {
            HistoricTaskInstance t = historie.createHistoricTaskInstanceQuery().taskId(id).singleResult();
            if (t != null) {
                processen.add(t.getProcessInstanceId());
            }
        });
        return processen;
    }

    /** Business keys of running and ended instances: the history has both; the runtime only if history missed one. */
    private Set<String> sleutels(Set<String> processen) {
        Set<String> sleutels = new LinkedHashSet<>();
        Set<String> gevonden = new HashSet<>();
        HistoryService historie = engine.getHistoryService();
        for (List<String> deel : delen(processen)) {
            for (HistoricProcessInstance p : historie.createHistoricProcessInstanceQuery()
                    .processInstanceIds(new HashSet<>(deel)).list()) {
                gevonden.add(p.getId());
                sleutels.add(p.getBusinessKey());
            }
        }
        Set<String> rest = new HashSet<>(processen);
        rest.removeAll(gevonden);
        RuntimeService runtime = engine.getRuntimeService();
        for (List<String> deel : delen(rest)) {
            for (ProcessInstance p : runtime.createProcessInstanceQuery().processInstanceIds(new HashSet<>(deel)).list()) {
                sleutels.add(p.getBusinessKey());
            }
        }
        sleutels.remove(null);
        return sleutels;
    }

    private static List<List<String>> delen(Set<String> ids) {
        List<String> alle = new ArrayList<>(ids);
        List<List<String>> delen = new ArrayList<>();
        for (int i = 0; i < alle.size(); i += PER_QUERY) {
            delen.add(alle.subList(i, Math.min(alle.size(), i + PER_QUERY)));
        }
        return delen;
    }
}
