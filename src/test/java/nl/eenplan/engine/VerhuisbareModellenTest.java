package nl.eenplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Procesverhuizing copies only process-level variables (issue #23, review item 3c). That is enough for the models that
 * move to a new school with their steps (tlv, thuiszitterstafel) as long as no step they can wait at holds a local
 * variable of its own: an input parameter lives only while its step runs, so one on a step that runs through (a service
 * task, a throw event, not async) is gone before the instance waits, and the step builds it again when it runs. A
 * model that puts one on a step it waits at fails here first, before a move would lose it.
 */
class VerhuisbareModellenTest {

    @ParameterizedTest
    @ValueSource(strings = {"tlv", "thuiszitterstafel"})
    void geenLokaleVariabelenOpEenStapWaarHetProcesOpWacht(String proces) {
        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes", proces + ".bpmn").toFile());
        List<String> lokaal = new ArrayList<>();
        List<String> doorlopend = new ArrayList<>();
        for (FlowNode stap : model.getModelElementsByType(FlowNode.class)) {
            if (stap.getExtensionElements() == null || stap.getExtensionElements().getElementsQuery()
                    .filterByType(CamundaInputOutput.class).count() == 0) {
                continue;
            }
            boolean loopDoor = (stap instanceof ServiceTask || stap instanceof IntermediateThrowEvent)
                    && !stap.isCamundaAsyncBefore() && !stap.isCamundaAsyncAfter();
            (loopDoor ? doorlopend : lokaal).add(stap.getId());
        }
        assertThat(lokaal).as("stappen met invoerparameters waarop %s kan wachten", proces).isEmpty();
        if (proces.equals("thuiszitterstafel")) {
            // The escalation's reason (aanleiding) is such a parameter, on the step that escalates and runs through.
            assertThat(doorlopend).isNotEmpty();
        }
    }
}
