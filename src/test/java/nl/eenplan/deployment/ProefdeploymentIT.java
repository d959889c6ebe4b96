package nl.eenplan.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import nl.eenplan.EenPlanApplication;
import nl.eenplan.dossier.NieuweSchool;
import nl.eenplan.dossier.Regio;
import nl.eenplan.dossier.SchoolService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A try deployment ("probeer het uit", docs/modeler.md) over a restart of the whole application on one file database:
 * it is deployed for the test tenant only, no real school starts on it while the test school does, and after a
 * restart it is gone with its instances.
 */
class ProefdeploymentIT {

    /** Where the verzuim model's norm counts from (VerzuimVariabelen.DREMPELDATUM): a fixed day. */
    static final java.util.Date DREMPELDATUM =
            java.util.Date.from(java.time.Instant.parse("2026-11-26T23:00:00Z"));

    /** The test tenant: here the BRIN of a test school, as an installation that wants to run try versions sets it. */
    private static final String PROEFSCHOOL = "98PR00";
    private static final String SCHOOL = "97AA00";

    @TempDir
    Path map;

    @Test
    void eenProefversieGeldtAlleenVoorDeProefschoolEnIsNaEenHerstartWeg() throws IOException {
        Files.createDirectories(map.resolve("processes"));
        Files.createDirectories(map.resolve("forms"));
        Files.copy(Path.of("processes/verzuim.bpmn"), map.resolve("processes/verzuim.bpmn"));
        Files.copy(Path.of("forms/verzuimmelding.form"), map.resolve("forms/verzuimmelding.form"));
        Files.copy(Path.of("forms/duoIndiening.form"), map.resolve("forms/duoIndiening.form"));
        Files.copy(Path.of("processes/termijnen.dmn"), map.resolve("processes/termijnen.dmn"));
        String model = Files.readString(Path.of("processes/verzuim.bpmn"));
        String formulier = Files.readString(Path.of("forms/verzuimmelding.form"));
        String kenmerk = Files.readString(Path.of("forms/duoIndiening.form"));
        assertThat(model).contains("name=\"Verzuimmelding versturen\"");

        AtomicReference<String> echt = new AtomicReference<>();
        AtomicReference<String> proef = new AtomicReference<>();
        AtomicReference<String> proefDeployment = new AtomicReference<>();
        start(engine -> {
            SchoolService scholen = engine.getBean(SchoolService.class);
            scholen.registreer(new NieuweSchool(SCHOOL, "Gewone school", "Zeist", "SWV Proef", Regio.MIDDEN));
            scholen.registreer(new NieuweSchool(PROEFSCHOOL, "Proefschool", "Zeist", "SWV Proef", Regio.MIDDEN));
            RepositoryService modellen = engine.getBean(RepositoryService.class);

            // As Camunda Modeler deploys with a tenant id: the changed model with its form.
            Deployment d = modellen.createDeployment().name("verzuim").source("Camunda Modeler").tenantId(PROEFSCHOOL)
                    .addString("processes/verzuim.bpmn", model.replace("name=\"Verzuimmelding versturen\"",
                            "name=\"Verzuimmelding proberen\""))
                    .addString("forms/verzuimmelding.form", formulier).addString("forms/duoIndiening.form", kenmerk)
                    .deploy();
            proefDeployment.set(d.getId());
            // Any other tenant is a real school: refused.
            assertThatThrownBy(() -> modellen.createDeployment().name("verzuim").tenantId(SCHOOL)
                    .addString("processes/verzuim.bpmn", model).addString("forms/verzuimmelding.form", formulier)
                    .addString("forms/duoIndiening.form", kenmerk).deploy())
                    .isInstanceOf(ParseException.class).hasMessageContaining("een model geldt voor alle scholen")
                    .hasMessageContaining(SCHOOL).hasMessageContaining("tenant-id '" + PROEFSCHOOL + "'");

            Proefomgeving proefomgeving = engine.getBean(Proefomgeving.class);
            ProcessInstance gewoon = proefomgeving.start("verzuim", "2026-90001",
                    Map.of("schoolBrin", SCHOOL, "drempeldatum", DREMPELDATUM));
            ProcessInstance geprobeerd = proefomgeving.start("verzuim", "2026-90002",
                    Map.of("schoolBrin", PROEFSCHOOL, "drempeldatum", DREMPELDATUM));
            echt.set(gewoon.getId());
            proef.set(geprobeerd.getId());

            assertThat(gewoon.getTenantId()).isEqualTo(SCHOOL);
            assertThat(modellen.getProcessDefinition(gewoon.getProcessDefinitionId()).getTenantId()).isNull();
            assertThat(taaknaam(engine, gewoon.getId())).isEqualTo("Verzuimmelding versturen");
            assertThat(modellen.getProcessDefinition(geprobeerd.getProcessDefinitionId()).getDeploymentId())
                    .isEqualTo(d.getId());
            assertThat(geprobeerd.getTenantId()).isEqualTo(PROEFSCHOOL);
            assertThat(taaknaam(engine, geprobeerd.getId())).isEqualTo("Verzuimmelding proberen");
        });

        start(engine -> {
            RepositoryService modellen = engine.getBean(RepositoryService.class);
            assertThat(modellen.createDeploymentQuery().tenantIdIn(PROEFSCHOOL).count()).as("proefdeployments").isZero();
            assertThat(modellen.createDeploymentQuery().deploymentId(proefDeployment.get()).count()).isZero();
            RuntimeService instanties = engine.getBean(RuntimeService.class);
            assertThat(instanties.createProcessInstanceQuery().processInstanceId(proef.get()).count()).isZero();
            assertThat(engine.getBean(HistoryService.class).createHistoricProcessInstanceQuery()
                    .processInstanceId(proef.get()).count()).as("ook uit de historie").isZero();
            assertThat(instanties.createProcessInstanceQuery().processInstanceId(echt.get()).count()).isOne();
            // The test school now starts on the version for all schools again.
            ProcessInstance weer = engine.getBean(Proefomgeving.class).start("verzuim", "2026-90003",
                    Map.of("schoolBrin", PROEFSCHOOL, "drempeldatum", DREMPELDATUM));
            assertThat(modellen.getProcessDefinition(weer.getProcessDefinitionId()).getTenantId()).isNull();
        });
    }

