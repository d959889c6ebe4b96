package nl.eenplan.modelcontrole;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.eenplan.engine.Probleem;
import org.junit.jupiter.api.Test;

/** The rules of the deployment check, file by file, without the engine (ModelcontroleIT: through /engine-rest). */
class ModelregelsTest {

    /** A bean made for models, with one method. */
    public static class Termijn {
        public Date deadline(Object execution, String proces, String stap) {
            return null;
        }
    }

    private static final Map<String, Class<?>> BEANS = new HashMap<>(Map.of("termijn", Termijn.class,
            "stuurHerinnering", Runnable.class));
    private final Modelregels regels = new Modelregels(BEANS, (proces, taak) -> Set.of("proefModel:werk",
            "aanmelding:intake").contains(proces + ":" + taak), soort -> "feel");

    private List<String> bpmn(String proces, String inhoud) {
        return regels.controleer("proef.bpmn", ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
                  <bpmn:process id="%s" isExecutable="true">
                %s
                  </bpmn:process>
                </bpmn:definitions>""".formatted(proces, inhoud)).getBytes(StandardCharsets.UTF_8))
                .stream().map(Probleem::getMessage).toList();
    }

    private List<String> dmn(String tabel) {
        return regels.controleer("proef.dmn", ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="d" name="d" namespace="t">
                  <decision id="besluit" name="Besluit">
                    <decisionTable id="tabel">
                %s
                    </decisionTable>
                  </decision>
                </definitions>""".formatted(tabel)).getBytes(StandardCharsets.UTF_8))
                .stream().map(Probleem::getMessage).toList();
    }

    @Test
    void deModellenVanEenPlanHoudenZichAanDeRegels() {
        assertThat(bpmn("aanmelding", """
                <bpmn:userTask id="intake" camunda:candidateGroups="zorgcoordinator"
                    camunda:dueDate="${termijn.deadline(execution, 'aanmelding', 'intake')}">
                  <bpmn:extensionElements><camunda:inputOutput>
                    <camunda:inputParameter name="taak">intake</camunda:inputParameter>
                  </camunda:inputOutput></bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:serviceTask id="herinneren" camunda:delegateExpression="${stuurHerinnering}" />
                <bpmn:sequenceFlow id="ja" sourceRef="a" targetRef="b">
                  <bpmn:conditionExpression>${route == 'MDO' &amp;&amp; !signalenOnveiligheid}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="leeg" sourceRef="a" targetRef="b">
                  <bpmn:conditionExpression>${empty triageUitkomst}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:callActivity id="mdo" calledElement="mdo">
                  <bpmn:extensionElements><camunda:in businessKey="#{execution.processBusinessKey}" /></bpmn:extensionElements>
                </bpmn:callActivity>""")).isEmpty();
    }

    @Test
    void eenMethodeVanDeEngineWordtGeweigerd() {
        assertThat(bpmn("aanmelding", """
                <bpmn:serviceTask id="opschalen" camunda:expression="${execution.setVariable('route', 'MDO')}" />
                <bpmn:serviceTask id="diensten" camunda:expression="${termijn.deadline(execution.getProcessEngineServices(), 'a', 'b')}" />
                <bpmn:serviceTask id="eigenschap" camunda:expression="${execution.processEngineServices}" />
                <bpmn:serviceTask id="los" camunda:expression="${execution}" />"""))
                .containsExactly(
                        "element 'opschalen', camunda:expression \"${execution.setVariable('route', 'MDO')}\": "
                                + "execution.setVariable(...) roept een methode van de engine aan; execution mag alleen "
                                + "worden meegegeven aan een bean voor modellen of gelezen als execution.processBusinessKey, "
                                + "execution.processInstanceId, execution.tenantId",
                        "element 'diensten', camunda:expression \"${termijn.deadline(execution.getProcessEngineServices(), "
                                + "'a', 'b')}\": execution.getProcessEngineServices(...) roept een methode van de engine aan; "
                                + "execution mag alleen worden meegegeven aan een bean voor modellen of gelezen als "
                                + "execution.processBusinessKey, execution.processInstanceId, execution.tenantId",
                        "element 'eigenschap', camunda:expression \"${execution.processEngineServices}\": "
                                + "execution.processEngineServices kan niet; van execution mag een model alleen "
                                + "execution.processBusinessKey, execution.processInstanceId, execution.tenantId lezen",
                        "element 'los', camunda:expression \"${execution}\": execution mag alleen worden meegegeven aan "
                                + "een bean voor modellen (zoals termijn.deadline(execution, ...)) of gelezen als "
                                + "execution.processBusinessKey, execution.processInstanceId, execution.tenantId");
    }

    @Test
    void alleenBeansVoorModellenEnGedocumenteerdeVariabelen() {
        List<String> problemen = bpmn("verzuim", """
                <bpmn:serviceTask id="dossier" camunda:expression="${dossierService.haalOp(dossierNummer)}" />
                <bpmn:serviceTask id="klasse" camunda:expression="${termijn.getClass()}" />
                <bpmn:serviceTask id="keten" camunda:expression="${termijn.deadline(execution, 'a', 'b').time}" />
                <bpmn:serviceTask id="onbekend" camunda:expression="${termijn.bestaatNiet()}" />
                <bpmn:serviceTask id="variabele" camunda:expression="${besluit.getClass()}" />
                <bpmn:serviceTask id="ander" camunda:expression="${route == 'MDO'}" />
                <bpmn:serviceTask id="functie" camunda:expression="${now()}" />
                <bpmn:serviceTask id="haken" camunda:expression="${termijn['deadline']}" />
                <bpmn:serviceTask id="kapot" camunda:expression="${termijn.deadline(" />""");
        assertThat(problemen).hasSize(9);
        assertThat(problemen.get(0)).startsWith("element 'dossier', camunda:expression "
                + "\"${dossierService.haalOp(dossierNummer)}\": 'dossierService' is geen bean voor modellen en geen "
                + "procesvariabele van proces 'verzuim'");
        assertThat(problemen.get(1)).endsWith("bean 'termijn' heeft geen methode getClass() voor modellen");
        assertThat(problemen.get(2)).contains("eigenschap time van het resultaat van een andere aanroep kan niet");
        assertThat(problemen.get(3)).endsWith("bean 'termijn' heeft geen methode bestaatNiet() voor modellen");
        assertThat(problemen.get(4)).contains("besluit.getClass(...) roept een methode aan op variabele 'besluit'");
        assertThat(problemen.get(5)).contains("'route' is geen bean voor modellen en geen procesvariabele van "
                + "proces 'verzuim'");
        assertThat(problemen.get(6)).endsWith("functie now() kan niet in een model; gebruik een bean voor modellen");
        assertThat(problemen.get(7)).contains("[...] kan niet in een model");
        assertThat(problemen.get(8)).contains("geen geldige expressie");
    }

    @Test
    void geenScriptsEnGeenJavaKlassen() {
        assertThat(bpmn("aanmelding", """
                <bpmn:scriptTask id="script" scriptFormat="groovy"><bpmn:script>println 'x'</bpmn:script></bpmn:scriptTask>
                <bpmn:serviceTask id="klasse" camunda:class="nl.eenplan.Iets" />
                <bpmn:serviceTask id="luisteraar" camunda:delegateExpression="${stuurHerinnering}">
                  <bpmn:extensionElements>
                    <camunda:executionListener event="start" class="nl.eenplan.Iets" />
                    <camunda:executionListener event="end"><camunda:script scriptFormat="javascript">1</camunda:script></camunda:executionListener>
                    <camunda:inputOutput><camunda:inputParameter name="x"><camunda:script scriptFormat="groovy">2</camunda:script></camunda:inputParameter></camunda:inputOutput>
                  </bpmn:extensionElements>
                </bpmn:serviceTask>
                <bpmn:sequenceFlow id="stroom" sourceRef="a" targetRef="b">
                  <bpmn:conditionExpression language="javascript">true</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:callActivity id="aanroep" calledElement="mdo" camunda:variableMappingClass="nl.eenplan.Iets" />
                <bpmn:userTask id="intake" camunda:formKey="embedded:deployment:intake.html" />
                <bpmn:startEvent id="start"><bpmn:extensionElements><camunda:formData>
                  <camunda:formField id="veld" type="string"><camunda:validation>
                    <camunda:constraint name="validator" config="nl.eenplan.Iets" />
                    <camunda:constraint name="required" />
                  </camunda:validation></camunda:formField>
                </camunda:formData></bpmn:extensionElements></bpmn:startEvent>"""))
                .containsExactly(
                        "element 'script', scripttaak: scripts kunnen niet in een EenPlan-model; gebruik een "
                                + "servicetaak met een bean voor modellen",
                        "element 'klasse', camunda:class \"nl.eenplan.Iets\": een Java-klasse kan een model niet "
                                + "aanroepen; gebruik camunda:delegateExpression met een bean voor modellen, zoals "
                                + "${stuurHerinnering}",
                        "element 'luisteraar', camunda:executionListener class \"nl.eenplan.Iets\": een Java-klasse kan een model niet aanroepen; "
                                + "gebruik camunda:delegateExpression met een bean voor modellen, zoals ${stuurHerinnering}",
                        "element 'luisteraar', camunda:executionListener met camunda:script: scripts kunnen niet in een "
                                + "EenPlan-model; gebruik een bean voor modellen",
                        "element 'luisteraar', camunda:inputParameter met camunda:script: scripts kunnen niet in een "
                                + "EenPlan-model; gebruik een bean voor modellen",
                        "element 'stroom', conditionExpression in taal 'javascript' is een script; scripts kunnen niet "
                                + "in een EenPlan-model; schrijf een expressie als ${...}",
                        "element 'aanroep', camunda:variableMappingClass \"nl.eenplan.Iets\": een Java-klasse kan een "
                                + "model niet aanroepen; gebruik camunda:delegateExpression met een bean voor modellen, "
                                + "zoals ${stuurHerinnering}",
                        "element 'intake', camunda:formKey \"embedded:deployment:intake.html\": een "
                                + "HTML-formulier draait code in de browser van wie de taak doet; gebruik een formulier "
                                + "uit forms/ (camunda:formRef)",
                        "element 'veld', camunda:constraint 'validator': een eigen validator kan niet in een "
                                + "EenPlan-model; de afhandeling van de taak controleert de invoer");
    }

    @Test
    void eenGebruikerstaakZonderAfhandelingWordtGeweigerd() {
        assertThat(bpmn("proefModel", """
                <bpmn:userTask id="werk" />
                <bpmn:subProcess id="deel"><bpmn:userTask id="nogMeer" /></bpmn:subProcess>"""))
                .containsExactly("element 'nogMeer', gebruikerstaak 'nogMeer' van proces 'proefModel' heeft geen "
                        + "afhandeling in EenPlan, dus niemand kan haar afronden; een ontwikkelaar maakt die eerst "
                        + "(nl.eenplan.taak.Afhandelingen, per proces en taak)");
    }

    @Test
    void eenNietUitvoerbaarProcesHeeftGeenAfhandelingenNodig() {
        assertThat(regels.controleer("schets.bpmn", """
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
                  <bpmn:process id="schets" isExecutable="false"><bpmn:userTask id="werk" /></bpmn:process>
                </bpmn:definitions>""".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void inEenBeslistabelAlleenFeelOfJuelVolgensDeRegels() {
        assertThat(dmn("""
                <input id="invoer" camunda:inputVariable="waarde">
                  <inputExpression id="invoerExpressie" typeRef="string"><text>overstapsoort</text></inputExpression>
                </input>
                <output id="uitvoer" name="uitkomst" typeRef="string" />
                <rule id="regel">
                  <inputEntry id="feel"><text>"PO_VO"</text></inputEntry>
                  <outputEntry id="juel" expressionLanguage="juel"><text>${waarde == 'PO_VO' ? route : cellInput}</text></outputEntry>
                </rule>""")).isEmpty();

        assertThat(dmn("""
                <input id="invoer">
                  <inputExpression id="invoerExpressie" typeRef="string" expressionLanguage="JUEL"><text>dossierService.haalOp('2026-00001')</text></inputExpression>
                </input>
                <output id="uitvoer" name="uitkomst" typeRef="string" />
                <rule id="regel">
                  <inputEntry id="script" expressionLanguage="javascript"><text>true</text></inputEntry>
                  <outputEntry id="motor" expressionLanguage="juel"><text>${execution.processBusinessKey}</text></outputEntry>
                </rule>""")).containsExactly(
                        "element 'invoerExpressie', inputExpression \"${dossierService.haalOp('2026-00001')}\": "
                                + "'dossierService' is geen bean voor modellen en geen procesvariabele van een beslistabel "
                                + "(docs/modeler.md noemt wat een model mag gebruiken)",
                        "element 'script', inputEntry in taal 'javascript' is een script; scripts kunnen niet in een "
                                + "EenPlan-model; gebruik FEEL",
                        "element 'motor', outputEntry \"${execution.processBusinessKey}\": 'execution' is geen bean voor "
                                + "modellen en geen procesvariabele van een beslistabel (docs/modeler.md noemt wat een "
                                + "model mag gebruiken)");
    }

    @Test
    void dmnNeemtDeTaalVanHetHeleBestandOfDieVanDeEngine() {
        Modelregels juelStandaard = new Modelregels(BEANS, (p, t) -> true, soort -> "juel");
        byte[] tabel = """
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="t">
                  <decision id="besluit"><decisionTable id="tabel">
                    <output id="uitvoer" name="uitkomst" typeRef="string" />
                    <rule id="regel"><outputEntry id="uit"><text>${dossierService}</text></outputEntry></rule>
                  </decisionTable></decision>
                </definitions>""".getBytes(StandardCharsets.UTF_8);
        assertThat(regels.controleer("proef.dmn", tabel)).isEmpty();
        assertThat(juelStandaard.controleer("proef.dmn", tabel)).hasSize(1);
        assertThat(regels.controleer("proef.dmn", new String(tabel, StandardCharsets.UTF_8)
                .replace("id=\"d\"", "id=\"d\" expressionLanguage=\"groovy\"").getBytes(StandardCharsets.UTF_8)))
                .extracting(Probleem::getMessage).containsExactly("element 'uit', outputEntry in taal 'groovy' is een "
                        + "script; scripts kunnen niet in een EenPlan-model; gebruik FEEL");
    }

    @Test
    void eenOnleesbaarBestandNoemtRegelEnKolom() {
        List<Probleem> problemen = regels.controleer("kapot.bpmn", "<bpmn:definitions>\n  <open>\n</bpmn:definitions>"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(problemen).hasSize(1);
        assertThat(problemen.get(0).getMessage()).startsWith("geen leesbaar BPMN-bestand (XML, regel ");
        assertThat(problemen.get(0).getLine()).isPositive();
        assertThat(regels.controleer("leeg.dmn", new byte[0])).extracting(Probleem::getMessage)
                .allMatch(m -> m.startsWith("geen leesbaar DMN-bestand"));
        assertThat(regels.controleer("doctype.bpmn", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"
                .getBytes(StandardCharsets.UTF_8))).hasSize(1);
    }

    @Test
    void cmmnWordtNietGebruiktEnFormulierenBlijvenBuitenSchot() {
        assertThat(regels.controleer("zaak.cmmn", new byte[0])).extracting(Probleem::getMessage)
                .containsExactly("CMMN wordt in EenPlan niet gebruikt; een proces hoort in BPMN");
        assertThat(regels.controleer("intake.form", "{\"x\": \"${iets}\"}".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void hetProbleemWijstHetElementAan() {
        Probleem p = regels.controleer("proef.bpmn", """
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
                  <bpmn:process id="verzuim">
                    <bpmn:serviceTask id="taak">
                      <bpmn:extensionElements><camunda:taskListener delegateExpression="${dossierService}" /></bpmn:extensionElements>
                    </bpmn:serviceTask>
                  </bpmn:process>
                </bpmn:definitions>""".getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(p.getMainElementId()).isEqualTo("taak");
        assertThat(p.getElementIds()).containsExactly("taak");
        assertThat(p.getLine()).isEqualTo(5);
        assertThat(p.getMessage()).startsWith("element 'taak', camunda:taskListener delegateExpression \"${dossierService}\":");
    }

    /** Found by attacking the check: each ran code or reached another school before it was closed. */
    @Test
    void opdrachtenActivitiEnAnderePupillenWordenGeweigerd() {
        List<String> problemen = bpmn("aanmelding", """
                <bpmn:serviceTask id="shell" camunda:type="shell">
                  <bpmn:extensionElements><camunda:field name="command"><camunda:string>sh</camunda:string></camunda:field>
                  </bpmn:extensionElements>
                </bpmn:serviceTask>
                <bpmn:serviceTask id="extern" camunda:type="external" camunda:topic="weg" />
                <bpmn:serviceTask id="verbinding">
                  <bpmn:extensionElements><camunda:connector><camunda:connectorId>http-connector</camunda:connectorId>
                  </camunda:connector></bpmn:extensionElements>
                </bpmn:serviceTask>
                <bpmn:serviceTask id="oud" xmlns:activiti="http://activiti.org/bpmn" activiti:class="java.lang.String" />
                <bpmn:callActivity id="anderDossier" calledElement="mdo">
                  <bpmn:extensionElements><camunda:in businessKey="${'2026-00001'}" /></bpmn:extensionElements>
                </bpmn:callActivity>
                <bpmn:callActivity id="andereSchool" calledElement="mdo" camunda:calledElementTenantId="${null}">
                  <bpmn:extensionElements><camunda:in businessKey="#{execution.processBusinessKey}" /></bpmn:extensionElements>
                </bpmn:callActivity>""");
        assertThat(problemen).anySatisfy(m -> assertThat(m).startsWith("element 'shell', camunda:type \"shell\""))
                .anySatisfy(m -> assertThat(m).startsWith("element 'extern', camunda:type \"external\""))
                .anySatisfy(m -> assertThat(m).contains("camunda:connector"))
                .anySatisfy(m -> assertThat(m).startsWith("element 'oud'").contains("Activiti"))
                .anySatisfy(m -> assertThat(m).contains("businessKey \"${'2026-00001'}\""))
                .anySatisfy(m -> assertThat(m).startsWith("element 'andereSchool', camunda:calledElementTenantId"));
    }

    @Test
    void eenBeslistabelNoemtGeenBeanOokNietAlsInvoervariabele() {
        assertThat(dmn("""
                <input id="i" camunda:inputVariable="execution">
                  <inputExpression id="ie" typeRef="string"><text>route</text></inputExpression>
                </input>
                <output id="o" name="uit" typeRef="string" />
                <rule id="r">
                  <inputEntry id="ien" expressionLanguage="juel"><text>${execution.bytes != null}</text></inputEntry>
                  <outputEntry id="oe" expressionLanguage="juel"><text>${termijn.deadline(null, 'a', 'b')}</text></outputEntry>
                </rule>""")).anySatisfy(m -> assertThat(m).contains("${execution.bytes != null}"))
                .anySatisfy(m -> assertThat(m).contains("termijn"));
    }
}
