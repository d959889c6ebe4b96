package nl.eenplan.modellen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every model in processes/ keeps the house rules; and the check catches a model that does not. */
class ModelControleTest {

    @Test
    void alleModellenVoldoen() {
        assertThat(new ModelControle(Path.of("processes"), Path.of("forms")).problemen()).isEmpty();
    }

    /** Every process in processes/ has a scenario class: @ScenarioTest.Model("id") on a *ScenarioIT. */
    @Test
    void elkProcesHeeftScenarioTests() throws IOException {
        String testbronnen;
        try (var bestanden = Files.walk(Path.of("src/test/java"))) {
            testbronnen = bestanden.filter(p -> p.toString().endsWith("ScenarioIT.java")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).reduce("", String::concat);
        }
        try (var modellen = Files.list(Path.of("processes"))) {
            for (Path bpmn : modellen.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                String id = bpmn.getFileName().toString().replace(".bpmn", "");
                assertThat(testbronnen).as("scenariotest voor " + id).contains("@ScenarioTest.Model(\"" + id + "\")");
            }
        }
    }

    /** A decision table is bound to the deployment of the model version that calls it, as a form is. */
    @Test
    void eenBeslissingZonderBindingDeploymentWordtBetrapt(@TempDir Path map) throws IOException {
        Path processen = Files.createDirectories(map.resolve("processes"));
        for (String bestand : new String[] {"triage.dmn", "termijnen.dmn"}) {
            Files.copy(Path.of("processes", bestand), processen.resolve(bestand));
        }
        String goed = Files.readString(Path.of("processes/aanmelding.bpmn"));
        assertThat(goed).contains("camunda:decisionRef=\"triage\" camunda:decisionRefBinding=\"deployment\"");
        Files.writeString(processen.resolve("aanmelding.bpmn"), goed.replace(" camunda:decisionRefBinding=\"deployment\"", ""));

        assertThat(new ModelControle(processen, Path.of("forms")).problemen())
                .contains("aanmelding.bpmn: triage: beslissing moet binding 'deployment' hebben");
    }

    @Test
    void eenKapotModelWordtBetrapt(@TempDir Path map) throws IOException {
        Path processen = Files.createDirectories(map.resolve("processes"));
        Path formulieren = Files.createDirectories(map.resolve("forms"));
        Files.copy(Path.of("processes/termijnen.dmn"), processen.resolve("termijnen.dmn"));
        Files.copy(Path.of("forms/verzuimmelding.form"), formulieren.resolve("verzuimmelding.form"));
        Files.copy(Path.of("forms/duoIndiening.form"), formulieren.resolve("duoIndiening.form"));
        String goed = Files.readString(Path.of("processes/verzuim.bpmn"));
        Files.writeString(processen.resolve("verzuim.bpmn"), goed
                .replace(" camunda:candidateGroups=\"zorgcoordinator\"", "")
                .replace("camunda:formRef=\"verzuimmelding\"", "camunda:formRef=\"bestaatNiet\"")
                .replace(" camunda:historyTimeToLive=\"1825\"", "")
                .replace("modeler:executionPlatformVersion=\"7.24.0\"", "modeler:executionPlatformVersion=\"7.19.0\""));
        Files.writeString(processen.resolve("zonderTermijn.bpmn"), goed
                .replace("id=\"verzuim\"", "id=\"andereNaam\"")
                .replace("camunda:formRefBinding=\"deployment\">", "camunda:formRefBinding=\"deployment\" "
                        + "camunda:dueDate=\"${termijn.deadline(execution, 'verzuim', 'melden')}\">")
                .replace("camunda:formRef=\"verzuimmelding\" camunda:formRefBinding=\"deployment\"", "")
                .replace("${trekVerzuimmeldingIn}", "${stuurHerinnering}")
                .replaceAll("(?s)<bpmndi:BPMNShape id=\"gemeld_di\".*?</bpmndi:BPMNShape>", ""));

        assertThat(new ModelControle(processen, formulieren).problemen()).containsExactlyInAnyOrder(
                "verzuim.bpmn: doelplatform moet 'Camunda Platform' 7.24 zijn (modeler:executionPlatform en "
                        + "executionPlatformVersion), is 'Camunda Platform' 7.19.0",
                "verzuim.bpmn: verzuim: geen historyTimeToLive (bewaartermijn)",
                "verzuim.bpmn: melden: geen kandidaatgroep: niemand ziet deze taak",
                "verzuim.bpmn: melden: formulier 'bestaatNiet' bestaat niet in forms/",
                "verzuim.bpmn: duoIndienen: geen kandidaatgroep: niemand ziet deze taak",
                "zonderTermijn.bpmn: het proces-id moet gelijk zijn aan de bestandsnaam (zonderTermijn)",
                "zonderTermijn.bpmn: gemeld: staat niet in het diagram (geen vorm)",
                "zonderTermijn.bpmn: melden: geen formulier (camunda:formRef naar forms/)",
                "zonderTermijn.bpmn: melden: tekent een eigen termijn (camunda:dueDate/followUpDate); termijnen komen "
                        + "uit termijnen.dmn (docs/modeler.md, Termijn)",
                "zonderTermijn.bpmn: duoIndienen: tekent een eigen termijn (camunda:dueDate/followUpDate); termijnen "
                        + "komen uit termijnen.dmn (docs/modeler.md, Termijn)",
                "zonderTermijn.bpmn: intrekken: herinnering of escalatie getekend; die geeft EenPlan elke taak vanzelf "
                        + "(docs/modeler.md, Termijn)");
    }
}