    /**
     * A leerplicht escalation handed over to the gemeente the pupil moved to (Leerplichtproces.draagOver) starts its new
     * instance as every start does: the test school's on its try version, a real school's on the version for all.
     */
    @Test
    void eenOverdrachtNaEenVerhuizingStartOpDeProefversieVanDeProefschool() throws IOException {
        Files.createDirectories(map.resolve("processes"));
        Files.createDirectories(map.resolve("forms"));
        for (String bestand : new String[] {"processes/leerplichtEscalatie.bpmn", "forms/escalatieBeoordelen.form",
                "forms/escalatieAfsluiten.form", "processes/termijnen.dmn"}) {
            Files.copy(Path.of(bestand), map.resolve(bestand));
        }
        String model = Files.readString(Path.of("processes/leerplichtEscalatie.bpmn"));
        assertThat(model).contains("name=\"Escalatie beoordelen\"");
        start(engine -> {
            SchoolService scholen = engine.getBean(SchoolService.class);
            scholen.registreer(new NieuweSchool(SCHOOL, "Gewone school", "Zeist", "SWV Proef", Regio.MIDDEN));
            scholen.registreer(new NieuweSchool(PROEFSCHOOL, "Proefschool", "Zeist", "SWV Proef", Regio.MIDDEN));
            RepositoryService modellen = engine.getBean(RepositoryService.class);
            Deployment d;
            try {
                d = modellen.createDeployment().name("leerplichtEscalatie").source("Camunda Modeler")
                        .tenantId(PROEFSCHOOL).addString("processes/leerplichtEscalatie.bpmn",
                                model.replace("name=\"Escalatie beoordelen\"", "name=\"Escalatie proberen\""))
                        .addString("forms/escalatieBeoordelen.form",
                                Files.readString(Path.of("forms/escalatieBeoordelen.form")))
                        .addString("forms/escalatieAfsluiten.form",
                                Files.readString(Path.of("forms/escalatieAfsluiten.form")))
                        .deploy();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            nl.eenplan.leerplicht.proces.Leerplichtproces leerplicht =
                    engine.getBean(nl.eenplan.leerplicht.proces.Leerplichtproces.class);
            RuntimeService instanties = engine.getBean(RuntimeService.class);

            String proef = leerplicht.draagOver(null, leerling("2026-90011", PROEFSCHOOL), 1L,
                    nl.eenplan.leerplicht.Reden.GEEN_INSCHRIJVING_NA_OVERSTAP, "GM0355", "leerplicht", false, "verhuisd");
            ProcessInstance opProef = instanties.createProcessInstanceQuery().processInstanceId(proef).singleResult();
            assertThat(modellen.getProcessDefinition(opProef.getProcessDefinitionId()).getDeploymentId())
                    .isEqualTo(d.getId());
            assertThat(taaknaam(engine, proef)).isEqualTo("Escalatie proberen");

            String echt = leerplicht.draagOver(null, leerling("2026-90012", SCHOOL), 2L,
                    nl.eenplan.leerplicht.Reden.GEEN_INSCHRIJVING_NA_OVERSTAP, "GM0355", "leerplicht", false, "verhuisd");
            ProcessInstance gewoon = instanties.createProcessInstanceQuery().processInstanceId(echt).singleResult();
            assertThat(modellen.getProcessDefinition(gewoon.getProcessDefinitionId()).getTenantId()).isNull();
            assertThat(taaknaam(engine, echt)).isEqualTo("Escalatie beoordelen");

            // A running instance handed over again: the test school's stays on the try version.
            String weer = leerplicht.draagOver(proef, leerling("2026-90011", PROEFSCHOOL), 1L,
                    nl.eenplan.leerplicht.Reden.GEEN_INSCHRIJVING_NA_OVERSTAP, "GM0344", "leerplicht", false, "verhuisd");
            assertThat(instanties.createProcessInstanceQuery().processInstanceId(proef).count()).isZero();
            assertThat(taaknaam(engine, weer)).isEqualTo("Escalatie proberen");
        });
    }

    private static nl.eenplan.dossier.Leerlingidentiteit leerling(String dossier, String school) {
        return new nl.eenplan.dossier.Leerlingidentiteit(dossier, "Sam Jansen", java.time.LocalDate.of(2014, 3, 2), null,
                school, "School", "Zeist", nl.eenplan.dossier.Onderwijssoort.PO, "zorgcoordinator", false, "GM0355",
                "GM0355");
    }

    private static String taaknaam(ConfigurableApplicationContext engine, String instantie) {
        return engine.getBean(TaskService.class).createTaskQuery().processInstanceId(instantie).singleResult().getName();
    }

    private void start(Consumer<ConfigurableApplicationContext> controle) {
        try (ConfigurableApplicationContext engine = new SpringApplicationBuilder(EenPlanApplication.class).run(
                "--server.port=0",
                // Its own engine name and no webapps, as ModelDeploymentIT explains.
                "--camunda.bpm.process-engine-name=proef",
                "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.job-execution.enabled=false",
                "--spring.datasource.url=jdbc:h2:file:" + map.resolve("db/eenplan").toAbsolutePath(),
                "--eenplan.modellen.locatie=" + map.toUri(),
                "--eenplan.proef.tenant=" + PROEFSCHOOL)) {
            controle.accept(engine);
        }
    }
}
