package nl.eenplan.termijn;

import static nl.eenplan.Tijd.moment;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Deadlines as process owners and task workers meet them: through the DMN table and through Tasklist's API. */
class TermijnenIT extends IntegratieTest {

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    String deployment;

    @AfterEach
    void ruimOp() {
        klok.zetOpStart();
        if (deployment != null) {
            repositoryService.deleteDeployment(deployment, true);
        }
    }

    @Test
    void eenProcesbeheerderVerandertEenTermijnInDeTabelEnNieuweTakenVolgen() throws Exception {
        ClockUtil.setCurrentTime(moment(2026, 11, 2, 10, 0));
        // First with the table as shipped (EenPlan remembers its answer per version): 5 werkdagen, Mon 9 Nov.
        String eerder = runtimeService.startProcessInstanceByKey("aanmelding",
                Map.of("schoolBrin", "99ZZ00", "onderwijssoort", "PO")).getId();
        assertThat(taskService.createTaskQuery().processInstanceId(eerder).singleResult().getDueDate())
                .isEqualTo(moment(2026, 11, 9, 23, 59, 59));
        runtimeService.deleteProcessInstance(eerder, "test");

        String tabel = Files.readString(Path.of("processes/termijnen.dmn"))
                .replace("<outputEntry id=\"intakeAantal\"><text>5</text></outputEntry>",
                        "<outputEntry id=\"intakeAantal\"><text>10</text></outputEntry>");
        Http.Antwoord gedeployed = http().als("procesbeheer").postBestand("/engine-rest/deployment/create", "data",
                "termijnen.dmn", tabel.getBytes(StandardCharsets.UTF_8), "deployment-name", "termijn-intake-10",
                "deployment-source", "Camunda Modeler");
        assertThat(gedeployed.status()).as(gedeployed.body()).isEqualTo(200);
        deployment = gedeployed.json().get("id").asText();

        String instantie = runtimeService.startProcessInstanceByKey("aanmelding",
                Map.of("schoolBrin", "99ZZ00", "onderwijssoort", "PO")).getId();

        Task intake = taskService.createTaskQuery().processInstanceId(instantie).singleResult();
        // 10 werkdagen from Mon 2 Nov 2026: Mon 16 Nov.
        assertThat(intake.getDueDate()).isEqualTo(moment(2026, 11, 16, 23, 59, 59));
        runtimeService.deleteProcessInstance(instantie, "test");
    }

