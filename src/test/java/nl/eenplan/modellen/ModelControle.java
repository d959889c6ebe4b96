package nl.eenplan.modellen;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * The house rules for models in processes/, on top of bpmnlint (see .bpmnlintrc and docs/modeler.md):
 * each rule keeps a model editable in Camunda Modeler, runnable on Camunda 7.24, and humane for the
 * people whose tasks it creates.
 */
final class ModelControle {

    static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/dmn";

    private static final Set<String> OUDE_BEDRADING = Set.of("${stuurHerinnering}",
            "${escaleerTermijn}");

    private final Path processen;
    private final Path formulieren;

    ModelControle(Path processen, Path formulieren) {
        this.processen = processen;
        this.formulieren = formulieren;
    }

    /** All problems, as "file: element: what is wrong". Empty means every model passes. */
    List<String> problemen() {
        Set<String> formulierIds = formulierIds();
        Set<String> beslissingIds = new HashSet<>();
        List<String> problemen = new ArrayList<>();
        for (Path dmn : bestanden(processen, ".dmn")) {
            DmnModelInstance model = Dmn.readModelFromFile(dmn.toFile());
            platform(dmn, model.getDefinitions().getAttributeValueNs(MODELER_NS, "executionPlatform"),
                    model.getDefinitions().getAttributeValueNs(MODELER_NS, "executionPlatformVersion"), problemen);
            for (Decision d : model.getModelElementsByType(Decision.class)) {
                beslissingIds.add(d.getId());
                if (d.getAttributeValueNs(CAMUNDA_NS, "historyTimeToLive") == null) {
                    problemen.add(dmn.getFileName() + ": " + d.getId() + ": geen historyTimeToLive (bewaartermijn)");
                }
            }
        }
        for (Path bpmn : bestanden(processen, ".bpmn")) {
            controleer(bpmn, formulierIds, beslissingIds, problemen);
        }
        return problemen;
    }

    private void controleer(Path bestand, Set<String> formulierIds, Set<String> beslissingIds, List<String> problemen) {
        String naam = bestand.getFileName().toString();
        BpmnModelInstance model = Bpmn.readModelFromFile(bestand.toFile());
        platform(bestand, model.getDefinitions().getAttributeValueNs(MODELER_NS, "executionPlatform"),
                model.getDefinitions().getAttributeValueNs(MODELER_NS, "executionPlatformVersion"), problemen);

        var processen = model.getModelElementsByType(Process.class);
        if (processen.stream().noneMatch(p -> (p.getId() + ".bpmn").equals(naam))) {
            problemen.add(naam + ": het proces-id moet gelijk zijn aan de bestandsnaam ("
                    + naam.replace(".bpmn", "") + ")");
        }
        for (Process p : processen) {
            if (p.getCamundaHistoryTimeToLiveString() == null) {
                problemen.add(naam + ": " + p.getId() + ": geen historyTimeToLive (bewaartermijn)");
            }
        }

        Set<String> getekend = new HashSet<>();
        model.getModelElementsByType(BpmnShape.class).forEach(s -> getekend.add(s.getBpmnElement().getId()));
        for (FlowNode knoop : model.getModelElementsByType(FlowNode.class)) {
            if (!getekend.contains(knoop.getId())) {
                problemen.add(naam + ": " + knoop.getId() + ": staat niet in het diagram (geen vorm)");
            }
        }

        for (UserTask taak : model.getModelElementsByType(UserTask.class)) {
            String wie = naam + ": " + taak.getId() + ": ";
            if (leeg(taak.getCamundaCandidateGroups()) && leeg(taak.getCamundaCandidateUsers())
                    && leeg(taak.getCamundaAssignee())) {
                problemen.add(wie + "geen kandidaatgroep: niemand ziet deze taak");
            }
            if (leeg(taak.getCamundaFormRef())) {
                problemen.add(wie + "geen formulier (camunda:formRef naar forms/)");
            } else {
                if (!"deployment".equals(taak.getCamundaFormRefBinding())) {
                    problemen.add(wie + "formulier moet binding 'deployment' hebben");
                }
                if (!taak.getCamundaFormRef().contains("${") && !formulierIds.contains(taak.getCamundaFormRef())) {
                    problemen.add(wie + "formulier '" + taak.getCamundaFormRef() + "' bestaat niet in forms/");
                }
            }
            if (!leeg(taak.getCamundaDueDate()) || !leeg(taak.getCamundaFollowUpDate())) {
                problemen.add(wie + "tekent een eigen termijn (camunda:dueDate/followUpDate); termijnen komen uit "
                        + "termijnen.dmn (docs/modeler.md, Termijn)");
            }
        }
        for (ServiceTask dienst : model.getModelElementsByType(ServiceTask.class)) {
            if (OUDE_BEDRADING.contains(String.valueOf(dienst.getCamundaDelegateExpression()))) {
                problemen.add(naam + ": " + dienst.getId() + ": herinnering of escalatie getekend; die geeft EenPlan "
                        + "elke taak vanzelf (docs/modeler.md, Termijn)");
            }
        }

        for (BusinessRuleTask regel : model.getModelElementsByType(BusinessRuleTask.class)) {
            String ref = regel.getCamundaDecisionRef();
            if (ref != null && !ref.contains("${") && !beslissingIds.contains(ref)) {
                problemen.add(naam + ": " + regel.getId() + ": beslissing '" + ref + "' bestaat niet in processes/");
            }
            if (ref != null && !"deployment".equals(regel.getCamundaDecisionRefBinding())) {
                // Like a form: the table travels with the model version that calls it (docs/modeler.md).
                problemen.add(naam + ": " + regel.getId() + ": beslissing moet binding 'deployment' hebben");
            }
        }
    }

    private static void platform(Path bestand, String platform, String versie, List<String> problemen) {
        if (!"Camunda Platform".equals(platform) || versie == null || !versie.startsWith("7.24")) {
            problemen.add(bestand.getFileName() + ": doelplatform moet 'Camunda Platform' 7.24 zijn "
                    + "(modeler:executionPlatform en executionPlatformVersion), is '" + platform + "' " + versie);
        }
    }

    private Set<String> formulierIds() {
        Set<String> ids = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (Path form : bestanden(formulieren, ".form")) {
            try {
                ids.add(json.readTree(form.toFile()).path("id").asText());
            } catch (IOException e) {
                throw new UncheckedIOException(form + " is geen geldig formulier", e);
            }
        }
        return ids;
    }

    private static List<Path> bestanden(Path map, String extensie) {
        if (!Files.isDirectory(map)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(map)) {
            return s.filter(p -> p.toString().endsWith(extensie)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }
}
