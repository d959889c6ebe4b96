package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/**
 * After a journey: care content stays in the dossier. No variable any process of the pupil ever had (history keeps
 * them all) is named as a care field of a task's input, and none holds a text the user typed into a form.
 */
public final class Zorginhoud {

    /**
     * The care fields of the tasks' input (reports, explanations, goals): never a process variable. (Codes chosen
     * from a list, such as a reason for withdrawing, are routing facts and may be.)
     */
    private static final java.util.Set<String> ZORGVELDEN = java.util.Set.of("verslag", "alGeprobeerd", "toelichting",
            "perspectief", "opmerkingen", "ondersteuning", "aanwezigheid", "nieuweDoelen", "doelen", "zorg",
            "onderwijs", "vermoedelijkeReden", "gevraagdeActie");

    private Zorginhoud() {
    }

    public static void nietInProcessen(HistoryService history, RepositoryService repository, String dossierNummer,
                                       String... getypteTeksten) {
        List<HistoricProcessInstance> instanties = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(dossierNummer).list();
        assertThat(instanties).as("processen van dossier %s", dossierNummer).isNotEmpty();
        Map<String, String> proces = new HashMap<>();
        for (HistoricProcessInstance p : instanties) {
            proces.put(p.getId(), repository.getProcessDefinition(p.getProcessDefinitionId()).getKey());
        }
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(proces.keySet().toArray(String[]::new)).list()) {
            String sleutel = proces.get(v.getProcessInstanceId());
            assertThat(ZORGVELDEN).as("variabele van proces %s", sleutel).doesNotContain(v.getName());
            for (String tekst : getypteTeksten) {
                assertThat(String.valueOf(v.getValue())).as("variabele %s van proces %s", v.getName(), sleutel)
                        .doesNotContain(tekst);
            }
        }
    }
}
