package nl.eenplan.toelating;

import static nl.eenplan.Tijd.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.eenplan.Http;
import nl.eenplan.ScenarioTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.organisatie.Organisaties;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scenarios of process "toelating" (issue #23): the parents' written application at Het Baken College (99YY00, board
 * 99999) came in on Monday 2 November 2026, so the board decides by Monday 14 December (6 weeks, WPO art. 40; WEC art.
 * 40; WVO 2020, toelating), once extendable to Monday 11 January with a letter to the parents; with no decision then,
 * the pupil is enrolled temporarily at the school applied to. The pupil's old school (99ZZ00) cannot let go before
 * that. Every path and timer, over /api and the engine's own API (the one door).
 */
@ScenarioTest.Model("toelating")
class ToelatingScenarioIT extends ScenarioTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    com.fasterxml.jackson.databind.ObjectMapper json;
    @Autowired
    MeldingService meldingen;
    @Autowired
    Organisaties organisaties;
    @Autowired
    nl.eenplan.security.GebruikerService gebruikers;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    String bsn;
    String nummer;
    ProcessInstance toelating;

    @BeforeEach
    void gegevenEenSchriftelijkeAanmeldingOpMaandag2November2026() {
        ClockUtil.setCurrentTime(moment(2026, 11, 3, 10, 0));
        bsn = Testdossiers.nieuwBsn();
        nummer = dossierBijHetBaken(bsn);
        Http.Antwoord gestart = zc().post("/api/dossiers/" + nummer + "/toelatingen",
                "{\"aanmeldingOntvangenOp\": \"2026-11-02\"}");
        assertThat(gestart.status()).as(gestart.body()).isEqualTo(201);
        assertThat(gestart.json().get("bestuursnummer").asText()).isEqualTo("99999");
        toelating = runtimeService.createProcessInstanceQuery().processDefinitionKey("toelating")
                .processInstanceBusinessKey(nummer).singleResult();
    }

    @Test
    void toegelatenBinnen6WekenDanStoptDeKlok_WPO_art_40() {
        assertThat(toelating).isWaitingAt("onderzoeken", "weekVoorTermijn", "termijnVerstreken");
        assertThat(toelating.getTenantId()).isEqualTo("99YY00");
        assertThat(timer(toelating, "termijnVerstreken").getDuedate()).isEqualTo(moment(2026, 12, 14, 23, 59, 59));
        // A week before (5 werkdagen, termijnen.dmn): the question whether to extend.
        assertThat(timer(toelating, "weekVoorTermijn").getDuedate()).isEqualTo(moment(2026, 12, 7, 8, 0));
        assertThat(taak("onderzoeken")).hasCandidateGroup("zorgcoordinator");

        voltooi(taak("onderzoeken"), "{\"extraOndersteuning\": false, \"arrangementAanvragen\": false}", 204);
        assertThat(toelating).isWaitingAt("besluiten").hasNotPassed("arrangementAanvragen");
        // The decision is due when the term ends (termijnVanaf ${beslistermijn}).
        assertThat(taak("besluiten").getDueDate()).isEqualTo(moment(2026, 12, 14, 23, 59, 59));
        voltooi(taak("besluiten"), "{\"besluit\": \"TOEGELATEN\"}", 204);

        assertThat(toelating).isEnded().hasPassed("besloten", "toelatingBesloten");
        assertThat(managementService.createJobQuery().processInstanceId(toelating.getId()).count()).isZero();
        ToelatingView t = opgeslagen();
        assertThat(t.status()).isEqualTo(Toelating.Status.TOEGELATEN);
        assertThat(t.beslotenOp()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(t.beslistermijn()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(t.extraOndersteuning()).isFalse();
    }

    @Test
    void extraOndersteuningVraagtEenArrangementAanEnDeBesluitWachtNiet() {
        Http.Antwoord zonderOndersteuning = voltooi(taak("onderzoeken"),
                "{\"extraOndersteuning\": false, \"arrangementAanvragen\": true}", 400);
        assertThat(zonderOndersteuning.body()).contains("arrangementAanvragen");
        Http.Antwoord leeg = voltooi(taak("onderzoeken"), "{}", 400);
        assertThat(leeg.body()).contains("extraOndersteuning", "arrangementAanvragen");

        voltooi(taak("onderzoeken"), "{\"extraOndersteuning\": true, \"arrangementAanvragen\": true}", 204);
        assertThat(toelating).hasPassed("arrangementAanvragen").isWaitingAt("besluiten");
        ProcessInstance arrangement = runtimeService.createProcessInstanceQuery().processDefinitionKey("arrangement")
                .processInstanceBusinessKey(nummer).singleResult();
        assertThat(arrangement).isWaitingAt("aanvraag");
        assertThat(arrangement.getTenantId()).isEqualTo("99YY00");

        // A place at another school: named, known, not this one.
        assertThat(voltooi(taak("besluiten"), "{\"besluit\": \"PLAATS_ELDERS\"}", 400).body()).contains("plaatsElders");
        assertThat(voltooi(taak("besluiten"), "{\"besluit\": \"PLAATS_ELDERS\", \"plaatsElders\": \"99YY00\"}", 400)
                .body()).contains("TOEGELATEN");
        assertThat(voltooi(taak("besluiten"), "{\"besluit\": \"PLAATS_ELDERS\", \"plaatsElders\": \"12XX00\"}", 400)
                .body()).contains("12XX00");
        voltooi(taak("besluiten"), "{\"besluit\": \"PLAATS_ELDERS\", \"plaatsElders\": \"99ZZ00\"}", 204);
        // No admission here either: the parents get the letter and may contest it as a refusal.
        assertThat(toelating).hasPassed("besloten").isWaitingAt("besluitbrief");
        // The arrangement is a process of its own: it runs on with the SWV's terms.
        assertThat(arrangement).isNotEnded();
        ToelatingView t = opgeslagen();
        assertThat(t.status()).isEqualTo(Toelating.Status.PLAATS_ELDERS);
        assertThat(t.plaatsEldersBrin()).isEqualTo("99ZZ00");
        assertThat(t.arrangementAangevraagd()).isTrue();
        runtimeService.deleteProcessInstance(arrangement.getId(), "test");
    }

    @Test
    void geweigerdAlleenMetReden_enNietViaEenAndereDeur() {
        voltooi(taak("onderzoeken"), "{\"extraOndersteuning\": false, \"arrangementAanvragen\": false}", 204);
        Task besluiten = taak("besluiten");
        assertThat(voltooi(besluiten, "{\"besluit\": \"GEWEIGERD\"}", 400).body()).contains("reden");
        assertThat(voltooi(besluiten, "{\"besluit\": \"MISSCHIEN\"}", 400).body()).contains("besluit");
        // The engine's own API (as Tasklist and the Modeler's clients use it) meets the same check.
        Http.Antwoord viaEngine = zc().post("/engine-rest/task/" + besluiten.getId() + "/complete",
                "{\"variables\": {\"besluit\": {\"value\": \"GEWEIGERD\", \"type\": \"String\"}}}");
        assertThat(viaEngine.status()).as(viaEngine.body()).isEqualTo(400);
        assertThat(viaEngine.body()).contains("reden");
        assertThat(toelating).isWaitingAt("besluiten");

        voltooi(besluiten, "{\"besluit\": \"GEWEIGERD\", \"reden\": \"Geen plaats in leerjaar 1; ouders kiezen.\"}",
                204);
        assertThat(toelating).hasPassed("besloten").isWaitingAt("besluitbrief");
        assertThat(opgeslagen().weigerreden()).contains("Geen plaats");
    }

    @Test
    void verlengdMet4WekenMetBriefAanDeOudersEnDanAlsnogBesloten() {
        managementService.executeJob(timer(toelating, "weekVoorTermijn").getId());
        assertThat(taak("verlengen")).hasCandidateGroup("zorgcoordinator");
        assertThat(voltooi(taak("verlengen"), "{\"verlengen\": true, \"briefOudersOp\": \"2026-11-03\"}", 400).body())
                .contains("reden");
        assertThat(voltooi(taak("verlengen"), "{\"verlengen\": true, \"reden\": \"Onderzoek loopt.\"}", 400).body())
                .contains("briefOudersOp");
        assertThat(voltooi(taak("verlengen"),
                "{\"verlengen\": true, \"reden\": \"Onderzoek loopt.\", \"briefOudersOp\": \"2026-10-01\"}", 400).body())
                .contains("briefOudersOp");
        voltooi(taak("verlengen"), "{\"verlengen\": true, \"reden\": \"Onderzoek loopt.\", \"briefOudersOp\": \"2026-11-03\"}",
                204);
        assertThat(toelating).hasPassed("verlengingVastleggen", "verlengd");
        assertThat(runtimeService.getVariable(toelating.getId(), "verlengdTot")).isEqualTo(moment(2027, 1, 11, 23, 59, 59));

        ClockUtil.setCurrentTime(moment(2026, 12, 15, 0, 0));
        managementService.executeJob(timer(toelating, "termijnVerstreken").getId());
        // Extended: nothing is overdue yet; the temporary enrolment waits for the end of the extension.
        assertThat(toelating).isWaitingAt("onderzoeken", "tijdelijkInschrijvenMoment");
        assertThat(timer(toelating, "tijdelijkInschrijvenMoment").getDuedate()).isEqualTo(moment(2027, 1, 11, 23, 59, 59));
        assertThat(meldingen.voor("zorgcoordinator", List.of(), false))
                .noneSatisfy(m -> assertThat(m.onderwerp()).contains("beslistermijn verstreken (dossier " + nummer));

        voltooi(taak("onderzoeken"), "{\"extraOndersteuning\": false, \"arrangementAanvragen\": false}", 204);
        voltooi(taak("besluiten"), "{\"besluit\": \"TOEGELATEN\"}", 204);
        assertThat(toelating).isEnded().hasNotPassed("tijdelijkInschrijven");
        ToelatingView t = opgeslagen();
        assertThat(t.verlengdTot()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(t.briefOudersOp()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(t.tijdelijkIngeschrevenOp()).isNull();
    }

    @Test
    void naTienWekenZonderBesluitTijdelijkIngeschrevenOpDeSchoolVanAanmelding() {
        managementService.executeJob(timer(toelating, "weekVoorTermijn").getId());
        voltooi(taak("verlengen"), "{\"verlengen\": true, \"reden\": \"Wachtlijst.\", \"briefOudersOp\": \"2026-11-03\"}",
                204);
        managementService.executeJob(timer(toelating, "termijnVerstreken").getId());
        ClockUtil.setCurrentTime(moment(2027, 1, 12, 0, 0));
        managementService.executeJob(timer(toelating, "tijdelijkInschrijvenMoment").getId());

        assertThat(toelating).hasPassed("tijdelijkInschrijven", "tijdelijkIngeschreven").isWaitingAt("onderzoeken");
        assertThat(opgeslagen().tijdelijkIngeschrevenOp())
                .isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(meldingen.voor("zorgcoordinator", List.of(), false))
                .anySatisfy(m -> assertThat(m.onderwerp()).contains("Tijdelijk ingeschreven").contains(nummer));
        // The board still decides.
        voltooi(taak("onderzoeken"), "{\"extraOndersteuning\": true, \"arrangementAanvragen\": false}", 204);
        voltooi(taak("besluiten"), "{\"besluit\": \"TOEGELATEN\"}", 204);
        assertThat(toelating).isEnded();
    }

    @Test
    void nietVerlengdEnGeenBesluitBinnen6WekenDanMeteenTijdelijkIngeschreven() {
        managementService.executeJob(timer(toelating, "weekVoorTermijn").getId());
        voltooi(taak("verlengen"), "{\"verlengen\": false}", 204);
        assertThat(toelating).hasPassed("nietVerlengd");

        ClockUtil.setCurrentTime(moment(2026, 12, 15, 0, 0));
        managementService.executeJob(timer(toelating, "termijnVerstreken").getId());
        assertThat(meldingen.voor("zorgcoordinator", List.of(), false))
                .anySatisfy(m -> assertThat(m.onderwerp()).contains("beslistermijn verstreken").contains(nummer));
        // The reading that protects the pupil: enrolled at the end of the 6 weeks (eenplan.toelating.tijdelijk-inschrijven).
        assertThat(timer(toelating, "tijdelijkInschrijvenMoment").getDuedate()).isEqualTo(moment(2026, 12, 14, 23, 59, 59));
        managementService.executeJob(timer(toelating, "tijdelijkInschrijvenMoment").getId());
        assertThat(toelating).hasPassed("tijdelijkInschrijven").isWaitingAt("onderzoeken");
        ToelatingView t = opgeslagen();
        assertThat(t.termijnVerstrekenOp()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(t.tijdelijkIngeschrevenOp()).isEqualTo(LocalDate.of(2026, 12, 15));
        // The zorgplicht passed without a decision: a signal to the thuiszittersaanpak (issue #23), once.
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("thuiszitterstafel")
                .processInstanceBusinessKey(nummer).count()).isEqualTo(1);
    }

    @Test
    void naDe6WekenKanVerlengenNietMeer() {
        managementService.executeJob(timer(toelating, "weekVoorTermijn").getId());
        Task verlengen = taak("verlengen");
        managementService.executeJob(managementService.createJobQuery().processInstanceId(toelating.getId())
                .activityId("verlengenTeLaat").singleResult().getId());
        assertThat(toelating).hasPassed("nietOpTijdVerlengd").isWaitingAt("onderzoeken", "termijnVerstreken");
        assertThat(taskService.createTaskQuery().taskId(verlengen.getId()).count()).isZero();
    }

    @Test
    void deOudeSchoolSchrijftNietUitVoordatDeLeerlingEldersIsIngeschreven() {
        String oud = zc().post("/api/dossiers", Testdossiers.metBsn(bsn)).json().get("nummer").asText();
        Http.Antwoord sluiten = zc().post("/api/dossiers/" + oud + "/sluiten", "{\"reden\": \"Naar het vo.\"}");
        assertThat(sluiten.status()).as(sluiten.body()).isEqualTo(409);
        assertThat(sluiten.body()).contains("niet uit", "elders is ingeschreven");

        voltooi(taak("onderzoeken"), "{\"extraOndersteuning\": false, \"arrangementAanvragen\": false}", 204);
        voltooi(taak("besluiten"), "{\"besluit\": \"TOEGELATEN\"}", 204);
        // Enrolled here: the school change is asked; once the old school confirms it, its dossier closes (package
        // nl.eenplan.schoolwissel).
        assertThat(zc().get("/api/dossiers/" + oud).json().get("status").asText()).isEqualTo("OPEN");
        Task bevestigen = taskService.createTaskQuery().processInstanceBusinessKey(oud).taskDefinitionKey("bevestigen")
                .singleResult();
        Http.Antwoord bevestigd = zc().post("/api/taken/" + bevestigen.getId() + "/voltooien",
                "{\"antwoord\": \"BEVESTIGD\"}");
        assertThat(bevestigd.status()).as(bevestigd.body()).isEqualTo(204);
        com.fasterxml.jackson.databind.JsonNode gesloten = zc().get("/api/dossiers/" + oud).json();
        assertThat(gesloten.get("status").asText()).isEqualTo("GESLOTEN");
        assertThat(gesloten.get("sluitreden").asText()).startsWith("Overgestapt naar").contains("99YY00");
    }

    @Test
    void eenToelatingDieInCockpitIsBeeindigdHoudtDeOudeSchoolNietMeerVast() {
        String oud = zc().post("/api/dossiers", Testdossiers.metBsn(bsn)).json().get("nummer").asText();
        assertThat(zc().post("/api/dossiers/" + oud + "/sluiten", "{\"reden\": \"Naar het vo.\"}").status())
                .isEqualTo(409);
        // The administrator (demo: camunda-admin) deletes the admission's instance by hand, as Cockpit does through the engine's REST API.
        Http.Antwoord verwijderd = http().als("demo").delete("/engine-rest/process-instance/" + toelating.getId()
                + "?skipCustomListeners=true");
        assertThat(verwijderd.status()).as(verwijderd.body()).isEqualTo(204);

        // Stored at once, before anyone reads it (V45: no longer computed on read): the monitor counts the same row.
        assertThat(jdbc.queryForMap("select status, besloten_op, lopend from toelating where proces_instantie_id = ?",
                toelating.getId())).containsEntry("status", "BEEINDIGD").containsEntry("lopend", null)
                .containsEntry("besloten_op", java.sql.Date.valueOf("2026-11-03"));
        assertThat(zc().post("/api/dossiers/" + oud + "/sluiten", "{\"reden\": \"Naar het vo.\"}").status())
                .isEqualTo(200);
        com.fasterxml.jackson.databind.JsonNode t = zc().get("/api/dossiers/" + nummer + "/toelatingen").json().get(0);
        assertThat(t.get("status").asText()).isEqualTo("BEEINDIGD");
        assertThat(t.get("beeindigd").asText()).startsWith("Beëindigd in Cockpit").contains("door demo")
                .contains("3 november 2026");
        // No longer running: a new application can start.
        assertThat(zc().post("/api/dossiers/" + nummer + "/toelatingen", "{\"aanmeldingOntvangenOp\": \"2026-11-03\"}")
                .status()).isEqualTo(201);
    }

    /**
     * A deletion in code (RuntimeService.deleteProcessInstance(id, reden, true), as the school change ends the old
     * school's processes): the engine records it as INTERNALLY_TERMINATED, not EXTERNALLY_TERMINATED as /engine-rest
     * does; engine.VerwijderdeInstanties publishes it all the same, once, and the admission is BEEINDIGD.
     */
    @Test
    void eenToelatingDieInCodeIsVerwijderdIsOokBeeindigd() {
        runtimeService.deleteProcessInstance(toelating.getId(), "Leerling naar een andere school", true);

        assertThat(VERWIJDERD.get(toelating.getId())).as("ProcesinstantieVerwijderd, één keer").isEqualTo(1);
        assertThat(jdbc.queryForMap("select status, besloten_op, lopend from toelating where proces_instantie_id = ?",
                toelating.getId())).containsEntry("status", "BEEINDIGD").containsEntry("lopend", null)
                .containsEntry("besloten_op", java.sql.Date.valueOf("2026-11-03"));
        assertThat(zc().post("/api/dossiers/" + nummer + "/toelatingen", "{\"aanmeldingOntvangenOp\": \"2026-11-03\"}")
                .status()).as("geen lopende toelating meer").isEqualTo(201);
    }

    /** Every ProcesinstantieVerwijderd published in this JVM, counted per instance. */
    static final java.util.Map<String, Integer> VERWIJDERD = new java.util.concurrent.ConcurrentHashMap<>();

    /** Once per application context: the listener that counts (this test's engine publishes in this context). */
    @Autowired
    void telVerwijderingen(org.springframework.context.ConfigurableApplicationContext context) {
        if (GETELD.add(context)) {
            context.addApplicationListener(e -> {
                if (e instanceof org.springframework.context.PayloadApplicationEvent<?> p
                        && p.getPayload() instanceof nl.eenplan.engine.ProcesinstantieVerwijderd v) {
                    VERWIJDERD.merge(v.procesInstantieId(), 1, Integer::sum);
                }
            });
        }
    }

    private static final java.util.Set<Object> GETELD = java.util.Collections.synchronizedSet(
            java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    @Test
    void eenAanmeldingStartAlleenBijEenSchoolMetBestuurEnEenKeerTegelijk() {
        Http.Antwoord nogEen = zc().post("/api/dossiers/" + nummer + "/toelatingen",
                "{\"aanmeldingOntvangenOp\": \"2026-11-02\"}");
        assertThat(nogEen.status()).isEqualTo(409);
        assertThat(nogEen.body()).contains("loopt al een toelating");
        Http.Antwoord toekomst = zc().post("/api/dossiers/" + dossierBijHetBaken(Testdossiers.nieuwBsn()) + "/toelatingen",
                "{\"aanmeldingOntvangenOp\": \"2027-01-01\"}");
        assertThat(toekomst.status()).isEqualTo(400);
        assertThat(toekomst.body()).contains("aanmeldingOntvangenOp", "toekomst");
        // At most 10 weeks back (6 + 4, WPO art. 40): 3 November 2026 minus 10 weeks is 25 August; the 24th is older.
        Http.Antwoord teOud = zc().post("/api/dossiers/" + dossierBijHetBaken(Testdossiers.nieuwBsn()) + "/toelatingen",
                "{\"aanmeldingOntvangenOp\": \"2026-08-24\"}");
        assertThat(teOud.status()).as(teOud.body()).isEqualTo(400);
        assertThat(teOud.body()).contains("aanmeldingOntvangenOp", "meer dan 10 weken");
        Http.Antwoord zonderDatum = zc().post("/api/dossiers/" + dossierBijHetBaken(Testdossiers.nieuwBsn())
                + "/toelatingen", "{}");
        assertThat(zonderDatum.status()).isEqualTo(400);
        assertThat(zonderDatum.body()).contains("aanmeldingOntvangenOp", "zorgplicht");

        http().als("demo").post("/api/scholen", """
                {"brin": "98ZB00", "naam": "School zonder bestuur (toelating)", "gemeente": "Utrecht",
                 "samenwerkingsverband": "SWV Test", "regio": "MIDDEN", "gemeentecode": "GM0344"}
                """);
        organisaties.voegToeAanSchool("zorgcoordinator", "98ZB00");
        String elders = zc().post("/api/dossiers", Testdossiers.nieuw().replace("99ZZ00", "98ZB00")).json()
                .get("nummer").asText();
        Http.Antwoord zonderBestuur = zc().post("/api/dossiers/" + elders + "/toelatingen",
                "{\"aanmeldingOntvangenOp\": \"2026-11-02\"}");
        assertThat(zonderBestuur.status()).isEqualTo(409);
        assertThat(zonderBestuur.body()).contains("geen schoolbestuur");
        // Only the school's zorgcoördinatoren, acting for the board.
        assertThat(http().als("gemeente").get("/api/dossiers/" + nummer + "/toelatingen").status()).isEqualTo(403);
        assertThat(http().als("mentor").post("/api/dossiers/" + nummer + "/toelatingen",
                "{\"aanmeldingOntvangenOp\": \"2026-11-02\"}").status()).isEqualTo(403);
        // A zorgcoördinator of another school neither sees nor starts the admission (the one door).
        gebruikers.maakAlsNieuw("zcelders", "Els", "Elders", "demo", nl.eenplan.security.Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("zcelders", "98ZB00");
        assertThat(http().als("zcelders").get("/api/dossiers/" + nummer + "/toelatingen").status()).isEqualTo(404);
        assertThat(http().als("zcelders").post("/api/dossiers/" + nummer + "/toelatingen",
                "{\"aanmeldingOntvangenOp\": \"2026-11-02\"}").status()).isEqualTo(404);
    }

    @Test
    void openbareVoSchool_geweigerdDanBesluitbriefEnBezwaar_Awb_6_7_6_9_WVO2020_8_8() {
        bestuurIs("OPENBAAR");
        weigeren();
        Task brief = taak("besluitbrief");
        assertThat(brief).hasCandidateGroup("zorgcoordinator");
        // Due 5 werkdagen after the decision (termijnen.dmn, toelating / besluitbrief): Tuesday 10 November.
        assertThat(brief.getDueDate()).isEqualTo(moment(2026, 11, 10, 23, 59, 59));
        assertThat(voltooi(brief, "{\"verzondenOp\": \"2026-11-04\", \"verzondenDoor\": \"J. de Vries\", "
                + "\"wijze\": \"POST\"}", 400).body()).contains("verzondenOp", "toekomst");
        assertThat(voltooi(brief, "{}", 400).body()).contains("verzondenOp", "verzondenDoor", "wijze");
        // Before the letter no term runs: nothing to object to yet.
        assertThat(zc().post(bezwaarUrl(), bezwaar("OUDERS", "2026-11-03")).status()).isEqualTo(409);

        // Sent Tue 3 Nov: the 6 weeks run from Wed 4 Nov up to and including Tue 15 Dec (Awb art. 6:7, 6:8);
        // "no objection" counts a postal week later (art. 6:9 lid 2).
        voltooi(brief, "{\"verzondenOp\": \"2026-11-03\", \"verzondenDoor\": \"J. de Vries\", \"wijze\": \"POST\"}",
                204);
        assertThat(toelating).isWaitingAt("bezwaarMogelijk");
        assertThat(timer(toelating, "geenBezwaar").getDuedate()).isEqualTo(moment(2026, 12, 22, 23, 59, 59));
        assertThat(opgeslagen().bezwaartermijnTot()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(opgeslagen().besluitbriefWijze()).isEqualTo(nl.eenplan.termijn.Verzendwijze.POST);

        ClockUtil.setCurrentTime(moment(2026, 12, 17, 9, 0));
        // Only the parents; not in the future; not late (the 16th is a day too late without a posting date).
        Http.Antwoord school = zc().post(bezwaarUrl(), bezwaar("SCHOOL", "2026-12-15"));
        assertThat(school.status()).isEqualTo(400);
        assertThat(school.body()).contains("ingediendDoor", "Alleen de ouders");
        assertThat(zc().post(bezwaarUrl(), bezwaar("OUDERS", "2026-12-18")).body()).contains("ontvangenOp", "toekomst");
        Http.Antwoord teLaat = zc().post(bezwaarUrl(), bezwaar("OUDERS", "2026-12-16"));
        assertThat(teLaat.status()).isEqualTo(400);
        assertThat(teLaat.body()).contains("ontvangenOp", "te laat", "2026-12-15");
        assertThat(zc().post(bezwaarUrl(), "{\"ingediendDoor\": \"OUDERS\"}").body()).contains("ontvangenOp");
        // Posted on the last day, in the day after: in time (Awb art. 6:9 lid 2).
        Http.Antwoord perPost = zc().post(bezwaarUrl(), "{\"ingediendDoor\": \"OUDERS\", \"ontvangenOp\": \"2026-12-16\", "
                + "\"perPostVerzondenOp\": \"2026-12-15\"}");
        assertThat(perPost.status()).as(perPost.body()).isEqualTo(200);
        assertThat(perPost.json().get("rechtsmiddel").asText()).isEqualTo("BEZWAAR");
        assertThat(toelating).hasPassed("bezwaarOntvangen", "bezwaarBeslistermijnBepalen").isWaitingAt("bezwaarBeslissen");
        // Voortgezet onderwijs, openbaar or bijzonder: within 4 weeks of receipt (WVO 2020 art. 8.8 lid 5-6), not Awb
        // art. 7:10's 6 weeks after the objection term: received Wed 16 December, so Wednesday 13 January 2027.
        assertThat(taak("bezwaarBeslissen").getDueDate()).isEqualTo(moment(2027, 1, 13, 23, 59, 59));
        assertThat(opgeslagen().bezwaarBeslistermijn()).isEqualTo(LocalDate.of(2027, 1, 13));
        // Once.
        assertThat(zc().post(bezwaarUrl(), bezwaar("OUDERS", "2026-12-15")).status()).isEqualTo(409);

        assertThat(voltooi(taak("bezwaarBeslissen"), "{\"uitkomst\": \"MISSCHIEN\"}", 400).body()).contains("uitkomst");
        voltooi(taak("bezwaarBeslissen"), "{\"uitkomst\": \"ONGEGROND\", \"toelichting\": \"Het besluit blijft.\"}", 204);
        assertThat(toelating).isEnded().hasPassed("besluitBlijft").hasNotPassed("opnieuwBesluiten");
        ToelatingView t = opgeslagen();
        assertThat(t.status()).isEqualTo(Toelating.Status.GEWEIGERD);
        assertThat(t.bezwaarUitkomst()).isEqualTo(Toelating.Bezwaaruitkomst.ONGEGROND);
        assertThat(t.bezwaarBeslotenOp()).isEqualTo(LocalDate.of(2026, 12, 17));
    }

    @Test
    void bijzondereSchool_verzoekOmHerzieningBinnen4WekenBeslist_gegrondDanOpnieuwBesloten_WPO_art_63() {
        bestuurIs("BIJZONDER");
        voltooi(taak("onderzoeken"), "{\"extraOndersteuning\": false, \"arrangementAanvragen\": false}", 204);
        voltooi(taak("besluiten"), "{\"besluit\": \"PLAATS_ELDERS\", \"plaatsElders\": \"99ZZ00\"}", 204);
        voltooi(taak("besluitbrief"), "{\"verzondenOp\": \"2026-11-03\", \"verzondenDoor\": \"Bestuur\", "
                + "\"wijze\": \"UITGEREIKT\"}", 204);
        ClockUtil.setCurrentTime(moment(2026, 11, 10, 9, 0));
        Http.Antwoord verzoek = zc().post(bezwaarUrl(), bezwaar("OUDERS", "2026-11-10"));
        assertThat(verzoek.status()).as(verzoek.body()).isEqualTo(200);
        assertThat(verzoek.json().get("rechtsmiddel").asText()).isEqualTo("HERZIENING");
        // WPO art. 63 lid 2: within 4 weeks of receiving the request: Tuesday 8 December.
        assertThat(taak("bezwaarBeslissen").getDueDate()).isEqualTo(moment(2026, 12, 8, 23, 59, 59));

        voltooi(taak("bezwaarBeslissen"), "{\"uitkomst\": \"GEGROND\"}", 204);
        assertThat(toelating).isWaitingAt("opnieuwBesluiten");
        assertThat(voltooi(taak("opnieuwBesluiten"), "{\"besluit\": \"GEWEIGERD\"}", 400).body()).contains("reden");
        voltooi(taak("opnieuwBesluiten"), "{\"besluit\": \"TOEGELATEN\"}", 204);
        assertThat(toelating).isEnded().hasPassed("opnieuwBesloten");
        ToelatingView t = opgeslagen();
        assertThat(t.status()).isEqualTo(Toelating.Status.TOEGELATEN);
        assertThat(t.bezwaarUitkomst()).isEqualTo(Toelating.Bezwaaruitkomst.GEGROND);
    }

    @Test
    void onbekendBestuur_kortsteTermijn_enZonderBezwaarStaatHetBesluitVastNaDePostweek() {
        bestuurIs(null);
        weigeren();
        voltooi(taak("besluitbrief"), "{\"verzondenOp\": \"2026-11-03\", \"verzondenDoor\": \"Bestuur\", "
                + "\"wijze\": \"EMAIL\"}", 204);
        // No objection: the postal week after the term's last day (15 December) passes, then the decision stands.
        ClockUtil.setCurrentTime(moment(2026, 12, 23, 0, 0));
        managementService.executeJob(timer(toelating, "geenBezwaar").getId());
        assertThat(toelating).isEnded().hasPassed("besluitStaatVast").hasNotPassed("bezwaarBeslissen");
        Http.Antwoord teLaat = zc().post(bezwaarUrl(), bezwaar("OUDERS", "2026-12-15"));
        assertThat(teLaat.status()).isEqualTo(409);
        assertThat(teLaat.body()).contains("geen termijn");
    }

    @Test
    void onbekendBestuur_deKortsteVanDeTweeBeslistermijnen() {
        bestuurIs(null);
        weigeren();
        voltooi(taak("besluitbrief"), "{\"verzondenOp\": \"2026-11-03\", \"verzondenDoor\": \"Bestuur\", "
                + "\"wijze\": \"EMAIL\"}", 204);
        ClockUtil.setCurrentTime(moment(2026, 11, 5, 9, 0));
        Http.Antwoord b = zc().post(bezwaarUrl(), bezwaar("OUDERS", "2026-11-05"));
        assertThat(b.status()).as(b.body()).isEqualTo(200);
        assertThat(b.json().get("rechtsmiddel").asText()).isEqualTo("BEZWAAR_OF_HERZIENING");
        // Voortgezet onderwijs: 4 weeks after receipt (Thu 3 December) for any board (WVO 2020 art. 8.8).
        assertThat(taak("bezwaarBeslissen").getDueDate()).isEqualTo(moment(2026, 12, 3, 23, 59, 59));
    }

    @Test
    void openbareBasisschool_beslistBinnen4WekenNaAfloopVanDeBezwaartermijn_WPO_40_lid_12() {
        bestuurIs("OPENBAAR");
        basisschoolleerling();
        weigeren();
        voltooi(taak("besluitbrief"), "{\"verzondenOp\": \"2026-11-03\", \"verzondenDoor\": \"Bestuur\", "
                + "\"wijze\": \"POST\"}", 204);
        ClockUtil.setCurrentTime(moment(2026, 11, 5, 9, 0));
        Http.Antwoord b = zc().post(bezwaarUrl(), bezwaar("OUDERS", "2026-11-05"));
        assertThat(b.status()).as(b.body()).isEqualTo(200);
        assertThat(b.json().get("rechtsmiddel").asText()).isEqualTo("BEZWAAR");
        // The objection term ends Tue 15 December; 4 weeks after: Tuesday 12 January 2027 (WPO art. 40 lid 12), not
        // 4 weeks after receipt (3 December) and not Awb art. 7:10's 6 weeks (26 January).
        assertThat(taak("bezwaarBeslissen").getDueDate()).isEqualTo(moment(2027, 1, 12, 23, 59, 59));
        assertThat(opgeslagen().bezwaarBeslistermijn()).isEqualTo(LocalDate.of(2027, 1, 12));
    }

    @Test
    void onbekendBestuurBasisschool_deEersteVanDeTweeTermijnen_WPO_40_lid_12_en_63_lid_2() {
        bestuurIs(null);
        basisschoolleerling();
        weigeren();
        voltooi(taak("besluitbrief"), "{\"verzondenOp\": \"2026-11-03\", \"verzondenDoor\": \"Bestuur\", "
                + "\"wijze\": \"POST\"}", 204);
        ClockUtil.setCurrentTime(moment(2026, 12, 16, 9, 0));
        // Posted on the last day (15 December), in on the 16th: 4 weeks after receipt (13 January) comes after 4 weeks
        // after the term (12 January): the earlier holds, the parents lose nothing by the unknown board.
        Http.Antwoord b = zc().post(bezwaarUrl(), "{\"ingediendDoor\": \"OUDERS\", \"ontvangenOp\": \"2026-12-16\", "
                + "\"perPostVerzondenOp\": \"2026-12-15\"}");
        assertThat(b.status()).as(b.body()).isEqualTo(200);
        assertThat(taak("bezwaarBeslissen").getDueDate()).isEqualTo(moment(2027, 1, 12, 23, 59, 59));
    }

    @Test
    void geschillencommissie_hetBestuurBeslistPasNaHetOordeel_deTermijnStaatStil_WPO_43() {
        bestuurIs("OPENBAAR");
        // Nothing to take to the commission while the board has not decided.
        assertThat(zc().post(commissieUrl(), "{\"voorgelegdOp\": \"2026-11-03\"}").status()).isEqualTo(409);
        weigeren();
        voltooi(taak("besluitbrief"), "{\"verzondenOp\": \"2026-11-03\", \"verzondenDoor\": \"Bestuur\", "
                + "\"wijze\": \"UITGEREIKT\"}", 204);
        ClockUtil.setCurrentTime(moment(2026, 11, 10, 9, 0));
        assertThat(zc().post(bezwaarUrl(), bezwaar("OUDERS", "2026-11-10")).status()).isEqualTo(200);
        // VO: 4 weeks after receipt, Tuesday 8 December.
        assertThat(taak("bezwaarBeslissen").getDueDate()).isEqualTo(moment(2026, 12, 8, 23, 59, 59));
        // No oordeel without the commission.
        assertThat(zc().post(oordeelUrl(), "{\"oordeel\": \"GEGROND\", \"oordeelOp\": \"2026-11-10\"}").status())
                .isEqualTo(409);

        ClockUtil.setCurrentTime(moment(2026, 11, 12, 9, 0));
        Http.Antwoord leeg = zc().post(commissieUrl(), "{}");
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(leeg.body()).contains("voorgelegdOp", "Vul de datum in");
        assertThat(zc().post(commissieUrl(), "{\"voorgelegdOp\": \"2026-11-13\"}").body())
                .contains("voorgelegdOp", "toekomst");
        assertThat(zc().post(commissieUrl(), "{\"voorgelegdOp\": \"2026-11-01\"}").body())
                .contains("voorgelegdOp", "vóór het besluit");
        // The engine's own API does not take the message past EenPlan's checks.
        assertThat(zc().post("/engine-rest/message", "{\"messageName\": \"geschillencommissieToelating\", "
                + "\"processInstanceId\": \"" + toelating.getId() + "\"}").status()).isNotIn(200, 204);
        Http.Antwoord naar = zc().post(commissieUrl(), "{\"voorgelegdOp\": \"2026-11-12\"}");
        assertThat(naar.status()).as(naar.body()).isEqualTo(200);
        assertThat(naar.json().get("beslistermijnGepauzeerd").asBoolean()).isTrue();
        assertThat(zc().post(commissieUrl(), "{\"voorgelegdOp\": \"2026-11-12\"}").status()).isEqualTo(409);
        // The board may not decide: no task, no reminder, no escalation while the commission runs (lid 4).
        assertThat(toelating).hasPassed("naarGeschillencommissie").isWaitingAt("oordeelOntvangen");
        assertThat(taak("bezwaarBeslissen")).isNull();
        assertThat(managementService.createJobQuery().processInstanceId(toelating.getId()).timers().count()).isZero();

        ClockUtil.setCurrentTime(moment(2027, 1, 15, 9, 0));
        assertThat(zc().post(oordeelUrl(), "{\"oordeelOp\": \"2027-01-14\"}").body()).contains("oordeel", "GEGROND");
        assertThat(zc().post(oordeelUrl(), "{\"oordeel\": \"GEGROND\", \"oordeelOp\": \"2026-11-11\"}").body())
                .contains("oordeelOp", "vóór het voorleggen");
        assertThat(zc().post(oordeelUrl(), "{\"oordeel\": \"GEGROND\", \"oordeelOp\": \"2027-01-16\"}").body())
                .contains("oordeelOp", "toekomst");
        Http.Antwoord oordeel = zc().post(oordeelUrl(), "{\"oordeel\": \"GEGROND\", \"oordeelOp\": \"2027-01-14\"}");
        assertThat(oordeel.status()).as(oordeel.body()).isEqualTo(200);
        assertThat(zc().post(oordeelUrl(), "{\"oordeel\": \"ONGEGROND\", \"oordeelOp\": \"2027-01-14\"}").status())
                .isEqualTo(409);
        // The term stood still from 12 November to 14 January (63 days): 8 December + 63 days = Tuesday 9 February.
        assertThat(toelating).hasPassed("oordeelOntvangen", "beslistermijnHervatten").isWaitingAt("bezwaarBeslissen");
        assertThat(taak("bezwaarBeslissen").getDueDate()).isEqualTo(moment(2027, 2, 9, 23, 59, 59));
        ToelatingView hervat = opgeslagen();
        assertThat(hervat.bezwaarBeslistermijn()).isEqualTo(LocalDate.of(2027, 2, 9));
        assertThat(hervat.beslistermijnGepauzeerd()).isFalse();
        assertThat(hervat.geschillencommissieOordeel()).isEqualTo(Toelating.Oordeel.GEGROND);

        // The decision says what the board does with the oordeel (Besluit bekostiging WPO art. 34.9 lid 8).
        assertThat(voltooi(taak("bezwaarBeslissen"), "{\"uitkomst\": \"GEGROND\"}", 400).body())
                .contains("toelichting", "34.9");
        voltooi(taak("bezwaarBeslissen"), "{\"uitkomst\": \"GEGROND\", \"toelichting\": \"Het bestuur volgt het "
                + "oordeel en besluit opnieuw.\"}", 204);
        assertThat(toelating).isWaitingAt("opnieuwBesluiten");
        ToelatingView t = opgeslagen();
        assertThat(t.oordeelGevolg()).isEqualTo("Het bestuur volgt het oordeel en besluit opnieuw.");
        assertThat(t.geschillencommissieOp()).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(t.geschillencommissieOordeelOp()).isEqualTo(LocalDate.of(2027, 1, 14));
        // After the decision on the objection nothing pauses any more.
        assertThat(zc().post(commissieUrl(), "{\"voorgelegdOp\": \"2027-01-15\"}").status()).isEqualTo(409);
    }

    @Test
    void geschillencommissieVoorHetBezwaar_hetProcesWachtMeteenOpHetOordeel() {
        bestuurIs("BIJZONDER");
        weigeren();
        voltooi(taak("besluitbrief"), "{\"verzondenOp\": \"2026-11-03\", \"verzondenDoor\": \"Bestuur\", "
                + "\"wijze\": \"EMAIL\"}", 204);
        ClockUtil.setCurrentTime(moment(2026, 11, 5, 9, 0));
        assertThat(zc().post(commissieUrl(), "{\"voorgelegdOp\": \"2026-11-04\"}").status()).isEqualTo(200);
        assertThat(toelating).isWaitingAt("bezwaarMogelijk");
        ClockUtil.setCurrentTime(moment(2026, 11, 10, 9, 0));
        assertThat(zc().post(bezwaarUrl(), bezwaar("OUDERS", "2026-11-10")).status()).isEqualTo(200);
        // The objection came in while the commission runs: no decision task, the term (8 December) waits.
        assertThat(toelating).hasPassed("bezwaarBeslistermijnBepalen").isWaitingAt("oordeelOntvangen");
        assertThat(opgeslagen().beslistermijnGepauzeerd()).isTrue();
        // Oordeel on Tue 1 December: stood still from the objection (10 November), 21 days: Tuesday 29 December.
        ClockUtil.setCurrentTime(moment(2026, 12, 2, 9, 0));
        assertThat(zc().post(oordeelUrl(), "{\"oordeel\": \"ONGEGROND\", \"oordeelOp\": \"2026-12-01\"}").status())
                .isEqualTo(200);
        assertThat(taak("bezwaarBeslissen").getDueDate()).isEqualTo(moment(2026, 12, 29, 23, 59, 59));
    }

    @Test
    void eenAndereSchoolRegistreertGeenBezwaarEnBeslistNiet_viaApiTasklistOfEngineRest() {
        bestuurIs("OPENBAAR");
        weigeren();
        voltooi(taak("besluitbrief"), "{\"verzondenOp\": \"2026-11-03\", \"verzondenDoor\": \"Bestuur\", "
                + "\"wijze\": \"POST\"}", 204);
        http().als("demo").post("/api/scholen", """
                {"brin": "98ZC00", "naam": "Andere school (bezwaar)", "gemeente": "Utrecht",
                 "samenwerkingsverband": "SWV Test", "regio": "MIDDEN", "gemeentecode": "GM0344"}
                """);
        gebruikers.maakAlsNieuw("zcander", "Anna", "Ander", "demo", nl.eenplan.security.Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("zcander", "98ZC00");
        Http.Antwoord viaApi = http().als("zcander").post(bezwaarUrl(), bezwaar("OUDERS", "2026-11-03"));
        assertThat(viaApi.status()).isEqualTo(404);
        // The engine's own API does not take the message past EenPlan's checks.
        Http.Antwoord bericht = http().als("zcander").post("/engine-rest/message", "{\"messageName\": \"bezwaarToelating\", "
                + "\"processInstanceId\": \"" + toelating.getId() + "\"}");
        assertThat(bericht.status()).as(bericht.body()).isNotIn(200, 204);
        Http.Antwoord eigenBericht = zc().post("/engine-rest/message", "{\"messageName\": \"bezwaarToelating\", "
                + "\"processInstanceId\": \"" + toelating.getId() + "\"}");
        assertThat(eigenBericht.status()).as(eigenBericht.body()).isNotIn(200, 204);
        assertThat(toelating).isWaitingAt("bezwaarMogelijk");

        zc().post(bezwaarUrl(), bezwaar("OUDERS", "2026-11-03"));
        Task beslissen = taak("bezwaarBeslissen");
        Http.Antwoord tasklist = http().als("zcander").post("/engine-rest/task/" + beslissen.getId() + "/complete",
                "{\"variables\": {\"uitkomst\": {\"value\": \"GEGROND\", \"type\": \"String\"}}}");
        assertThat(tasklist.status()).as(tasklist.body()).isNotIn(200, 204);
        Http.Antwoord api = http().als("zcander").post("/api/taken/" + beslissen.getId() + "/voltooien",
                "{\"uitkomst\": \"GEGROND\"}");
        assertThat(api.status()).as(api.body()).isNotIn(200, 204);
        assertThat(toelating).isWaitingAt("bezwaarBeslissen");
    }

    private void weigeren() {
        voltooi(taak("onderzoeken"), "{\"extraOndersteuning\": false, \"arrangementAanvragen\": false}", 204);
        voltooi(taak("besluiten"), "{\"besluit\": \"GEWEIGERD\", \"reden\": \"Geen plaats in leerjaar 1.\"}", 204);
        assertThat(toelating).isWaitingAt("besluitbrief");
    }

    /** Board 99999 (of Het Baken) as openbaar, bijzonder, or (null) not known. */
    private void bestuurIs(String denominatie) {
        if (denominatie == null) {
            jdbc.update("update schoolbestuur set denominatie = 'ONBEKEND' where bestuursnummer = '99999'");
            return;
        }
        Http.Antwoord a = http().als("demo").put("/api/schoolbesturen/99999", "{\"naam\": \""
                + jdbc.queryForObject("select naam from schoolbestuur where bestuursnummer = '99999'", String.class)
                + "\", \"denominatie\": \"" + denominatie + "\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().get("denominatie").asText()).isEqualTo(denominatie);
    }

    private String commissieUrl() {
        return "/api/toelatingen/" + opgeslagen().id() + "/geschillencommissie";
    }

    private String oordeelUrl() {
        return commissieUrl() + "/oordeel";
    }

    /** Instead of the VO pupil: a basisschool pupil (PO) applying at the same school, with its own admission. */
    private void basisschoolleerling() {
        bsn = Testdossiers.nieuwBsn();
        Http.Antwoord a = zc().post("/api/dossiers", Testdossiers.metBsn(bsn).replace("99ZZ00", "99YY00"));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        nummer = a.json().get("nummer").asText();
        Http.Antwoord gestart = zc().post("/api/dossiers/" + nummer + "/toelatingen",
                "{\"aanmeldingOntvangenOp\": \"2026-11-02\"}");
        assertThat(gestart.status()).as(gestart.body()).isEqualTo(201);
        toelating = runtimeService.createProcessInstanceQuery().processDefinitionKey("toelating")
                .processInstanceBusinessKey(nummer).singleResult();
    }

    private String bezwaarUrl() {
        return "/api/toelatingen/" + opgeslagen().id() + "/bezwaar";
    }

    private static String bezwaar(String door, String ontvangenOp) {
        return "{\"ingediendDoor\": \"" + door + "\", \"ontvangenOp\": \"" + ontvangenOp + "\"}";
    }

    /** The admission as the API shows it to the school's zorgcoördinator. */
    private ToelatingView opgeslagen() {
        try {
            return json.treeToValue(zc().get("/api/dossiers/" + nummer + "/toelatingen").json().get(0),
                    ToelatingView.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String dossierBijHetBaken(String leerlingBsn) {
        Http.Antwoord a = zc().post("/api/dossiers", Testdossiers.metBsn(leerlingBsn).replace("99ZZ00", "99YY00")
                .replace("\"PO\"", "\"VO\"").replace("\"leerjaar\": 7", "\"leerjaar\": 1"));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().get("nummer").asText();
    }

    private Task taak(String taakId) {
        return taskService.createTaskQuery().processInstanceId(toelating.getId()).taskDefinitionKey(taakId)
                .singleResult();
    }

    private Http.Antwoord voltooi(Task taak, String invoer, int status) {
        Http.Antwoord a = zc().post("/api/taken/" + taak.getId() + "/voltooien", invoer);
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        return a;
    }

    private Http zc() {
        return http().als("zorgcoordinator");
    }
}
