package nl.eenplan.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * Which forms and decisions each BPMN file refers to (camunda:formRef, camunda:decisionRef).
 * BPMN binds them with binding "deployment", so a model and what it refers to must always be
 * deployed together.
 */
final class ModelVerwijzingen {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelVerwijzingen() {
    }

    /** For each BPMN file: the file names of the forms and DMN files it refers to. */
    static Map<String, Set<String>> van(Map<String, byte[]> bestanden) {
        Map<String, String> formulierBestand = new HashMap<>();
        Map<String, String> beslissingBestand = new HashMap<>();
        bestanden.forEach((naam, inhoud) -> {
            if (naam.endsWith(".form")) {
                formulierBestand.put(formulierId(naam, inhoud), naam);
            } else if (naam.endsWith(".dmn")) {
                Dmn.readModelFromStream(new ByteArrayInputStream(inhoud)).getModelElementsByType(Decision.class)
                        .forEach(d -> beslissingBestand.put(d.getId(), naam));
            }
        });

        Map<String, Set<String>> verwijzingen = new HashMap<>();
        bestanden.forEach((naam, inhoud) -> {
            if (!naam.endsWith(".bpmn")) {
                return;
            }
            BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(inhoud));
            Set<String> nodig = new LinkedHashSet<>();
            model.getModelElementsByType(UserTask.class).forEach(t ->
                    voegToe(nodig, naam, "formulier", t.getCamundaFormRef(), formulierBestand));
            model.getModelElementsByType(StartEvent.class).forEach(s ->
                    voegToe(nodig, naam, "formulier", s.getCamundaFormRef(), formulierBestand));
            model.getModelElementsByType(BusinessRuleTask.class).forEach(b ->
                    voegToe(nodig, naam, "beslissing", b.getCamundaDecisionRef(), beslissingBestand));
            verwijzingen.put(naam, nodig);
        });
        return verwijzingen;
    }

    /** A reference with binding "deployment" that the deployment itself does not hold. */
    record Ontbrekend(String elementId, String soort, String ref) {
    }

    /**
     * For each BPMN file of one deployment: the forms, decisions and called processes it binds with binding
     * "deployment" that are not in that same deployment (the engine would not find them when a task, a business
     * rule task or a call activity needs them). Files that cannot be read are left to the model check.
     */
    static Map<String, List<Ontbrekend>> ontbrekend(Map<String, byte[]> bestanden) {
        Set<String> formulieren = new HashSet<>();
        Set<String> beslissingen = new HashSet<>();
        Set<String> processen = new HashSet<>();
        Map<String, BpmnModelInstance> modellen = new TreeMap<>();
        bestanden.forEach((naam, inhoud) -> {
            try {
                if (naam.endsWith(".form")) {
                    JsonNode id = JSON.readTree(inhoud).get("id");
                    if (id != null && id.isTextual()) {
                        formulieren.add(id.asText());
                    }
                } else if (naam.endsWith(".dmn")) {
                    Dmn.readModelFromStream(new ByteArrayInputStream(inhoud)).getModelElementsByType(Decision.class)
                            .forEach(d -> beslissingen.add(d.getId()));
                } else if (naam.endsWith(".bpmn") || naam.endsWith(".bpmn20.xml")) {
                    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(inhoud));
                    model.getModelElementsByType(Process.class).forEach(p -> processen.add(p.getId()));
                    modellen.put(naam, model);
                }
            } catch (IOException | RuntimeException e) {
                // not readable: the model check refuses it with its own message
            }
        });

        Map<String, List<Ontbrekend>> ontbrekend = new TreeMap<>();
        modellen.forEach((naam, model) -> {
            List<Ontbrekend> mist = new ArrayList<>();
            model.getModelElementsByType(UserTask.class).forEach(t -> controleer(mist, t.getId(), "formulier",
                    t.getCamundaFormRef(), t.getCamundaFormRefBinding(), formulieren));
            model.getModelElementsByType(StartEvent.class).forEach(s -> controleer(mist, s.getId(), "formulier",
                    s.getCamundaFormRef(), s.getCamundaFormRefBinding(), formulieren));
            model.getModelElementsByType(BusinessRuleTask.class).forEach(b -> controleer(mist, b.getId(),
                    "beslistabel", b.getCamundaDecisionRef(), b.getCamundaDecisionRefBinding(), beslissingen));
            model.getModelElementsByType(CallActivity.class).forEach(c -> controleer(mist, c.getId(), "proces",
                    c.getCalledElement(), c.getCamundaCalledElementBinding(), processen));
            if (!mist.isEmpty()) {
                ontbrekend.put(naam, mist);
            }
        });
        return ontbrekend;
    }

    private static void controleer(List<Ontbrekend> mist, String element, String soort, String ref, String binding,
                                   Set<String> aanwezig) {
        if (ref == null || ref.isBlank() || ref.contains("${") || ref.contains("#{") || !"deployment".equals(binding)) {
            return;
        }
        if (!aanwezig.contains(ref)) {
            mist.add(new Ontbrekend(element, soort, ref));
        }
    }

    private static void voegToe(Set<String> nodig, String model, String soort, String ref, Map<String, String> bestand) {
        if (ref == null || ref.contains("${") || ref.contains("#{")) {
            return; // no reference, or one resolved at run time
        }
        String gevonden = bestand.get(ref);
        if (gevonden == null) {
            throw new IllegalStateException(model + " verwijst naar " + soort + " '" + ref
                    + "', maar er is geen bestand met dat id in processes/ of forms/.");
        }
        nodig.add(gevonden);
    }

    private static String formulierId(String naam, byte[] inhoud) {
        try {
            JsonNode id = JSON.readTree(inhoud).get("id");
            if (id == null || !id.isTextual()) {
                throw new IllegalStateException(naam + " heeft geen formulier-id (veld \"id\").");
            }
            return id.asText();
        } catch (IOException e) {
            throw new IllegalStateException(naam + " is geen geldig formulier (JSON): " + e.getMessage(), e);
        }
    }
}
