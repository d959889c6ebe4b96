package nl.eenplan.schoolwissel.proces;

import static nl.eenplan.Tijd.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import nl.eenplan.Http;
import nl.eenplan.ScenarioTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.TweedeGemeente;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Process "schoolwisselBevestigen" over HTTP (issue #23): Het Baken College (99YY00) asks for Sam of De Regenboog
 * (99ZZ00); nothing moves until De Regenboog answers. Refused with a reason: nothing moves and Het Baken hears why;
 * unanswered: reminder, then escalation to De Regenboog's zorgcoördinatoren, and still nothing moves (never an automatic
 * move); confirmed: the plan moves. On a fixed clock (Monday 30 November 2026). The full journey is SchoolwisselIT.
 */
@ScenarioTest.Model("schoolwisselBevestigen")
class SchoolwisselBevestigenScenarioIT extends ScenarioTest {

    static final String OUD = "99ZZ00";
    static final String NIEUW = "99YY00";

    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;
    @Autowired
    SchoolService scholen;
    @Autowired
    DossierService dossierService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    MeldingService meldingen;

    String oud;
    String nieuw;

    @BeforeEach
    void gegevenEenGevraagdeSchoolwissel() {
        ClockUtil.setCurrentTime(moment(2026, 11, 30, 10, 0));
        gebruikers.maakAlsNieuw("zcRegenboog", "Rita", "Regenboog", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("zcRegenboog", OUD);
        gebruikers.maakAlsNieuw("zcBaken", "Bart", "Baken", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("zcBaken", NIEUW);
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        String bsn = Testdossiers.nieuwBsn();
        oud = oudeSchool().post("/api/dossiers", Testdossiers.metBsn(bsn)).json().get("nummer").asText();
        dossierService.voegDoelenToe(oud, List.of("Sam leest vlot op AVI-niveau E6"));
        Http.Antwoord n = nieuweSchool().post("/api/dossiers", Testdossiers.metBsn(bsn).replace(OUD, NIEUW)
                .replace("\"PO\"", "\"VO\"").replace("\"leerjaar\": 7", "\"leerjaar\": 1")
                .replaceAll(",\\s*\"ouders\": \\[[^\\]]*\\]", ""));
        assertThat(n.status()).as(n.body()).isEqualTo(201);
        nieuw = n.json().get("nummer").asText();
        Http.Antwoord gevraagd = nieuweSchool().post("/api/dossiers/" + nieuw + "/schoolwissel",
                "{\"ingeschrevenOp\": \"" + vandaag() + "\"}");
        assertThat(gevraagd.status()).as(gevraagd.body()).isEqualTo(201);
    }

    @Test
    void deOudeSchoolBevestigt_danGaatHetPlanMee_enSchrijftZeNietsMeerDoorDeDeurenPerRecord() {
        // An arrangement the old school requested, with the signed groeidocument attached.
        ProcessInstance arrangement = runtimeService.startProcessInstanceByKey("arrangement", oud, java.util.Map.of(
                "dossierNummer", oud, "schoolBrin", OUD, "onderwijssoort", "PO", "zorgcoordinator", "zcRegenboog"));
        nl.eenplan.groeidocument.Groeidocumenten.ondertekend(oudeSchool(), oud);
        Task aanvraag = taskService.createTaskQuery().processInstanceId(arrangement.getId()).taskDefinitionKey("aanvraag")
                .singleResult();
        Http.Antwoord aangevraagd = oudeSchool().post("/api/taken/" + aanvraag.getId() + "/voltooien", """
                {"onderwijsdeel": "TLV", "onderwijs": "Speciaal onderwijs, cluster 4.", "perspectief": "Vso.",
                 "doelen": ["Sam werkt 20 minuten zelfstandig"], "aanmeldingOntvangenOp": "2026-11-27"}""");
        assertThat(aangevraagd.status()).as(aangevraagd.body()).isEqualTo(204);
        long arrangementId = oudeSchool().get("/api/dossiers/" + oud + "/arrangementen").json().get(0).get("id").asLong();
        assertThat(oudeSchool().get("/api/arrangementen/" + arrangementId + "/groeidocument").status()).isEqualTo(200);
        ProcessInstance proces = lopend();
        assertThat(proces).isWaitingAt("bevestigen").hasBusinessKey(oud);
        assertThat(proces.getTenantId()).isEqualTo(OUD);

        Http.Antwoord a = oudeSchool().post("/api/taken/" + taak(proces).getId() + "/voltooien",
                "{\"antwoord\": \"BEVESTIGD\"}");

        assertThat(a.status()).as(a.body()).isEqualTo(204);
        assertThat(proces).isEnded().hasPassed("beantwoord");
        assertThat(oudeSchool().get("/api/dossiers/" + oud).json().get("status").asText()).isEqualTo("GESLOTEN");
        assertThat(nieuweSchool().get("/api/dossiers/" + nieuw).json().at("/doelen/0/omschrijving").asText())
                .isEqualTo("Sam leest vlot op AVI-niveau E6");
        // The doors by record id: the old school reads no groeidocument and writes no objection any more.
        assertThat(oudeSchool().get("/api/arrangementen/" + arrangementId + "/groeidocument").status()).isEqualTo(404);
        Http.Antwoord bezwaar = oudeSchool().post("/api/arrangementen/" + arrangementId + "/bezwaar",
                "{\"deel\": \"ONDERWIJS\", \"ingediendDoor\": \"OUDERS\", \"ontvangenOp\": \"" + vandaag() + "\"}");
        assertThat(bezwaar.status()).as(bezwaar.body()).isEqualTo(409);
        assertThat(bezwaar.body()).contains("overgestapt", "alleen nog te lezen");
    }

    @Test
    void deOudeSchoolWeigertMetEenReden_erGaatNietsMee_enDeNieuweSchoolHoortWaarom() {
        ProcessInstance proces = lopend();
        Http.Antwoord zonderReden = oudeSchool().post("/api/taken/" + taak(proces).getId() + "/voltooien",
                "{\"antwoord\": \"GEWEIGERD\"}");
        assertThat(zonderReden.status()).isEqualTo(400);
        assertThat(zonderReden.body()).contains("reden", "niet onze leerling");
        Http.Antwoord zonderAntwoord = oudeSchool().post("/api/taken/" + taak(proces).getId() + "/voltooien", "{}");
        assertThat(zonderAntwoord.status()).isEqualTo(400);
        assertThat(zonderAntwoord.body()).contains("antwoord");

        Http.Antwoord geweigerd = oudeSchool().post("/api/taken/" + taak(proces).getId() + "/voltooien",
                "{\"antwoord\": \"GEWEIGERD\", \"reden\": \"niet onze leerling\"}");

        assertThat(geweigerd.status()).as(geweigerd.body()).isEqualTo(204);
        assertThat(proces).isEnded();
        assertThat(oudeSchool().get("/api/dossiers/" + oud).json().get("status").asText()).isEqualTo("OPEN");
        assertThat(oudeSchool().get("/api/dossiers/" + oud).json().at("/doelen/0/omschrijving").asText())
                .isEqualTo("Sam leest vlot op AVI-niveau E6");
        assertThat(nieuweSchool().get("/api/dossiers/" + nieuw).json().get("doelen")).isEmpty();
        assertThat(nieuweSchool().get("/api/dossiers/" + nieuw + "/schoolwissel").json().at("/0/status").asText())
                .isEqualTo("GEWEIGERD");
        assertThat(meldingen.voor("zcBaken", List.of(Groepen.ZORGCOORDINATOR), false)).anySatisfy(m -> {
            assertThat(m.onderwerp()).contains("Schoolwissel geweigerd", nieuw);
            assertThat(m.tekst()).contains("niet onze leerling", "niets meegegaan");
        });
        // Refused, it may be asked again (with the right details).
        assertThat(nieuweSchool().post("/api/dossiers/" + nieuw + "/schoolwissel",
                "{\"ingeschrevenOp\": \"" + vandaag() + "\"}").status()).isEqualTo(201);
    }

    @Test
    void zonderAntwoord_herinneringEnEscalatie_maarNooitVanzelfEenOverstap() {
        ProcessInstance proces = lopend();
        Task taak = taak(proces);
        // 5 werkdagen from Monday 30 November (termijnen.dmn): Monday 7 December, end of the day.
        assertThat(taak.getDueDate()).isEqualTo(moment(2026, 12, 7, 23, 59, 59));

        ClockUtil.setCurrentTime(moment(2026, 12, 8, 9, 0));
        managementService.executeJob(herinnering(proces, "bevestigen").getId());
        managementService.executeJob(termijnVerstreken(proces, "bevestigen").getId());

        assertThat(meldingen.voor("zcRegenboog", List.of(Groepen.ZORGCOORDINATOR), false)).anySatisfy(m ->
                assertThat(m.onderwerp()).contains("Termijn verstreken", oud));
        assertThat(proces).isWaitingAt("bevestigen");
        assertThat(oudeSchool().get("/api/dossiers/" + oud).json().get("status").asText()).isEqualTo("OPEN");
        assertThat(nieuweSchool().get("/api/dossiers/" + nieuw).json().get("doelen")).isEmpty();
        // A third school sees neither the task nor the change.
        assertThat(derdeSchool().get("/api/taken").body()).doesNotContain(taak.getId());
        assertThat(derdeSchool().get("/api/dossiers/" + oud + "/schoolwissel").status()).isEqualTo(404);
        assertThat(derdeSchool().get("/api/dossiers/" + nieuw + "/schoolwissel").status()).isEqualTo(404);
    }

    private ProcessInstance lopend() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("schoolwisselBevestigen")
                .processInstanceBusinessKey(oud).singleResult();
    }

    private Task taak(ProcessInstance proces) {
        return taskService.createTaskQuery().processInstanceId(proces.getId()).singleResult();
    }

    private Http oudeSchool() {
        return http().als("zcRegenboog");
    }

    private Http nieuweSchool() {
        return http().als("zcBaken");
    }

    private Http derdeSchool() {
        return http().als("zorgcoordinatorAmersfoort");
    }
}