    @Test
    void eenTermijnInLesweken_teltDeEigenVakantieweekVanDeSchool(@Autowired nl.eenplan.dossier.SchoolService scholen,
                                                                @Autowired nl.eenplan.organisatie.Organisaties organisaties,
                                                                @Autowired nl.eenplan.security.GebruikerService gebruikers)
            throws Exception {
        // A po school in region midden whose zorgcoördinator keeps its own calendar.
        String brin = "97KE00";
        if (scholen.lijst().stream().noneMatch(s -> s.brin().equals(brin))) {
            scholen.registreer(new nl.eenplan.dossier.NieuweSchool(brin, "Basisschool De Meiweek (test)", "Utrecht",
                    "SWV Utrecht (test)", nl.eenplan.dossier.Regio.MIDDEN));
        }
        gebruikers.maakAlsNieuw("zorgcoordinatorKe", "Test", "zorgcoördinator", "demo", "zorgcoordinator");
        organisaties.voegToeAanSchool("zorgcoordinatorKe", brin);
        String kalender = "/api/scholen/" + brin + "/kalender";
        http().als("zorgcoordinatorKe").get(kalender).json().get("eigen")
                .forEach(p -> http().als("zorgcoordinatorKe").delete(kalender + "/" + p.get("id").asLong()));

        // The process owner makes the intake 2 lesweken (a local row) and deploys it as the Modeler does.
        String tabel = Files.readString(Path.of("processes/termijnen.dmn"))
                .replace("<outputEntry id=\"intakeAantal\"><text>5</text></outputEntry>",
                        "<outputEntry id=\"intakeAantal\"><text>2</text></outputEntry>")
                .replace("<outputEntry id=\"intakeEenheid\"><text>\"werkdagen\"</text></outputEntry>",
                        "<outputEntry id=\"intakeEenheid\"><text>\"lesweken\"</text></outputEntry>");
        Http.Antwoord gedeployed = http().als("procesbeheer").postBestand("/engine-rest/deployment/create", "data",
                "termijnen.dmn", tabel.getBytes(StandardCharsets.UTF_8), "deployment-name", "termijn-intake-lesweken",
                "deployment-source", "Camunda Modeler");
        assertThat(gedeployed.status()).as(gedeployed.body()).isEqualTo(200);
        deployment = gedeployed.json().get("id").asText();

        // Friday 16 April 2027: 2 lesweken skip the region's meivakantie (24 April - 2 May): Friday 7 May.
        ClockUtil.setCurrentTime(moment(2027, 4, 16, 10, 0));
        String zonder = runtimeService.startProcessInstanceByKey("aanmelding",
                Map.of("schoolBrin", brin, "onderwijssoort", "PO")).getId();
        assertThat(taskService.createTaskQuery().processInstanceId(zonder).singleResult().getDueDate())
                .isEqualTo(moment(2027, 5, 7, 23, 59, 59));
        runtimeService.deleteProcessInstance(zonder, "test");

        // The school takes an extra meiweek (3-7 May 2027): that week is no lesweek, the intake is due a week later.
        Http.Antwoord meiweek = http().als("zorgcoordinatorKe").post(kalender, """
                {"soort": "VAKANTIE", "van": "2027-05-03", "tot": "2027-05-07", "reden": "extra meivakantie"}
                """);
        assertThat(meiweek.status()).as(meiweek.body()).isEqualTo(201);
        String met = runtimeService.startProcessInstanceByKey("aanmelding",
                Map.of("schoolBrin", brin, "onderwijssoort", "PO")).getId();
        assertThat(taskService.createTaskQuery().processInstanceId(met).singleResult().getDueDate())
                .isEqualTo(moment(2027, 5, 14, 23, 59, 59));
        runtimeService.deleteProcessInstance(met, "test");
        http().als("zorgcoordinatorKe").delete(kalender + "/" + meiweek.json().get("id").asLong());
    }

