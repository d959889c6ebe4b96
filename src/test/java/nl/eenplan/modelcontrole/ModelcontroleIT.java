package nl.eenplan.modelcontrole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.termijn.Termijn;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.StartEventBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What a deployed model may call, as a process owner meets it: Camunda Modeler deploys through
 * /engine-rest/deployment/create as a member of procesbeheer. A refused model gets 400 with, per file, the element
 * and the expression, and nothing is deployed; a good model deploys and runs. And if the check were ever bypassed,
 * the engine still resolves no bean that is not marked for models.
 */
class ModelcontroleIT extends IntegratieTest {

    private static final String PROCES = "proefControle";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ApplicationContext context;

    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void ruimOp() {
        deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
    }

    @Test
    void eenBeslistabelDieEenDossierOpvraagtWordtGeweigerd() {
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="proef" name="Proef" namespace="eenplan">
                  <decision id="proefDossier" name="Proef" camunda:historyTimeToLive="1">
                    <decisionTable id="tabel">
                      <output id="uitvoer" name="dossier" typeRef="string" />
                      <rule id="regel">
                        <outputEntry id="dossierOpvragen" expressionLanguage="juel"><text>${dossierService.haalOp('2026-00001')}</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>""";

        JsonNode fout = geweigerd("proefDossier.dmn", dmn, "dossierOpvragen",
                "${dossierService.haalOp('2026-00001')}", "'dossierService' is geen bean voor modellen");

        assertThat(fout.get("message").asText()).startsWith("Model geweigerd");
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("proefDossier").count())
                .isZero();
    }

    @Test
    void eenJavaKlasseWordtGeweigerd() {
        geweigerd("proefKlasse.bpmn", bpmn(start -> start.serviceTask("klasseAanroepen")
                        .camundaClass("nl.eenplan.dossier.DossierService").endEvent().done()),
                "klasseAanroepen", "camunda:class \"nl.eenplan.dossier.DossierService\"", "een Java-klasse");
    }

    @Test
    void eenScripttaakWordtGeweigerd() {
        geweigerd("proefScript.bpmn", bpmn(start -> start.scriptTask("scriptDraaien").scriptFormat("groovy")
                        .scriptText("execution.getProcessEngineServices()").endEvent().done()),
                "scriptDraaien", "scripttaak", "scripts kunnen niet");
    }

    @Test
    void deEngineViaExecutionBereikenWordtGeweigerd() {
        geweigerd("proefEngine.bpmn", bpmn(start -> start.serviceTask("engineBereiken")
                        .camundaExpression("${execution.getProcessEngineServices().getRuntimeService()}")
                        .endEvent().done()),
                "engineBereiken", "${execution.getProcessEngineServices().getRuntimeService()}",
                "execution.getProcessEngineServices(...) roept een methode van de engine aan");
    }

    @Test
    void eenBeanDieNietVoorModellenIsWordtGeweigerd() {
        geweigerd("proefBean.bpmn", bpmn(start -> start.serviceTask("gebruikersOpvragen")
                        .camundaDelegateExpression("${gebruikerService}").endEvent().done()),
                "gebruikersOpvragen", "${gebruikerService}", "'gebruikerService' is geen bean voor modellen");
    }

    @Test
    void eenGebruikerstaakZonderAfhandelingWordtGeweigerd() {
        geweigerd("proefTaak.bpmn", bpmn(start -> start.userTask("zonderAfhandeling")
                        .camundaCandidateGroups("zorgcoordinator").endEvent().done()),
                "zonderAfhandeling", "gebruikerstaak 'zonderAfhandeling' van proces '" + PROCES + "'",
                "heeft geen afhandeling in EenPlan");
    }

    @Test
    void eenOnleesbaarModelIs400GeenServerfout() {
        for (String bestand : List.of("kapot.bpmn", "kapot.dmn")) {
            Http.Antwoord antwoord = deploy(bestand, "dit is geen model <");
            assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(400);
            assertThat(antwoord.json().get("message").asText()).contains(bestand, "geen leesbaar");
            assertThat(antwoord.json().at("/details/" + bestand + "/errors/0/line").asInt()).isPositive();
        }
        // Well-formed, but the decision engine cannot read it (no history time to live): also the client's mistake.
        Http.Antwoord zonderBewaartermijn = deploy("proefZonderBewaartermijn.dmn", """
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="eenplan">
                  <decision id="proefZonderBewaartermijn" name="Proef">
                    <decisionTable id="tabel"><output id="uitvoer" name="x" typeRef="string" /></decisionTable>
                  </decision>
                </definitions>""");
        assertThat(zonderBewaartermijn.status()).as(zonderBewaartermijn.body()).isEqualTo(400);
        assertThat(zonderBewaartermijn.json().get("message").asText())
                .contains("proefZonderBewaartermijn.dmn", "kan niet worden gelezen");
    }

    /** A model for one school would start without a pupil (the tenant given) and take that school along. */
    @Test
    void eenModelVoorEenSchoolWordtGeweigerd() {
        BpmnModelInstance model = bpmn(start -> start.endEvent().done());
        Http.Antwoord antwoord = http().als("procesbeheer").postBestand("/engine-rest/deployment/create", "data",
                "proefControle.bpmn", Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8), "deployment-name",
                "proef-modelcontrole", "tenant-id", "99ZZ00");
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(400);
        assertThat(antwoord.json().get("message").asText()).contains("een model geldt voor alle scholen", "99ZZ00");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCES).count()).isZero();
    }

    @Test
    void eenGoedModelWordtGedeployedEnDraait() {
        BpmnModelInstance model = bpmn(start -> start.userTask("controleren").camundaCandidateGroups("zorgcoordinator")
                .camundaDueDate("${termijn.deadline(execution, 'aanmelding', 'intake')}")
                .exclusiveGateway("welkeSchool")
                .condition("demoschool", "${schoolBrin == '99ZZ00' && !empty dossierNummer}").endEvent("klaar")
                .moveToLastGateway().condition("andereSchool", "${schoolBrin != '99ZZ00'}").endEvent("elders")
                .done());
        Http.Antwoord antwoord = deploy("proefControle.bpmn", Bpmn.convertToString(model));
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
        deployments.add(antwoord.json().get("id").asText());

        String instantie = runtimeService.startProcessInstanceByKey(PROCES, "2026-99999",
                Map.of("schoolBrin", "99ZZ00", "dossierNummer", "2026-99999")).getId();
        assertThat(taskService.createTaskQuery().processInstanceId(instantie).singleResult().getDueDate()).isNotNull();
    }

    /** Defence in depth: even a model that got past the check reaches only the beans marked for models. */
    @Test
    void eenAndereBeanIsOokTijdensHetDraaienOnbereikbaar() {
        assertThat(context.containsBean("dossierService")).isTrue();
        var configuratie = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        ExpressionManager expressies = configuratie.getExpressionManager();

        // As the engine evaluates a BPMN expression.
        Object termijn = configuratie.getCommandExecutorTxRequired().execute(c -> expressies
                .createExpression("${termijn}").getValue(StartProcessVariableScope.getSharedInstance()));
        assertThat(termijn).isInstanceOf(Termijn.class);
        assertThatThrownBy(() -> configuratie.getCommandExecutorTxRequired().execute(c -> expressies
                .createExpression("${dossierService.haalOp('2026-00001')}")
                .getValue(StartProcessVariableScope.getSharedInstance()))).hasMessageContaining("dossierService");

        // As the decision engine evaluates JUEL (decision-definition/evaluate).
        var dmn = configuratie.getDmnEngineConfiguration().getElProvider();
        Object termijnInDmn = configuratie.getCommandExecutorTxRequired().execute(c -> dmn
                .createExpression("${termijn}").getValue(Variables.emptyVariableContext()));
        assertThat(termijnInDmn).isInstanceOf(Termijn.class);
        assertThatThrownBy(() -> configuratie.getCommandExecutorTxRequired().execute(c -> dmn
                .createExpression("${dossierService.haalOp('2026-00001')}").getValue(Variables.emptyVariableContext())))
                .hasMessageContaining("dossierService");

        // What scripts would see.
        assertThat(configuratie.getBeans()).containsKey("termijn").doesNotContainKey("dossierService");
    }

    /** docs/modeler.md names every bean marked for models, and no other (the tests' own bean aside). */
    @Test
    void deBeansVoorModellenStaanInDeHandleiding() throws IOException {
        var configuratie = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        Set<String> gemarkeerd = new TreeSet<>();
        configuratie.getBeans().keySet().forEach(naam -> gemarkeerd.add((String) naam));
        gemarkeerd.remove("proefmoment");

        String handleiding = Files.readString(Path.of("docs/modeler.md"));
        String tabel = handleiding.substring(handleiding.indexOf("### Beans voor modellen"),
                handleiding.indexOf("### Procesvariabelen"));
        Set<String> gedocumenteerd = new TreeSet<>();
        Matcher rij = Pattern.compile("(?m)^\\| `([a-zA-Z]+)`").matcher(tabel);
        while (rij.find()) {
            gedocumenteerd.add(rij.group(1));
        }
        assertThat(gedocumenteerd).isEqualTo(gemarkeerd);
    }

    /** Deploys as Camunda Modeler does, as a process owner, and expects a refusal that names file, element and what. */
    private JsonNode geweigerd(String bestand, Object model, String element, String... genoemd) {
        String inhoud = model instanceof BpmnModelInstance bpmn ? Bpmn.convertToString(bpmn) : (String) model;
        Http.Antwoord antwoord = deploy(bestand, inhoud);

        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(400);
        JsonNode fout = antwoord.json();
        assertThat(fout.get("type").asText()).isEqualTo("ParseException");
        assertThat(fout.get("message").asText()).contains(bestand, "element '" + element + "'").contains(genoemd);
        JsonNode probleem = fout.get("details").get(bestand).get("errors").get(0);
        assertThat(probleem.get("mainElementId").asText()).isEqualTo(element);
        assertThat(probleem.get("message").asText()).contains(genoemd);
        assertThat(repositoryService.createDeploymentQuery().deploymentName("proef-modelcontrole").count()).isZero();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCES).count()).isZero();
        return fout;
    }

    private Http.Antwoord deploy(String bestand, String inhoud) {
        return http().als("procesbeheer").postBestand("/engine-rest/deployment/create", "data", bestand,
                inhoud.getBytes(StandardCharsets.UTF_8), "deployment-name", "proef-modelcontrole",
                "deployment-source", "Camunda Modeler");
    }

    private static BpmnModelInstance bpmn(java.util.function.Function<StartEventBuilder, BpmnModelInstance> stappen) {
        return stappen.apply(Bpmn.createExecutableProcess(PROCES).camundaHistoryTimeToLive(1).startEvent());
    }
}
