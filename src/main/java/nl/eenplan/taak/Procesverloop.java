package nl.eenplan.taak;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.engine.Stappen;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a pupil's processes stand and what happened in them, from the engine's history, with the dossier's hand-overs
 * from one zorgcoördinator to another: the pupil page's "processen" and "tijdlijn". Only names of steps, dates and who
 * did them; the content lives in the dossier. The caller checks first that the user may see the dossier.
 */
@Service
@Transactional(readOnly = true)
public class Procesverloop {

    /** A process that runs for the pupil (its key, as the models name it, and its name) and the steps it is in now. */
    public record LopendProces(String proces, String naam, Instant gestartOp, List<String> stappen) {
    }

    /** Something that happened: a process started or ended, a step completed (by whom). */
    public record Gebeurtenis(Instant op, String wat, String proces, String door) {
    }

    private final HistoryService history;
    private final RepositoryService repository;
    private final DossierService dossiers;

    Procesverloop(HistoryService history, RepositoryService repository, DossierService dossiers) {
        this.history = history;
        this.repository = repository;
        this.dossiers = dossiers;
    }

    /** The pupil's running processes, oldest first, each with the steps it is in. */
    public List<LopendProces> lopend(String dossierNummer) {
        List<HistoricProcessInstance> instanties = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(dossierNummer).unfinished().orderByProcessInstanceStartTime().asc().list();
        Map<String, ProcessDefinition> definities = definities(instanties);
        List<LopendProces> lopend = new ArrayList<>();
        for (HistoricProcessInstance p : instanties) {
            List<String> stappen = history.createHistoricActivityInstanceQuery().processInstanceId(p.getId())
                    .unfinished().orderByHistoricActivityInstanceStartTime().asc().list().stream()
                    .filter(a -> Stappen.isStap(a.getActivityType()))
                    .map(HistoricActivityInstance::getActivityName).filter(Objects::nonNull).distinct().toList();
            ProcessDefinition d = definities.get(p.getProcessDefinitionId());
            lopend.add(new LopendProces(d.getKey(), naam(d), p.getStartTime().toInstant(), stappen));
        }
        return lopend;
    }

    /** What happened in the pupil's processes, newest first. */
    public List<Gebeurtenis> verloop(String dossierNummer) {
        return verloop(dossierNummer, java.util.Set.of());
    }

    /** What happened in the pupil's processes but those of the given keys (not for this user), newest first. */
    public List<Gebeurtenis> verloop(String dossierNummer, java.util.Set<String> zonderProcessen) {
        List<HistoricProcessInstance> alle = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(dossierNummer).list();
        Map<String, ProcessDefinition> soorten = definities(alle);
        List<HistoricProcessInstance> instanties = alle.stream()
                .filter(p -> !zonderProcessen.contains(soorten.get(p.getProcessDefinitionId()).getKey())).toList();
        Map<String, String> namen = procesnamen(instanties);
        Map<String, String> procesVanInstantie = new HashMap<>();
        Map<String, String> afgerondDoor = new HashMap<>();
        List<Gebeurtenis> verloop = new ArrayList<>();
        for (HistoricProcessInstance p : instanties) {
            String naam = namen.get(p.getProcessDefinitionId());
            procesVanInstantie.put(p.getId(), naam);
            // Who completed a task that was never claimed: the engine's log of the completion names the user.
            for (UserOperationLogEntry e : history.createUserOperationLogQuery().processInstanceId(p.getId())
                    .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list()) {
                if (e.getTaskId() != null && e.getUserId() != null) {
                    afgerondDoor.putIfAbsent(e.getTaskId(), e.getUserId());
                }
            }
            verloop.add(new Gebeurtenis(p.getStartTime().toInstant(), "Gestart", naam, p.getStartUserId()));
            if (p.getEndTime() != null) {
                verloop.add(new Gebeurtenis(p.getEndTime().toInstant(), "Afgesloten", naam, null));
            }
        }
        for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(dossierNummer).finished().list()) {
            if ("completed".equals(t.getDeleteReason()) && procesVanInstantie.containsKey(t.getProcessInstanceId())) {
                verloop.add(new Gebeurtenis(t.getEndTime().toInstant(), t.getName() + " afgerond",
                        procesVanInstantie.get(t.getProcessInstanceId()),
                        afgerondDoor.getOrDefault(t.getId(), t.getAssignee())));
            }
        }
        for (DossierService.Overdracht o : dossiers.overdrachten(dossierNummer)) {
            verloop.add(new Gebeurtenis(o.op(), "Dossier overgedragen van " + o.van() + " aan " + o.naar(), null,
                    o.door()));
        }
        verloop.sort(Comparator.comparing(Gebeurtenis::op).reversed());
        return verloop;
    }

    private Map<String, String> procesnamen(List<HistoricProcessInstance> instanties) {
        Map<String, String> namen = new HashMap<>();
        definities(instanties).forEach((id, d) -> namen.put(id, naam(d)));
        return namen;
    }

    private Map<String, ProcessDefinition> definities(List<HistoricProcessInstance> instanties) {
        String[] ids = instanties.stream().map(HistoricProcessInstance::getProcessDefinitionId).distinct()
                .toArray(String[]::new);
        Map<String, ProcessDefinition> definities = new HashMap<>();
        if (ids.length > 0) {
            for (ProcessDefinition d : repository.createProcessDefinitionQuery().processDefinitionIdIn(ids).list()) {
                definities.put(d.getId(), d);
            }
        }
        return definities;
    }

    private static String naam(ProcessDefinition d) {
        return d.getName() != null ? d.getName() : d.getKey();
    }
}
