package nl.eenplan.gezin.proces;

import static nl.eenplan.gezin.proces.AvgVerzoekVariabelen.AVG_VERZOEK_ID;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.eenplan.gezin.AvgVerzoeken;
import nl.eenplan.taak.Taakgegevens;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * The family's request on the task page of "AVG-verzoek behandelen": what they ask (correction or objection, about whose
 * data, about what, their explanation), when it came in and the latest day an extension may run to. From table
 * avg_verzoek by the id the process carries; shown to whoever may open the task, never put in the process.
 */
@Component
class AvgVerzoekTaakgegevens implements Taakgegevens {

    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private final TaskService taskService;
    private final AvgVerzoeken verzoeken;

    AvgVerzoekTaakgegevens(TaskService taskService, AvgVerzoeken verzoeken) {
        this.taskService = taskService;
        this.verzoeken = verzoeken;
    }

    @Override
    public boolean voor(String proces) {
        return AvgVerzoekVariabelen.PROCES.equals(proces);
    }

    @Override
    public Map<String, Object> gegevens(String taakId) {
        Object id = taskService.getVariable(taakId, AVG_VERZOEK_ID.naam());
        Map<String, Object> gegevens = new LinkedHashMap<>();
        if (id == null) {
            return gegevens;
        }
        verzoeken.haalOp(((Number) id).longValue()).ifPresent(v -> {
            gegevens.put("verzoekSoort", v.soort() == AvgVerzoeken.Soort.CORRECTIE
                    ? "verbetering (AVG art. 16)" : "bezwaar tegen het gebruik (AVG art. 21)");
            gegevens.put("verzoekDoor", ("LEERLING".equals(v.rol()) ? "de leerling zelf" : "een ouder of voogd")
                    + (v.over() == AvgVerzoeken.Over.EIGEN ? ", over de eigen gegevens" : ", over de gegevens van de leerling"));
            gegevens.put("verzoekOnderwerp", letterlijk(v.onderwerp()));
            gegevens.put("verzoekToelichting", letterlijk(v.toelichting()));
            gegevens.put("verzoekOntvangenOp", DAG.format(v.ontvangenOp()));
            gegevens.put("verzoekUiterlijkVerlengdTot",
                    DAG.format(nl.eenplan.gezin.Avgtermijn.uiterlijkVerlengdTot(v.ontvangenOp())));
        });
        return gegevens;
    }

    /**
     * The family's words as text, never as markup: the form's text is Markdown, so a link, image or heading they typed
     * shows as the characters they typed (each Markdown character escaped with a backslash; form-js removes HTML).
     */
    static String letterlijk(String tekst) {
        return tekst.replaceAll("([\\\\`*_{}\\[\\]()#+\\-.!<>|~])", "\\\\$1");
    }
}