    @Test
    void eenWettelijkeTermijnVeranderenWeigertDeEngineMetWatTerugMoet() throws Exception {
        long versies = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("termijnen").count();
        String tabel = Files.readString(Path.of("processes/termijnen.dmn"))
                .replace("<outputEntry id=\"zorgplichtAantal\"><text>6</text></outputEntry>",
                        "<outputEntry id=\"zorgplichtAantal\"><text>8</text></outputEntry>");

        // As Camunda Modeler deploys, with the process owner's login.
        Http.Antwoord geweigerd = http().als("procesbeheer").postBestand("/engine-rest/deployment/create", "data",
                "termijnen.dmn", tabel.getBytes(StandardCharsets.UTF_8), "deployment-name", "zorgplicht-8-weken",
                "deployment-source", "Camunda Modeler");

        assertThat(geweigerd.status()).as(geweigerd.body()).isEqualTo(400);
        assertThat(geweigerd.json().get("type").asText()).isEqualTo("ParseException");
        assertThat(geweigerd.json().get("message").asText()).contains("termijnen.dmn",
                "'arrangement / zorgplicht' is wettelijk (WPO art. 40; WEC art. 40", "8 weken", "zet de rij terug op 6 weken");
        assertThat(geweigerd.json().at("/details/termijnen.dmn/errors/0/message").asText())
                .contains("Alleen een ontwikkelaar verandert een wettelijke termijn");
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("termijnen").count())
                .isEqualTo(versies);
    }

    @Test
    void eenTermijnWordtOokBerekendAlsEenMedewerkerDeVorigeTaakAfrondt() {
        ClockUtil.setCurrentTime(moment(2026, 11, 2, 10, 0));
        deployment = repositoryService.createDeployment().name("proef-termijn")
                .addModelInstance("proefTermijn.bpmn", Bpmn.createExecutableProcess("proefTermijn")
                        .camundaHistoryTimeToLive(1)
                        .startEvent()
                        .userTask("eerste").camundaCandidateGroups("zorgcoordinator")
                        .userTask("tweede").camundaCandidateGroups("zorgcoordinator")
                        .camundaDueDate("${termijn.deadline(execution, 'aanmelding', 'intake')}")
                        .endEvent().done())
                .deploy().getId();
        String instantie = runtimeService.startProcessInstanceByKey("proefTermijn",
                Map.of("schoolBrin", "99ZZ00", "onderwijssoort", "PO")).getId();
        String eerste = taskService.createTaskQuery().processInstanceId(instantie).singleResult().getId();

        // As Tasklist does, with the zorgcoördinator's own rights (Camunda authorizations on).
        Http.Antwoord afgerond = http().als("zorgcoordinator").post("/engine-rest/task/" + eerste + "/complete", "{}");

        assertThat(afgerond.status()).as(afgerond.body()).isEqualTo(204);
        Task tweede = taskService.createTaskQuery().processInstanceId(instantie).singleResult();
        assertThat(tweede.getTaskDefinitionKey()).isEqualTo("tweede");
        assertThat(tweede.getDueDate()).isEqualTo(moment(2026, 11, 9, 23, 59, 59));
    }

    @Test
    void zonderSchoolGeenTermijnEnGeenHalveStart() {
        long voor = runtimeService.createProcessInstanceQuery().processDefinitionKey("aanmelding").count();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("aanmelding"))
                .hasMessageContaining("schoolBrin");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("aanmelding").count())
                .isEqualTo(voor);
    }

    @Test
    void deJoblogHoudtBijWatLiepNietElkeAangemaakteOfVervallenTimer(@Autowired org.camunda.bpm.engine.ManagementService beheer,
                                                                   @Autowired org.camunda.bpm.engine.HistoryService historie) {
        deployment = repositoryService.createDeployment().name("proef-joblog")
                .addModelInstance("proefJoblog.bpmn", Bpmn.createExecutableProcess("proefJoblog").camundaHistoryTimeToLive(1)
                        .startEvent()
                        .userTask("werk").camundaCandidateGroups("zorgcoordinator")
                        .boundaryEvent("teLaat").timerWithDuration("P5D").endEvent()
                        .moveToActivity("werk").intermediateCatchEvent("wachten").timerWithDuration("PT1H")
                        .userTask("daarna").camundaCandidateGroups("zorgcoordinator").endEvent().done())
                .deploy().getId();
        String instantie = runtimeService.startProcessInstanceByKey("proefJoblog", Map.of("schoolBrin", "99ZZ00")).getId();
        // Done in time: the deadline's timer goes without running; then the wait's timer runs.
        taskService.complete(taskService.createTaskQuery().processInstanceId(instantie).singleResult().getId());
        beheer.executeJob(beheer.createJobQuery().processInstanceId(instantie).singleResult().getId());
        assertThat(taskService.createTaskQuery().processInstanceId(instantie).singleResult().getTaskDefinitionKey())
                .isEqualTo("daarna");

        var log = historie.createHistoricJobLogQuery().processInstanceId(instantie).list();
        assertThat(log).extracting(l -> l.getActivityId() + ":" + (l.isSuccessLog() ? "gelukt" : l.isCreationLog()
                ? "aangemaakt" : l.isDeletionLog() ? "vervallen" : "mislukt")).containsExactly("wachten:gelukt");
        // When the step began and ended, the activity history says.
        assertThat(historie.createHistoricActivityInstanceQuery().processInstanceId(instantie).activityId("werk").finished()
                .count()).isEqualTo(1);
    }

    @Test
    void timersGaanVoorEnOpVolgordeVanVervaldatum(@Autowired org.camunda.bpm.engine.ProcessEngine engine) {
        var configuratie = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                engine.getProcessEngineConfiguration();
        assertThat(configuratie.isJobExecutorAcquireByDueDate()).isTrue();
        assertThat(configuratie.isJobExecutorPreferTimerJobs()).isTrue();
        assertThat(configuratie.isEnsureJobDueDateNotNull()).isTrue();
        assertThat(configuratie.isReevaluateTimeCycleWhenDue()).isTrue();
    }
}
