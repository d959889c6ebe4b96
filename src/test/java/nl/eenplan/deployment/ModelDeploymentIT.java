package nl.eenplan.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.eenplan.EenPlanApplication;
import nl.eenplan.dossier.NieuweSchool;
import nl.eenplan.dossier.Regio;
import nl.eenplan.dossier.SchoolService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Restarts of the whole application on one file database, with the models read from a folder
 * this test edits between restarts: unchanged models deploy nothing, one changed model deploys
 * exactly one new version, and a model's form always travels with it.
 */
class ModelDeploymentIT {

    /** Where the verzuim model's norm counts from (VerzuimVariabelen.DREMPELDATUM): a fixed day. */
    static final java.util.Date DREMPELDATUM =
            java.util.Date.from(java.time.Instant.parse("2026-11-26T23:00:00Z"));

    @TempDir
    Path map;

    @BeforeEach
    void kopieerModellen() throws IOException {
        Files.createDirectories(map.resolve("processes"));
        Files.createDirectories(map.resolve("forms"));
        Files.copy(Path.of("processes/verzuim.bpmn"), map.resolve("processes/verzuim.bpmn"));
        Files.copy(Path.of("forms/verzuimmelding.form"), map.resolve("forms/verzuimmelding.form"));
        Files.copy(Path.of("forms/duoIndiening.form"), map.resolve("forms/duoIndiening.form"));
        Files.copy(Path.of("processes/termijnen.dmn"), map.resolve("processes/termijnen.dmn"));
        // A second model, so "only the changed one gets a new version" can be seen.
        Files.writeString(map.resolve("processes/proef.bpmn"), Bpmn.convertToString(
                Bpmn.createExecutableProcess("proef").camundaHistoryTimeToLive(1).startEvent().endEvent().done()));
    }

    @Test
    void deployAlleenWatVeranderdIs() throws IOException {
        start(engine -> {
            assertThat(deployments(engine)).hasSize(1);
            assertThat(namen(engine, deployments(engine).get(0)))
                    .containsExactlyInAnyOrder("processes/verzuim.bpmn", "processes/proef.bpmn",
                            "processes/termijnen.dmn", "forms/verzuimmelding.form", "forms/duoIndiening.form");
            engine.getBean(SchoolService.class).registreer(new NieuweSchool("97AA00", "Proefschool", "Zeist",
                    "SWV Proef", Regio.MIDDEN));
            // Outside the demo profile there are no default users, and Camunda Admin's open
            // "create the first administrator" page cannot make one.
            assertThat(engine.getBean(IdentityService.class).createUserQuery().count()).isZero();
            assertThat(maakBeheerderViaSetupPagina(engine)).isEqualTo(403);
            assertThat(engine.getBean(IdentityService.class).createUserQuery().count()).isZero();
        });

        start(engine -> assertThat(deployments(engine)).as("herstart zonder wijziging").hasSize(1));

        vervang("processes/verzuim.bpmn", "name=\"Verzuimmelding versturen\"", "name=\"Verzuimmelding insturen\"");
        start(engine -> {
            List<Deployment> deployments = deployments(engine);
            assertThat(deployments).hasSize(2);
            assertThat(namen(engine, deployments.get(0)))
                    .containsExactlyInAnyOrder("processes/verzuim.bpmn", "forms/verzuimmelding.form",
                            "forms/duoIndiening.form");
            assertThat(laatsteVersie(engine, "verzuim")).isEqualTo(2);
            assertThat(laatsteVersie(engine, "proef")).isEqualTo(1);
            assertThat(formulierVanNieuweMelding(engine)).contains("Versturen naar leerplicht");
        });

        vervang("forms/verzuimmelding.form", "Versturen naar leerplicht", "Naar leerplicht sturen");
        start(engine -> {
            assertThat(deployments(engine)).hasSize(3);
            assertThat(laatsteVersie(engine, "verzuim")).as("model reist mee met zijn formulier").isEqualTo(3);
            assertThat(laatsteVersie(engine, "proef")).isEqualTo(1);
            assertThat(formulierVanNieuweMelding(engine)).contains("Naar leerplicht sturen");
        });

        start(engine -> assertThat(deployments(engine)).as("herstart zonder wijziging").hasSize(3));
    }

