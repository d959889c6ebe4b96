package nl.eenplan.meldcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.List;
import nl.eenplan.Http;
import nl.eenplan.ScenarioTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.Zorginhoud;
import nl.eenplan.melding.MeldingService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scenarios of process "meldcode" (issue #21), on the fixed test clock: started by a mentor from a signal, the five
 * steps by the aandachtsfunctionaris; with acute unsafety "hulp, niet melden" is refused at every door (EenPlan's API,
 * Tasklist, /engine-rest) and the report to Veilig Thuis follows with its feedback; no vermoeden closes it; help
 * instead of a report is evaluated at its date (the default term or a chosen one), goes on, or is reported after all.
 */
@ScenarioTest.Model("meldcode")
class MeldcodeScenarioIT extends ScenarioTest {

    static final String SIGNAAL = "Leerling vertelt over harde ruzies thuis en heeft blauwe plekken op de arm.";
    static final String SIGNALEN = "Blauwe plekken op de bovenarm gezien door de mentor op maandag.";
    static final String WEGING = "Herhaald letsel en angst om naar huis te gaan: structureel onveilig.";

    @Autowired
    nl.eenplan.audit.AuditLog audit;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    MeldingService meldingen;
    @Autowired
    MeldcodeService meldcodes;

    String nummer;
    ProcessInstance meldcode;

    @BeforeEach
    void eenMentorStartDeMeldcodeNaEenSignaal() {
        nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
        Http.Antwoord gestart = http().als("mentor").post("/api/dossiers/" + nummer + "/meldcode",
                "{\"aanleiding\": \"SIGNAAL\", \"signaal\": \"" + SIGNAAL + "\"}");
        assertThat(gestart.status()).as(gestart.body()).isEqualTo(201);
        // The mentor learns that it started, nothing more.
        assertThat(gestart.body()).doesNotContain("harde ruzies");
        meldcode = runtimeService.createProcessInstanceQuery().processDefinitionKey("meldcode")
                .processInstanceBusinessKey(nummer).singleResult();
    }

    @AfterEach
    void niemandAangemeld() {
        identityService.clearAuthentication();
    }

    @Test
    void bijAcuteOnveiligheidIsMeldenNoodzakelijkAanElkeDeur() {
        assertThat(meldcode).isWaitingAt("signalenInKaart").hasBusinessKey(nummer);
        assertThat(taak("signalenInKaart")).hasCandidateGroup("aandachtsfunctionaris");
        stappen1Tot4(true, true, false);
        assertThat(meldcode).hasPassed("vermoedenBlijft").isWaitingAt("beslissen");
        Task beslissen = taak("beslissen");

        // EenPlan's API: 400, per field, in Dutch.
        Http.Antwoord api = voltooi("beslissen", """
                {"meldenNoodzakelijk": false, "hulpMogelijk": true, "toelichting": "Ouders willen hulp."}""");
        assertThat(api.status()).as(api.body()).isEqualTo(400);
        assertThat(api.json().at("/fouten/0/veld").asText()).isEqualTo("meldenNoodzakelijk");
        assertThat(api.json().at("/fouten/0/melding").asText()).contains("acute onveiligheid")
                .contains("altijd noodzakelijk");
        // /engine-rest, as a client of the engine: the same refusal.
        Http.Antwoord engineRest = aandacht().post("/engine-rest/task/" + beslissen.getId() + "/complete", """
                {"variables": {"meldenNoodzakelijk": {"value": false, "type": "Boolean"},
                               "hulpMogelijk": {"value": true, "type": "Boolean"},
                               "toelichting": {"value": "Ouders willen hulp.", "type": "String"}}}""");
        assertThat(engineRest.status()).as(engineRest.body()).isEqualTo(400);
        assertThat(engineRest.body()).contains("altijd noodzakelijk");
        // Tasklist: the engine refuses the completion and the task stays.
        identityService.setAuthentication("aandachtsfunctionaris", List.of("aandachtsfunctionaris"), List.of("99ZZ00"));
        assertThatThrownBy(() -> complete(beslissen, withVariables("meldenNoodzakelijk", false, "hulpMogelijk", true,
                "toelichting", "Ouders willen hulp."))).hasMessageContaining("altijd noodzakelijk");
        identityService.clearAuthentication();
        assertThat(meldcode).isWaitingAt("beslissen");

        assertThat(voltooi("beslissen", """
                {"meldenNoodzakelijk": true, "hulpMogelijk": true, "toelichting": "Melden, hulp loopt door."}""")
                .status()).isEqualTo(204);
        assertThat(meldcode).isWaitingAt("meldenBijVeiligThuis");
        // Only a report, not only advice, with acute unsafety.
        Http.Antwoord advies = voltooi("meldenBijVeiligThuis",
                "{\"gemeldOp\": \"" + vandaag() + "\", \"soort\": \"ADVIES\"}");
        assertThat(advies.status()).as(advies.body()).isEqualTo(400);
        assertThat(advies.json().at("/fouten/0/veld").asText()).isEqualTo("soort");
        assertThat(voltooi("meldenBijVeiligThuis", "{\"gemeldOp\": \"" + vandaag() + "\", \"soort\": \"MELDING\", "
                + "\"toelichting\": \"Telefonisch gemeld.\"}").status()).isEqualTo(204);
        // A flow of the basis table without consent: the meldrecht, recorded with its basis (Gegevensstroom.VEILIG_THUIS).
        assertThat(audit.voorDossier(nummer)).anySatisfy(r -> {
            assertThat(r.getHandeling()).isEqualTo(nl.eenplan.audit.AuditRegel.Handeling.DELEN);
            assertThat(r.getGrondslag()).startsWith("VEILIG_THUIS: meldcode (Wmo 2015 art. 5.2.6");
        });

        // Veilig Thuis's feedback: a task with a deadline, escalated to the aandachtsfunctionaris.
        assertThat(meldcode).isWaitingAt("terugkoppelingVastleggen");
        Task terugkoppeling = taak("terugkoppelingVastleggen");
        assertThat(terugkoppeling.getDueDate()).isNotNull().isAfter(ClockUtil.getCurrentTime());
        managementService.executeJob(termijnVerstreken(meldcode, "terugkoppelingVastleggen").getId());
        assertThat(meldingen.voor("aandachtsfunctionaris", List.of("aandachtsfunctionaris"), false))
                .anySatisfy(m -> assertThat(m.onderwerp()).contains("Terugkoppeling van Veilig Thuis"));
        assertThat(voltooi("terugkoppelingVastleggen", "{\"terugkoppelingOp\": \"" + vandaag() + "\", "
                + "\"vervolg\": \"ONDERZOEK\", \"terugkoppeling\": \"Veilig Thuis start een onderzoek.\"}").status())
                .isEqualTo(204);
        assertThat(meldcode).isEnded().hasPassed("gemeld");

        MeldcodeView m = meldcodes.vanDossier(nummer).get(0);
        assertThat(m.aanleiding()).isEqualTo(Aanleiding.SIGNAAL);
        assertThat(m.gestartDoor()).isEqualTo("mentor");
        assertThat(m.status()).isEqualTo(Meldcodezaak.Status.AFGESLOTEN);
        assertThat(m.stap4().acuteOnveiligheid()).isTrue();
        assertThat(m.melding().soort()).isEqualTo(Meldingsoort.MELDING);
        assertThat(m.melding().door()).isEqualTo("aandachtsfunctionaris");
        assertThat(m.melding().vervolg()).isEqualTo(VervolgVeiligThuis.ONDERZOEK);
        Zorginhoud.nietInProcessen(engine.getHistoryService(), engine.getRepositoryService(), nummer, SIGNAAL,
                SIGNALEN, WEGING, "Ouders willen hulp", "Telefonisch gemeld", "start een onderzoek");
    }

    @Test
    void zonderVermoedenWordtDeMeldcodeAfgesloten() {
        stappen1Tot4(false, false, false);
        assertThat(meldcode).isEnded().hasPassed("vermoedenOntkracht").hasNotPassed("beslissen");
        assertThat(meldcodes.vanDossier(nummer).get(0).status()).isEqualTo(Meldcodezaak.Status.AFGESLOTEN);
    }

    @Test
    void hulpInPlaatsVanMeldenWordtGeevalueerdEnZoNodigAlsnogGemeld() {
        stappen1Tot4(true, false, false);
        // No help possible: then a report is needed (the second question).
        Http.Antwoord geenVanBeide = voltooi("beslissen",
                "{\"meldenNoodzakelijk\": false, \"hulpMogelijk\": false, \"toelichting\": \"Twijfel.\"}");
        assertThat(geenVanBeide.status()).isEqualTo(400);
        assertThat(geenVanBeide.json().at("/fouten/0/veld").asText()).isEqualTo("hulpMogelijk");
        assertThat(voltooi("beslissen", "{\"meldenNoodzakelijk\": false, \"hulpMogelijk\": true, "
                + "\"toelichting\": \"Ouders aanvaarden opvoedondersteuning.\"}").status()).isEqualTo(204);
        assertThat(meldcode).hasPassed("meldenOfHulp").isWaitingAt("hulpAfspreken");

        // No date chosen: the default term of termijnen.dmn (6 weeks).
        assertThat(voltooi("hulpAfspreken", "{\"hulp\": \"Opvoedondersteuning via het wijkteam.\", "
                + "\"metWie\": \"Wijkteam\"}").status()).isEqualTo(204);
        Job eerste = timer(meldcode, "evaluatiemoment");
        assertThat(eerste.getDuedate()).isAfter(plusDagen(41)).isBefore(plusDagen(50));
        naarTimer(eerste);
        assertThat(meldcode).isWaitingAt("hulpEvalueren");

        // Unsafety continues: only a report.
        Http.Antwoord toch = voltooi("hulpEvalueren", "{\"uitkomst\": \"DOORGAAN\", \"onveiligheidDuurtVoort\": true, "
                + "\"evaluatie\": \"Nog steeds letsel.\"}");
        assertThat(toch.status()).isEqualTo(400);
        assertThat(toch.json().at("/fouten/0/veld").asText()).isEqualTo("uitkomst");

        // Another period, to a date of its own.
        LocalDate volgende = vandaag().plusWeeks(3);
        assertThat(voltooi("hulpEvalueren", "{\"uitkomst\": \"DOORGAAN\", \"onveiligheidDuurtVoort\": false, "
                + "\"evaluatie\": \"Gaat beter, nog niet stabiel.\", \"volgendeEvaluatieOp\": \"" + volgende + "\"}")
                .status()).isEqualTo(204);
        Job tweede = timer(meldcode, "evaluatiemoment");
        assertThat(tweede.getDuedate().toInstant()).isEqualTo(volgende.atTime(8, 0)
                .atZone(java.time.ZoneId.of("Europe/Amsterdam")).toInstant());
        naarTimer(tweede);

        // The help does not work: back to the report path.
        assertThat(voltooi("hulpEvalueren", "{\"uitkomst\": \"MELDEN\", \"onveiligheidDuurtVoort\": true, "
                + "\"evaluatie\": \"Ouders haken af.\"}").status()).isEqualTo(204);
        assertThat(meldcode).hasPassed("werktDeHulp", "meldenSamen").isWaitingAt("meldenBijVeiligThuis");
        MeldcodeView m = meldcodes.vanDossier(nummer).get(0);
        assertThat(m.hulp().evaluaties()).extracting(MeldcodeView.Evaluatie::uitkomst)
                .containsExactly(Evaluatieuitkomst.DOORGAAN, Evaluatieuitkomst.MELDEN);
        Zorginhoud.nietInProcessen(engine.getHistoryService(), engine.getRepositoryService(), nummer,
                "Opvoedondersteuning", "Gaat beter", "Ouders haken af");
    }

    @Test
    void hulpDieWerktWordtAfgesloten() {
        stappen1Tot4(true, false, false);
        voltooi("beslissen", "{\"meldenNoodzakelijk\": false, \"hulpMogelijk\": true, \"toelichting\": \"Hulp.\"}");
        LocalDate evaluatie = vandaag().plusWeeks(4);
        assertThat(voltooi("hulpAfspreken", "{\"hulp\": \"Schoolmaatschappelijk werk.\", \"metWie\": \"SMW\", "
                + "\"evaluatieOp\": \"" + evaluatie + "\"}").status()).isEqualTo(204);
        naarTimer(timer(meldcode, "evaluatiemoment"));
        assertThat(voltooi("hulpEvalueren", "{\"uitkomst\": \"AFSLUITEN\", \"onveiligheidDuurtVoort\": false, "
                + "\"evaluatie\": \"Thuis is het rustig.\"}").status()).isEqualTo(204);
        assertThat(meldcode).isEnded().hasPassed("hulpAfgerond");
        assertThat(meldcodes.vanDossier(nummer).get(0).status()).isEqualTo(Meldcodezaak.Status.AFGESLOTEN);
    }

    @Test
    void stap3MagAlleenMetEenRedenAchterwegeBlijven() {
        voltooi("signalenInKaart", "{\"signalen\": \"" + SIGNALEN + "\"}");
        voltooi("adviesVragen", "{\"adviesVan\": \"VEILIG_THUIS\", \"advies\": \"Eerst het gesprek.\"}");
        Http.Antwoord zonderReden = voltooi("gesprekVoeren", "{\"gesprekGevoerd\": false}");
        assertThat(zonderReden.status()).isEqualTo(400);
        assertThat(zonderReden.json().at("/fouten/0/veld").asText()).isEqualTo("redenNietGevoerd");
        assertThat(voltooi("gesprekVoeren", "{\"gesprekGevoerd\": false, \"redenNietGevoerd\": \"Vader is "
                + "gewelddadig; een gesprek brengt de leerling in gevaar.\"}").status()).isEqualTo(204);
        assertThat(meldcodes.vanDossier(nummer).get(0).stap3().overgeslagenReden()).contains("in gevaar");
    }

    private void stappen1Tot4(boolean vermoeden, boolean acuut, boolean structureel) {
        assertThat(voltooi("signalenInKaart", "{\"signalen\": \"" + SIGNALEN + "\"}").status()).isEqualTo(204);
        assertThat(voltooi("adviesVragen", "{\"adviesVan\": \"COLLEGA_EN_VEILIG_THUIS\", "
                + "\"advies\": \"Gesprek voeren, dan wegen.\"}").status()).isEqualTo(204);
        assertThat(voltooi("gesprekVoeren", "{\"gesprekGevoerd\": true, \"verslag\": \"Moeder herkent de zorgen.\"}")
                .status()).isEqualTo(204);
        Http.Antwoord gewogen = voltooi("wegen", "{\"vermoeden\": " + vermoeden + ", \"acuteOnveiligheid\": " + acuut
                + ", \"structureleOnveiligheid\": " + structureel + ", \"weging\": \"" + WEGING + "\"}");
        assertThat(gewogen.status()).as(gewogen.body()).isEqualTo(204);
    }

    private Http.Antwoord voltooi(String taakId, String invoer) {
        return aandacht().post("/api/taken/" + taak(taakId).getId() + "/voltooien", invoer);
    }

    private Http aandacht() {
        return http().als("aandachtsfunctionaris");
    }

    private Task taak(String taakId) {
        return taskService.createTaskQuery().processInstanceId(meldcode.getId()).taskDefinitionKey(taakId)
                .singleResult();
    }

    private void naarTimer(Job timer) {
        ClockUtil.setCurrentTime(timer.getDuedate());
        managementService.executeJob(timer.getId());
    }

    private java.util.Date plusDagen(int dagen) {
        return java.util.Date.from(clock.instant().plus(java.time.Duration.ofDays(dagen)));
    }
}
