package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Fails a scenario class whose model's flow-node coverage is below its minimum: which of the
 * model's flow nodes were reached by the process instances the class started.
 */
public class ProcesDekkingGrens implements TestExecutionListener {

    private Set<String> instantiesVooraf = Set.of();

    @Override
    public void beforeTestClass(TestContext context) {
        ScenarioTest.Model model = context.getTestClass().getAnnotation(ScenarioTest.Model.class);
        if (model != null) {
            instantiesVooraf = instanties(context, model.value());
        }
    }

    @Override
    public void afterTestClass(TestContext context) {
        ScenarioTest.Model model = context.getTestClass().getAnnotation(ScenarioTest.Model.class);
        if (model == null) {
            return;
        }
        RepositoryService repository = context.getApplicationContext().getBean(RepositoryService.class);
        HistoryService history = context.getApplicationContext().getBean(HistoryService.class);
        String definitie = repository.createProcessDefinitionQuery().processDefinitionKey(model.value())
                .latestVersion().singleResult().getId();
        Set<String> knopen = new HashSet<>();
        repository.getBpmnModelInstance(definitie).getModelElementsByType(FlowNode.class)
                .forEach(k -> knopen.add(k.getId()));

        Set<String> geraakt = new HashSet<>();
        for (String instantie : instanties(context, model.value())) {
            if (!instantiesVooraf.contains(instantie)) {
                history.createHistoricActivityInstanceQuery().processInstanceId(instantie).list().stream()
                        .map(HistoricActivityInstance::getActivityId).forEach(geraakt::add);
            }
        }
        geraakt.retainAll(knopen);
        Set<String> gemist = new HashSet<>(knopen);
        gemist.removeAll(geraakt);
        double dekking = (double) geraakt.size() / knopen.size();
        assertThat(dekking).as("dekking van model %s door %s; niet geraakt: %s", model.value(),
                context.getTestClass().getSimpleName(), gemist).isGreaterThanOrEqualTo(model.minimaleDekking());
    }

    private static Set<String> instanties(TestContext context, String sleutel) {
        List<HistoricProcessInstance> lijst = context.getApplicationContext().getBean(HistoryService.class)
                .createHistoricProcessInstanceQuery().processDefinitionKey(sleutel).list();
        Set<String> ids = new HashSet<>();
        lijst.forEach(i -> ids.add(i.getId()));
        return ids;
    }
}