    /** A model in processes/ that the deployment check refuses stops the start, with the check's message. */
    @Test
    void eenGeweigerdModelHoudtDeStartTegen() throws IOException {
        Files.writeString(map.resolve("processes/proef.bpmn"), Bpmn.convertToString(Bpmn
                .createExecutableProcess("proef").camundaHistoryTimeToLive(1).startEvent().serviceTask("opschalen")
                .camundaExpression("${execution.setVariable('route', 'MDO')}").endEvent().done()));

        Throwable fout = catchThrowable(() -> start(engine -> { }));

        while (fout != null && !(fout instanceof ParseException)) {
            fout = fout.getCause();
        }
        assertThat(fout).isNotNull();
        assertThat(fout.getMessage()).contains("Model geweigerd", "processes/proef.bpmn", "element 'opschalen'",
                "${execution.setVariable('route', 'MDO')}", "roept een methode van de engine aan");
    }

    private void start(Consumer<ConfigurableApplicationContext> controle) {
        try (ConfigurableApplicationContext engine = new SpringApplicationBuilder(EenPlanApplication.class).run(
                "--server.port=0",
                // Its own engine name: closing it must not unregister the shared test context's engine.
                "--camunda.bpm.process-engine-name=herstart",
                // No webapps: closing them would clear the webapps' static registry that the shared test context's
                // Tasklist and Cockpit use for the rest of this JVM. The closed setup page is EenPlan's own filter.
                "--camunda.bpm.webapp.enabled=false",
                "--spring.datasource.url=jdbc:h2:file:" + map.resolve("db/eenplan").toAbsolutePath(),
                "--eenplan.modellen.locatie=" + map.toUri())) {
            controle.accept(engine);
        }
    }

    private static List<Deployment> deployments(ConfigurableApplicationContext engine) {
        return engine.getBean(RepositoryService.class).createDeploymentQuery().deploymentName("eenplan")
                .orderByDeploymentTime().desc().list();
    }

    private static List<String> namen(ConfigurableApplicationContext engine, Deployment deployment) {
        return engine.getBean(RepositoryService.class).getDeploymentResources(deployment.getId()).stream()
                .map(Resource::getName).toList();
    }

    private static int laatsteVersie(ConfigurableApplicationContext engine, String sleutel) {
        return engine.getBean(RepositoryService.class).createProcessDefinitionQuery().processDefinitionKey(sleutel)
                .latestVersion().singleResult().getVersion();
    }

    /** Starts the newest verzuim process and reads its task's form, resolved with binding "deployment". */
    private static String formulierVanNieuweMelding(ConfigurableApplicationContext engine) {
        String instantie = engine.getBean(RuntimeService.class)
                .startProcessInstanceByKey("verzuim",
                        Map.of("schoolBrin", "97AA00", "drempeldatum", DREMPELDATUM)).getId();
        String taak = engine.getBean(TaskService.class).createTaskQuery().processInstanceId(instantie)
                .singleResult().getId();
        try (InputStream formulier = engine.getBean(FormService.class).getDeployedTaskForm(taak)) {
            return new String(formulier.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int maakBeheerderViaSetupPagina(ConfigurableApplicationContext engine) {
        String poort = engine.getEnvironment().getProperty("local.server.port");
        HttpRequest verzoek = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + poort + "/camunda/api/admin/setup/default/user/create"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"profile": {"id": "indringer", "firstName": "In", "lastName": "Dringer"},
                         "credentials": {"password": "geheim123"}}"""))
                .build();
        try {
            return HttpClient.newHttpClient().send(verzoek, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void vervang(String bestand, String oud, String nieuw) throws IOException {
        Path pad = map.resolve(bestand);
        String inhoud = Files.readString(pad);
        assertThat(inhoud).contains(oud);
        Files.writeString(pad, inhoud.replace(oud, nieuw));
    }
}
