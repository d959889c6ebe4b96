package nl.eenplan.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

/** What a deployment must hold besides its models: what they bind with binding "deployment". */
class ModelVerwijzingenTest {

    private static final String MODEL = Bpmn.convertToString(Bpmn.createExecutableProcess("proef")
            .camundaHistoryTimeToLive(1).startEvent()
            .userTask("metFormulier").camundaFormRef("proefFormulier").camundaFormRefBinding("deployment")
            .userTask("laatsteFormulier").camundaFormRef("ergensAnders").camundaFormRefBinding("latest")
            .businessRuleTask("beslissen").camundaDecisionRef("proefTabel").camundaDecisionRefBinding("deployment")
            .callActivity("aanroepen").calledElement("proefDeel").camundaCalledElementBinding("deployment")
            .endEvent().done());

    @Test
    void eenModelZonderWatHetMetBindingDeploymentNoemtMistDat() {
        assertThat(ModelVerwijzingen.ontbrekend(Map.of("processes/proef.bpmn", bytes(MODEL))))
                .containsOnlyKeys("processes/proef.bpmn")
                .extractingByKey("processes/proef.bpmn").asList().containsExactly(
                        new ModelVerwijzingen.Ontbrekend("metFormulier", "formulier", "proefFormulier"),
                        new ModelVerwijzingen.Ontbrekend("beslissen", "beslistabel", "proefTabel"),
                        new ModelVerwijzingen.Ontbrekend("aanroepen", "proces", "proefDeel"));
    }

    @Test
    void eenVolledigeDeploymentMistNiets() {
        Map<String, byte[]> bestanden = new TreeMap<>();
        bestanden.put("processes/proef.bpmn", bytes(MODEL));
        bestanden.put("forms/proefFormulier.form", bytes("{\"id\": \"proefFormulier\", \"components\": []}"));
        bestanden.put("processes/proefTabel.dmn", bytes("""
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="tabel" name="Tabel" namespace="eenplan">
                  <decision id="proefTabel" name="Proef"><decisionTable id="t"><output id="o" name="x" typeRef="string" /></decisionTable></decision>
                </definitions>"""));
        bestanden.put("processes/proefDeel.bpmn", bytes(Bpmn.convertToString(Bpmn.createExecutableProcess("proefDeel")
                .startEvent().endEvent().done())));

        assertThat(ModelVerwijzingen.ontbrekend(bestanden)).isEmpty();
    }

    @Test
    void eenOnleesbaarBestandLaatHetAanDeModelcontrole() {
        assertThat(ModelVerwijzingen.ontbrekend(Map.of("processes/kapot.bpmn", bytes("<geen bpmn"),
                "forms/kapot.form", bytes("{geen json")))).isEmpty();
    }

    private static byte[] bytes(String tekst) {
        return tekst.getBytes(StandardCharsets.UTF_8);
    }
}
