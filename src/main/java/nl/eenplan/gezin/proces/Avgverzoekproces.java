package nl.eenplan.gezin.proces;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.eenplan.deployment.Proefomgeving;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.engine.Klok;
import nl.eenplan.engine.Routering;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The engine side of a family's AVG request (process {@code avgVerzoek}), so gezin.AvgVerzoeken takes plain values:
 * started at the pupil's school (its tenant) with the routing facts and the request's id only.
 */
@Component
public class Avgverzoekproces {

    private final Proefomgeving proefomgeving;
    private final DossierService dossiers;
    private final TaskService taskService;

    Avgverzoekproces(Proefomgeving proefomgeving, DossierService dossiers, TaskService taskService) {
        this.proefomgeving = proefomgeving;
        this.dossiers = dossiers;
        this.taskService = taskService;
    }

    /** Starts the request's process; answers the day the school must answer by (the task's due date, termijnen.dmn). */
    public LocalDate start(String dossierNummer, long verzoekId) {
        Map<String, Object> variabelen = new HashMap<>(Routering.variabelen(dossiers.routeringsgegevens(dossierNummer)));
        variabelen.put(AvgVerzoekVariabelen.AVG_VERZOEK_ID.naam(), verzoekId);
        ProcessInstance instantie = proefomgeving.start(AvgVerzoekVariabelen.PROCES, dossierNummer, variabelen);
        Task taak = taskService.createTaskQuery().processInstanceId(instantie.getId())
                .taskDefinitionKey(AvgVerzoekVariabelen.VERZOEK_BEHANDELEN).singleResult();
        return LocalDate.ofInstant(taak.getDueDate().toInstant(), Klok.NL);
    }
}
