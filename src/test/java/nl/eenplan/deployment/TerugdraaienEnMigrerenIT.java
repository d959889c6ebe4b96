package nl.eenplan.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.audit.AuditRegel;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * docs/modeler.md walked through over /engine-rest, as Camunda Modeler and the people in it call it: a process owner
 * deploys version 2 of a model with its form changed, a pupil's process starts on it, the process owner goes back to
 * version 1 as "Terug naar een vorige versie" says (a redeploy of version 1's model and form), a new process uses
 * version 1 with its form, and an administrator migrates the process still on version 2 as "Lopende instanties
 * migreren" says, after which its task shows version 1's form. And a try deployment ("Uitproberen") as the Modeler
 * makes it: accepted for the test tenant, visible to process owners, never started for a real school.
 */
class TerugdraaienEnMigrerenIT extends IntegratieTest {

    private static final String PROCES = "proefTerug";
    private static final String FORMULIER = "proefTerugFormulier";
    private static final String SCHOOL = "99ZZ00";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    Proefomgeving proefomgeving;
    @Autowired
    AuditLog audit;

    @AfterEach
    void ruimOp() {
        for (Deployment d : repositoryService.createDeploymentQuery().list()) {
            if (repositoryService.getDeploymentResourceNames(d.getId()).contains(PROCES + ".bpmn")) {
                repositoryService.deleteDeployment(d.getId(), true, true, true);
            }
        }
    }

    @Test
    void terugNaarVersieEenEnDeLopendeInstantieMee() throws Exception {
        Http procesbeheer = http().als("procesbeheer");
        Http zorgcoordinator = http().als("zorgcoordinator");
        // An administrator as EenPlan's first one is made: groups admin and camunda-admin.
        Http beheerder = http().als("demo");

        // Versions 1 and 2, deployed as Camunda Modeler does: the diagram with its form as an additional file.
        JsonNode een = modelerDeploy(procesbeheer, "Beoordelen", "Versie 1 van het formulier", null);
        JsonNode twee = modelerDeploy(procesbeheer, "Beoordelen (nieuw)", "Versie 2 van het formulier", null);
        int versieEen = definitie(een).get("version").asInt();
        String versieTweeId = definitie(twee).get("id").asText();
        assertThat(definitie(twee).get("version").asInt()).isEqualTo(versieEen + 1);

        // A pupil's process starts on the newest version, and its task shows that version's form.
        String dossier = "2026-99019";
        String lopend = proefomgeving.start(PROCES, dossier, Map.of("schoolBrin", SCHOOL)).getId();
        String lopendeTaak = taak(lopend);
        assertThat(formulier(zorgcoordinator, lopendeTaak)).contains("Versie 2 van het formulier");

        // "Terug naar een vorige versie", step 1: the deployment of version 1.
        Http.Antwoord gevonden = procesbeheer.get("/engine-rest/process-definition?key=" + PROCES + "&version="
                + versieEen + "&withoutTenantId=true");
        assertThat(gevonden.status()).as(gevonden.body()).isEqualTo(200);
        assertThat(gevonden.json()).hasSize(1);
        String deploymentEen = gevonden.json().get(0).get("deploymentId").asText();

        // Step 2: its files, by name.
        Http.Antwoord bestanden = procesbeheer.get("/engine-rest/deployment/" + deploymentEen + "/resources");
        assertThat(bestanden.status()).as(bestanden.body()).isEqualTo(200);
        List<String> namen = new ArrayList<>();
        bestanden.json().forEach(b -> namen.add(b.get("name").asText()));
        assertThat(namen).containsExactlyInAnyOrder(PROCES + ".bpmn", FORMULIER + ".form");

        // Forgetting the form is refused, naming it: the rolled-back task would not find it ("Form failure").
        Http.Antwoord zonderFormulier = procesbeheer.post("/engine-rest/deployment/" + deploymentEen + "/redeploy",
                "{\"resourceNames\": [\"" + PROCES + ".bpmn\"], \"source\": \"terug naar versie " + versieEen + "\"}");
        assertThat(zonderFormulier.status()).as(zonderFormulier.body()).isEqualTo(400);
        assertThat(zonderFormulier.json().get("message").asText()).contains("element 'beoordelen'",
                "formulier '" + FORMULIER + "' heeft binding deployment, maar zit niet in deze deployment");

        // Step 3: version 1 again, with its model and its form: it becomes the newest version.
        Http.Antwoord terug = procesbeheer.post("/engine-rest/deployment/" + deploymentEen + "/redeploy",
                JSON.writeValueAsString(Map.of("resourceNames", namen, "source", "terug naar versie " + versieEen)));
        assertThat(terug.status()).as(terug.body()).isEqualTo(200);
        JsonNode teruggezet = definitie(terug.json());
        assertThat(teruggezet.get("version").asInt()).isEqualTo(versieEen + 2);
        String terugId = teruggezet.get("id").asText();
        assertThat(repositoryService.getProcessDefinition(terugId).getDeploymentId())
                .isEqualTo(terug.json().get("id").asText());

        // A new process starts on it, and its task finds version 1's form in that deployment.
        String nieuw = proefomgeving.start(PROCES, "2026-99020", Map.of("schoolBrin", SCHOOL)).getId();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(nieuw).singleResult()
                .getProcessDefinitionId()).isEqualTo(terugId);
        assertThat(formulier(zorgcoordinator, taak(nieuw))).contains("Versie 1 van het formulier");
        assertThat(taskService.createTaskQuery().processInstanceId(nieuw).singleResult().getName()).isEqualTo("Beoordelen");
        // The running one keeps its own version and form until it is migrated.
        assertThat(formulier(zorgcoordinator, lopendeTaak)).contains("Versie 2 van het formulier");

        // "Lopende instanties migreren": the process owner may prepare the plan, but not migrate (a plan can set
        // variables: docs/security.md).
        String genereer = JSON.writeValueAsString(Map.of("sourceProcessDefinitionId", versieTweeId,
                "targetProcessDefinitionId", terugId, "updateEventTriggers", true));
        Http.Antwoord planVanProcesbeheer = procesbeheer.post("/engine-rest/migration/generate", genereer);
        assertThat(planVanProcesbeheer.status()).as(planVanProcesbeheer.body()).isEqualTo(200);
        Http.Antwoord geweigerd = procesbeheer.post("/engine-rest/migration/execute", uitvoeren(planVanProcesbeheer.json(), lopend));
        assertThat(geweigerd.status()).as(geweigerd.body()).isEqualTo(403);
        assertThat(instantie(lopend).getProcessDefinitionId()).isEqualTo(versieTweeId);

        // The administrator migrates, with the plan as generated (no variables), naming the instances.
        Http.Antwoord plan = beheerder.post("/engine-rest/migration/generate", genereer);
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        assertThat(plan.json().get("instructions")).isNotEmpty();
        assertThat(plan.json().path("variables").isNull() || plan.json().path("variables").isMissingNode()).isTrue();
        Http.Antwoord gemigreerd = beheerder.post("/engine-rest/migration/execute", uitvoeren(plan.json(), lopend));
        assertThat(gemigreerd.status()).as(gemigreerd.body()).isEqualTo(204);

        // The same task, now of version 1, with version 1's form.
        assertThat(instantie(lopend).getProcessDefinitionId()).isEqualTo(terugId);
        assertThat(taak(lopend)).isEqualTo(lopendeTaak);
        assertThat(formulier(zorgcoordinator, lopendeTaak)).contains("Versie 1 van het formulier");
        // Audited like every door: the migration names the pupil's dossier.
        assertThat(audit.voorDossier(dossier)).extracting(AuditRegel::getWat)
                .anyMatch(wat -> wat.contains("/engine-rest/migration/execute"));
    }

    @Test
    void eenProefdeploymentUitDeModelerGeldtAlleenVoorDeProeftenant() throws Exception {
        Http procesbeheer = http().als("procesbeheer");
        JsonNode gewoon = modelerDeploy(procesbeheer, "Beoordelen", "Voor alle scholen", null);
        JsonNode proef = modelerDeploy(procesbeheer, "Beoordelen (proef)", "Om uit te proberen", proefomgeving.tenant());
        assertThat(proef.get("tenantId").asText()).isEqualTo("eenplan-proef");

        // Process owners are members of the test tenant: they see their try version (Cockpit, /engine-rest).
        assertThat(identityService.createGroupQuery().groupId("procesbeheer").memberOfTenant("eenplan-proef").count())
                .isOne();
        Http.Antwoord zichtbaar = procesbeheer.get("/engine-rest/process-definition?key=" + PROCES
                + "&tenantIdIn=eenplan-proef");
        assertThat(zichtbaar.status()).as(zichtbaar.body()).isEqualTo(200);
        assertThat(zichtbaar.json()).hasSize(1);

        // A real school's process starts on the version for all schools, though the try version is newer.
        ProcessInstance instantie = proefomgeving.start(PROCES, "2026-99021", Map.of("schoolBrin", SCHOOL));
        assertThat(instantie.getProcessDefinitionId()).isEqualTo(definitie(gewoon).get("id").asText());
        assertThat(instantie.getTenantId()).isEqualTo(SCHOOL);
        assertThat(formulier(http().als("zorgcoordinator"), taak(instantie.getId()))).contains("Voor alle scholen");
    }

    /** POST /engine-rest/deployment/create as Camunda Modeler 5 sends it, the form as an additional file. */
    private JsonNode modelerDeploy(Http wie, String taaknaam, String formuliertekst, String tenant) throws Exception {
        Map<String, byte[]> bestanden = new LinkedHashMap<>();
        bestanden.put(PROCES + ".bpmn", Bpmn.convertToString(Bpmn.createExecutableProcess(PROCES).name("Proef terug")
                .camundaHistoryTimeToLive(1).startEvent("start").userTask("beoordelen").name(taaknaam)
                .camundaCandidateGroups("zorgcoordinator").camundaFormRef(FORMULIER).camundaFormRefBinding("deployment")
                .endEvent("klaar").done()).getBytes(StandardCharsets.UTF_8));
        ObjectNode formulier = JSON.createObjectNode().put("id", FORMULIER).put("type", "default")
                .put("schemaVersion", 16);
        formulier.putArray("components").addObject().put("id", "uitleg").put("type", "text").put("text", formuliertekst);
        bestanden.put(FORMULIER + ".form", JSON.writeValueAsBytes(formulier));
        List<String> velden = new ArrayList<>(List.of("deployment-name", PROCES, "deployment-source", "Camunda Modeler",
                "enable-duplicate-filtering", "true"));
        if (tenant != null) {
            velden.addAll(List.of("tenant-id", tenant));
        }
        Http.Antwoord antwoord = wie.postBestanden("/engine-rest/deployment/create", bestanden,
                velden.toArray(String[]::new));
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
        return antwoord.json();
    }

    /** The one process definition a deployment answer lists. */
    private static JsonNode definitie(JsonNode deployment) {
        JsonNode definities = deployment.get("deployedProcessDefinitions");
        assertThat(definities).as(deployment.toString()).hasSize(1);
        return definities.elements().next();
    }

    private static String uitvoeren(JsonNode plan, String instantie) throws Exception {
        return JSON.writeValueAsString(Map.of("migrationPlan", plan, "processInstanceIds", List.of(instantie),
                "skipCustomListeners", false, "skipIoMappings", false));
    }

    /** The task's form as Tasklist loads it: GET /engine-rest/task/{id}/deployed-form, as the task's candidate. */
    private static String formulier(Http wie, String taak) {
        Http.Antwoord antwoord = wie.get("/engine-rest/task/" + taak + "/deployed-form");
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
        return antwoord.body();
    }

    private String taak(String instantie) {
        return taskService.createTaskQuery().processInstanceId(instantie).singleResult().getId();
    }

    private ProcessInstance instantie(String id) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
    }
}
