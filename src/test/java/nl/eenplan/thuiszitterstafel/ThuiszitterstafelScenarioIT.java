package nl.eenplan.thuiszitterstafel;

import static nl.eenplan.Tijd.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Set;
import nl.eenplan.Http;
import nl.eenplan.ScenarioTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.TweedeGemeente;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.organisatie.Gemeenten;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Process "thuiszitterstafel" (issue #23, the thuiszittersaanpak) over HTTP. The demo school 99ZZ00 is in Utrecht
 * (GM0344); the pupil lives in Zeist (GM0355), whose leerplichtambtenaar ({@code leerplichtzeist}) and wethouder with
 * doorzettingsmacht ({@code wethouderzeist}) work with this EenPlan. Every path and timer: the verzuim signal opens the
 * table, a plan is made, the school's return closes it; no plan in time and a date that passes go to the person with
 * doorzettingsmacht; a repeat signal joins the running table; and the one door: Utrecht's leerplicht (the school's
 * gemeente) and another school see and work nothing of it.
 */
@ScenarioTest.Model("thuiszitterstafel")
class ThuiszitterstafelScenarioIT extends ScenarioTest {

    static final String ZEIST = "GM0355";
    static final String LEERPLICHT_ZEIST = "leerplichtzeist";
    static final String WETHOUDER_ZEIST = "wethouderzeist";

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    org.camunda.bpm.engine.RepositoryService repositoryService;
    @Autowired
    Gemeenten gemeenten;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;
    @Autowired
    SchoolService scholen;
    @Autowired
    ThuiszitterstafelService tafels;
    @Autowired
    nl.eenplan.audit.AuditLog audit;

    @BeforeEach
    void zeistWerktMetEenPlan() {
        gemeenten.registreer(ZEIST, "Zeist");
        gebruikers.maakAlsNieuw(LEERPLICHT_ZEIST, "Lotte", "Zeist", "demo", Groepen.LEERPLICHT);
        organisaties.voegToeAanOrganisatie(LEERPLICHT_ZEIST, Organisaties.gemeenteGroep("Zeist"));
        gebruikers.maakAlsNieuw(WETHOUDER_ZEIST, "Wim", "Wethouder", "demo", Groepen.GEMEENTE);
        organisaties.voegToeAanOrganisatie(WETHOUDER_ZEIST, Organisaties.gemeenteGroep("Zeist"));
    }

    @Test
    void hetThuiszitterssignaalStartDeTafelBijDeWoongemeenteEnDeTerugkeerSluitHaarAf() {
        String nummer = nieuwDossier();
        // Whole days away on every lesdag, 26 October to 25 November 2026: the 21st lesdag (23 November) is the signal.
        StringBuilder dagen = new StringBuilder();
        for (LocalDate d = LocalDate.of(2026, 10, 26); !d.isAfter(LocalDate.of(2026, 11, 25)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                dagen.append(dagen.isEmpty() ? "" : ", ").append("{\"datum\": \"").append(d)
                        .append("\", \"uren\": 6, \"alleLessenGemist\": true}");
            }
        }
        Http.Antwoord verzuim = zc().post("/api/dossiers/" + nummer + "/verzuim", "{\"dagen\": [" + dagen + "]}");
        assertThat(verzuim.status()).as(verzuim.body()).isEqualTo(201);
        ClockUtil.setCurrentTime(moment(2026, 11, 30, 10, 0));

        ProcessInstance proces = lopend(nummer);
        assertThat(proces.getTenantId()).as("de gemeente waar de leerling woont").isEqualTo(ZEIST);
        voerStartUit(proces);
        assertThat(proces).isWaitingAt("plannen");
        Task plannen = taak(proces);
        assertThat(plannen).hasCandidateGroup(Groepen.LEERPLICHT).hasName("Tafel plannen");
        // 10 werkdagen from Monday 30 November (termijnen.dmn, thuiszitterstafel / plannen): Monday 14 December.
        assertThat(plannen.getDueDate()).isEqualTo(moment(2026, 12, 14, 23, 59, 59));
        JsonNode tafel = zc().get("/api/dossiers/" + nummer + "/thuiszitterstafel").json().get(0);
        assertThat(tafel.get("bron").asText()).isEqualTo("VERZUIMSIGNAAL");
        assertThat(tafel.get("thuisSinds").asText()).isEqualTo("2026-10-26");
        assertThat(tafel.get("gemeente").asText()).isEqualTo(ZEIST);
        assertThat(tafel.get("status").asText()).isEqualTo("GEMELD");

        // A repeat signal (the school, by hand) joins the running table.
        Http.Antwoord nogEens = zc().post("/api/dossiers/" + nummer + "/thuiszitterstafel",
                "{\"toelichting\": \"Leerling zit nog steeds thuis.\"}");
        assertThat(nogEens.status()).as(nogEens.body()).isEqualTo(200);
        assertThat(nogEens.json().get("id").asLong()).isEqualTo(tafel.get("id").asLong());
        assertThat(nogEens.json().get("signalen")).hasSize(2);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("thuiszitterstafel")
                .processInstanceBusinessKey(nummer).count()).isEqualTo(1);

        // Planning: refused per field in Dutch (in the past, after the term, someone not of Zeist); nothing recorded.
        Http lpZeist = http().als(LEERPLICHT_ZEIST);
        Http.Antwoord verleden = lpZeist.post("/api/taken/" + plannen.getId() + "/voltooien", """
                {"tafelDatum": "2026-11-27T10:00", "doorzettingsmacht": "wethouderzeist", "functie": "Wethouder"}""");
        assertThat(verleden.status()).as(verleden.body()).isEqualTo(400);
        assertThat(verleden.contentType()).startsWith("application/problem+json");
        assertThat(verleden.body()).contains("tafelDatum").contains("in het verleden");
        Http.Antwoord teLaat = lpZeist.post("/api/taken/" + plannen.getId() + "/voltooien", """
                {"tafelDatum": "2026-12-15T10:00", "doorzettingsmacht": "leerplicht", "functie": "Wethouder"}""");
        assertThat(teLaat.status()).as(teLaat.body()).isEqualTo(400);
        assertThat(teLaat.body()).contains("uiterlijk op 14 december 2026").contains("doorzettingsmacht")
                .contains("werkt niet voor de gemeente");
        // A leerplichtambtenaar working the case has no doorzettingsmacht (the gemeente's or SWV's mandate).
        Http.Antwoord geenMandaat = lpZeist.post("/api/taken/" + plannen.getId() + "/voltooien", """
                {"tafelDatum": "2026-12-04T14:00", "doorzettingsmacht": "leerplichtzeist", "functie": "Leerplicht"}""");
        assertThat(geenMandaat.status()).as(geenMandaat.body()).isEqualTo(400);
        assertThat(geenMandaat.body()).contains("doorzettingsmacht").contains("geen doorzettingsmacht");
        assertThat(proces).isWaitingAt("plannen");

        Http.Antwoord gepland = lpZeist.post("/api/taken/" + plannen.getId() + "/voltooien", """
                {"tafelDatum": "2026-12-04T14:00", "doorzettingsmacht": "wethouderzeist",
                 "functie": "Wethouder onderwijs"}""");
        assertThat(gepland.status()).as(gepland.body()).isEqualTo(204);
        assertThat(proces).isWaitingAt("planVastleggen");
        assertThat(http().als(WETHOUDER_ZEIST).get("/api/meldingen").body()).contains("doorzettingsmacht");
        assertThat(zc().get("/api/meldingen").body()).contains("Uitnodiging thuiszitterstafel");
        // The plan is due 2 werkdagen after the table (Friday 4 December): Tuesday 8 December.
        Task plan = taak(proces);
        assertThat(plan.getDueDate()).isEqualTo(moment(2026, 12, 8, 23, 59, 59));

        Http.Antwoord zonderAfspraken = lpZeist.post("/api/taken/" + plan.getId() + "/voltooien", """
                {"onderwijs": "Eigen school", "terugDatum": "2027-01-11", "afspraken": []}""");
        assertThat(zonderAfspraken.status()).isEqualTo(400);
        assertThat(zonderAfspraken.body()).contains("afspraken").contains("minstens één afspraak");
        Http.Antwoord planGemaakt = lpZeist.post("/api/taken/" + plan.getId() + "/voltooien", """
                {"onderwijs": "Terug naar de eigen school met een opbouwrooster.", "terugDatum": "2027-01-11",
                 "afspraken": [{"wat": "Opbouwrooster maken", "wie": "SCHOOL", "uiterlijk": "2026-12-11"},
                               {"wat": "Arrangement toekennen", "wie": "SWV", "uiterlijk": "2026-12-18"}]}""");
        assertThat(planGemaakt.status()).as(planGemaakt.body()).isEqualTo(204);
        assertThat(proces).isWaitingAt("volgen");
        assertThat(taak(proces).getDueDate()).isEqualTo(moment(2027, 1, 11, 23, 59, 59));
        tafel = zc().get("/api/dossiers/" + nummer + "/thuiszitterstafel").json().get(0);
        assertThat(tafel.get("status").asText()).isEqualTo("PLAN");
        assertThat(tafel.get("terugDatum").asText()).isEqualTo("2027-01-11");
        assertThat(tafel.get("doorzettingsmacht").asText()).isEqualTo(WETHOUDER_ZEIST);
        assertThat(tafel.get("afspraken")).hasSize(2);
        // The SWV of the school reads the plan; the process holds ids, dates and the person only.
        assertThat(http().als("swv").get("/api/thuiszitterstafels/" + tafel.get("id").asLong()).status())
                .isEqualTo(200);
        assertThat(runtimeService.getVariables(proces.getId()).keySet()).allMatch(Set.of("dossierNummer",
                "schoolBrin", "onderwijssoort", "zorgcoordinator", "behandelendeGemeente", "behandelaar", "tafelId",
                "tafelDatum", "doorzettingsmacht", "terugDatum")::contains);

        // The school records the return: the signal ends, the table goes to closing.
        Http.Antwoord terug = zc().post("/api/dossiers/" + nummer + "/verzuim/terugkeer", "{\"datum\": \"2026-11-30\"}");
        assertThat(terug.status()).as(terug.body()).isEqualTo(200);
        assertThat(proces).isWaitingAt("afsluiten");
        Http.Antwoord afgesloten = lpZeist.post("/api/taken/" + taak(proces).getId() + "/voltooien",
                "{\"uitkomst\": \"terugOpSchool\"}");
        assertThat(afgesloten.status()).as(afgesloten.body()).isEqualTo(204);
        assertThat(proces).isEnded().hasPassed("afgeslotenNaTerugkeer");
        tafel = zc().get("/api/dossiers/" + nummer + "/thuiszitterstafel").json().get(0);
        assertThat(tafel.get("status").asText()).isEqualTo("AFGESLOTEN");
        assertThat(tafel.get("uitkomst").asText()).isEqualTo("terugOpSchool");
        assertThat(tafel.get("teruggekeerdOp").asText()).isEqualTo("2026-11-30");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(proces.getId()).list())
                .extracting(HistoricVariableInstance::getName).doesNotContain("onderwijs", "afspraken", "besluit");
    }

    @Test
    void geenPlanOpTijdEnEenVerstrekenDatumGaanNaarWieDoorzettingsmachtHeeft() {
        ClockUtil.setCurrentTime(moment(2026, 11, 30, 10, 0));
        String nummer = nieuwDossier();
        Http.Antwoord gemeld = zc().post("/api/dossiers/" + nummer + "/thuiszitterstafel",
                "{\"toelichting\": \"Dreigt thuis te komen zitten.\"}");
        assertThat(gemeld.status()).as(gemeld.body()).isEqualTo(201);
        assertThat(gemeld.json().get("bron").asText()).isEqualTo("SCHOOL");
        ProcessInstance proces = lopend(nummer);
        voerStartUit(proces);
        Http lpZeist = http().als(LEERPLICHT_ZEIST);
        assertThat(lpZeist.post("/api/taken/" + taak(proces).getId() + "/voltooien", """
                {"tafelDatum": "2026-12-04T14:00", "doorzettingsmacht": "wethouderzeist",
                 "functie": "Wethouder onderwijs"}""").status()).isEqualTo(204);

        // No plan 2 werkdagen after the table: the timer at the end of Tuesday 8 December.
        Job geenPlan = timer(proces, "geenPlanOpTijd");
        assertThat(geenPlan.getDuedate()).isEqualTo(moment(2026, 12, 8, 23, 59, 59));
        ClockUtil.setCurrentTime(moment(2026, 12, 9, 9, 0));
        managementService.executeJob(geenPlan.getId());
        assertThat(proces).hasPassed("escalerenGeenPlan").isWaitingAt("doorbreken");
        Task doorbreken = taak(proces);
        assertThat(doorbreken.getAssignee()).isEqualTo(WETHOUDER_ZEIST);
        assertThat(http().als(WETHOUDER_ZEIST).get("/api/meldingen").body()).contains("Doorbraak nodig");
        // Only the person with doorzettingsmacht completes it.
        String doorbraak = """
                {"besluit": "Het SWV financiert een plaats op De Brug.", "onderwijs": "De Brug (vso)",
                 "terugDatum": "2027-01-04",
                 "afspraken": [{"wat": "Plaatsing regelen", "wie": "SWV", "uiterlijk": "2026-12-18"}]}""";
        assertThat(lpZeist.post("/api/taken/" + doorbreken.getId() + "/voltooien", doorbraak).status())
                .isIn(403, 404);
        Http.Antwoord geforceerd = http().als(WETHOUDER_ZEIST).post("/api/taken/" + doorbreken.getId()
                + "/voltooien", doorbraak);
        assertThat(geforceerd.status()).as(geforceerd.body()).isEqualTo(204);
        assertThat(proces).isWaitingAt("volgen");

        // The date passes without the pupil back: again to the person with doorzettingsmacht.
        Job datum = timer(proces, "terugDatumVerstreken");
        assertThat(datum.getDuedate()).isEqualTo(moment(2027, 1, 4, 23, 59, 59));
        ClockUtil.setCurrentTime(moment(2027, 1, 5, 9, 0));
        managementService.executeJob(datum.getId());
        assertThat(proces).hasPassed("escalerenDatumVerstreken").isWaitingAt("doorbreken");
        assertThat(http().als(WETHOUDER_ZEIST).post("/api/taken/" + taak(proces).getId() + "/voltooien",
                doorbraak.replace("2027-01-04", "2027-01-18").replace("2026-12-18", "2027-01-11")).status())
                .isEqualTo(204);
        Http.Antwoord afgesloten = lpZeist.post("/api/taken/" + taak(proces).getId() + "/voltooien",
                "{\"uitkomst\": \"anderOnderwijs\", \"toelichting\": \"Geplaatst op De Brug.\"}");
        assertThat(afgesloten.status()).as(afgesloten.body()).isEqualTo(204);
        assertThat(proces).isEnded().hasPassed("tafelAfgesloten");
        JsonNode tafel = zc().get("/api/dossiers/" + nummer + "/thuiszitterstafel").json().get(0);
        assertThat(tafel.get("escalaties").asInt()).isEqualTo(2);
        assertThat(tafel.get("doorbraak").asText()).startsWith("Het SWV financiert");
        assertThat(tafel.get("uitkomst").asText()).isEqualTo("anderOnderwijs");

        // A new signal after closing opens a new table.
        assertThat(zc().post("/api/dossiers/" + nummer + "/thuiszitterstafel", "{}").status()).isEqualTo(201);
    }

    @Test
    void buitenEenPlanEnEenAansluitendSignaalLeggenHunGegevensstroomMetGrondslagVast() {
        ClockUtil.setCurrentTime(moment(2026, 11, 30, 10, 0));
        // The pupil lives in Bunnik (GM0312), which does not work with this EenPlan: the table is Utrecht's (the school's).
        Http.Antwoord dossier = zc().post("/api/dossiers", Testdossiers.woontIn(Testdossiers.nieuw(), "GM0312"));
        assertThat(dossier.status()).as(dossier.body()).isEqualTo(201);
        String nummer = dossier.json().get("nummer").asText();
        assertThat(tafels.meld(nummer, Bron.ZORGPLICHT, "De zorgplicht verstreek zonder plaats.").gemeente())
                .isEqualTo("GM0344");
        Http.Antwoord nogEens = zc().post("/api/dossiers/" + nummer + "/thuiszitterstafel",
                "{\"toelichting\": \"Leerling zit nog steeds thuis.\"}");
        assertThat(nogEens.status()).as(nogEens.body()).isEqualTo(200);

        String inzage = http().als("admin").get("/api/dossiers/" + nummer + "/inzage").body();
        assertThat(inzage).contains("thuiszitterstafel bij de gemeente van de school (GM0344), omdat de gemeente "
                + "waar de leerling woont (GM0312) niet met deze EenPlan werkt")
                .contains("nieuw signaal bij de lopende thuiszitterstafel van GM0344: de school")
                .contains("THUISZITTERSTAFEL_SCHOOLGEMEENTE: wettelijke taak (WPO art. 18a en WVO 2020 art. 2.47");
        assertThat(audit.voorDossier(nummer)).filteredOn(r -> r.getHandeling()
                == nl.eenplan.audit.AuditRegel.Handeling.DELEN).hasSize(2)
                .allSatisfy(r -> assertThat(r.getGrondslag()).startsWith("THUISZITTERSTAFEL_SCHOOLGEMEENTE: "));

        // A pupil living in Zeist (in EenPlan): a repeat signal is recorded on the table's own basis.
        String inZeist = nieuwDossier();
        tafels.meld(inZeist, Bron.SCHOOL, "Dreigt thuis te komen zitten.");
        tafels.meld(inZeist, Bron.EEN_OKTOBER, "Op 1 oktober niet ingeschreven.");
        assertThat(audit.voorDossier(inZeist)).filteredOn(r -> r.getHandeling()
                == nl.eenplan.audit.AuditRegel.Handeling.DELEN).hasSize(2)
                .allSatisfy(r -> assertThat(r.getGrondslag()).startsWith("THUISZITTERSTAFEL: "))
                .anySatisfy(r -> assertThat(r.getWat()).contains("nieuw signaal bij de lopende thuiszitterstafel van "
                        + ZEIST));
    }

    @Test
    void deVrijeTekstVanDeTafelBlijftInHetDossierViaApiEnEngineRest() {
        ClockUtil.setCurrentTime(moment(2026, 11, 30, 10, 0));
        String nummer = nieuwDossier();
        tafels.meld(nummer, Bron.SCHOOL, "Dreigt thuis te komen zitten.");
        ProcessInstance proces = lopend(nummer);
        voerStartUit(proces);
        Http lpZeist = http().als(LEERPLICHT_ZEIST);
        assertThat(lpZeist.post("/api/taken/" + taak(proces).getId() + "/voltooien", """
                {"tafelDatum": "2026-12-04T14:00", "doorzettingsmacht": "wethouderzeist",
                 "functie": "Wethouder onderwijs"}""").status()).isEqualTo(204);
        // The plan through /engine-rest, as a client of the engine.
        Http.Antwoord plan = lpZeist.post("/engine-rest/task/" + taak(proces).getId() + "/complete", """
                {"variables": {"onderwijs": {"value": "Opbouwrooster wegens angstklachten", "type": "String"},
                 "terugDatum": {"value": "2027-01-04", "type": "String"},
                 "afspraken": {"value": "[{\\"wat\\": \\"Huisbezoek door de jeugdarts\\", \\"wie\\": \\"GEMEENTE\\", \\"uiterlijk\\": \\"2026-12-18\\"}]", "type": "Json"}}}""");
        assertThat(plan.status()).as(plan.body()).isEqualTo(204);
        assertThat(proces).isWaitingAt("volgen");
        ClockUtil.setCurrentTime(moment(2027, 1, 5, 9, 0));
        managementService.executeJob(timer(proces, "terugDatumVerstreken").getId());
        // The breakthrough through /api.
        Http.Antwoord doorbraak = http().als(WETHOUDER_ZEIST).post("/api/taken/" + taak(proces).getId() + "/voltooien",
                """
                {"besluit": "Zorgbudget voor begeleiding bij de paniekaanvallen", "onderwijs": "De Brug (vso)",
                 "terugDatum": "2027-01-18",
                 "afspraken": [{"wat": "Gesprek met de behandelaar van de GGZ", "wie": "SWV", "uiterlijk": "2027-01-11"}]}""");
        assertThat(doorbraak.status()).as(doorbraak.body()).isEqualTo(204);
        // The outcome through /engine-rest.
        Http.Antwoord uit = lpZeist.post("/engine-rest/task/" + taak(proces).getId() + "/complete", """
                {"variables": {"uitkomst": {"value": "anderOnderwijs", "type": "String"},
                 "toelichting": {"value": "Geplaatst na de opname in de kliniek", "type": "String"}}}""");
        assertThat(uit.status()).as(uit.body()).isEqualTo(204);
        assertThat(proces).isEnded();

        JsonNode tafel = zc().get("/api/dossiers/" + nummer + "/thuiszitterstafel").json().get(0);
        assertThat(tafel.get("toelichting").asText()).isEqualTo("Geplaatst na de opname in de kliniek");
        assertThat(tafel.get("doorbraak").asText()).startsWith("Zorgbudget");
        String[] teksten = {"angstklachten", "jeugdarts", "paniekaanvallen", "GGZ", "kliniek"};
        nl.eenplan.Zorginhoud.nietInProcessen(historyService, repositoryService, nummer, teksten);
        for (var detail : historyService.createHistoricDetailQuery().processInstanceId(proces.getId()).list()) {
            if (detail instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate v) {
                for (String tekst : teksten) {
                    assertThat(String.valueOf(v.getValue())).as("historie van " + v.getVariableName())
                            .doesNotContain(tekst);
                }
            }
        }
        for (var regel : historyService.createUserOperationLogQuery().processInstanceId(proces.getId()).list()) {
            for (String tekst : teksten) {
                assertThat(regel.getNewValue() + " " + regel.getOrgValue()).doesNotContain(tekst);
            }
        }
    }

    @Test
    void eenAndereGemeenteEnEenAndereSchoolZienEnDoenNiets() {
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        ClockUtil.setCurrentTime(moment(2026, 11, 30, 10, 0));
        String nummer = nieuwDossier();
        long id = tafels.meld(nummer, Bron.ZORGPLICHT, "De zorgplicht verstreek zonder plaats.").id();
        ProcessInstance proces = lopend(nummer);
        voerStartUit(proces);
        Task plannen = taak(proces);
        String invoer = """
                {"tafelDatum": "2026-12-04T14:00", "doorzettingsmacht": "leerplicht", "functie": "Wethouder"}""";

        // Utrecht's leerplicht (the school's gemeente) and Amersfoort's: nothing, through /api and /engine-rest.
        for (String wie : new String[] {"leerplicht", "leerplichtAmersfoort", "swvAmersfoort"}) {
            Http ander = http().als(wie);
            assertThat(ander.get("/api/thuiszitterstafels/" + id).status()).as(wie).isEqualTo(404);
            assertThat(ander.get("/api/thuiszitterstafels").json().findValuesAsText("dossierNummer")).as(wie)
                    .doesNotContain(nummer);
            assertThat(ander.get("/engine-rest/task?processInstanceId=" + proces.getId()).json()).as(wie).isEmpty();
            assertThat(ander.post("/engine-rest/task/" + plannen.getId() + "/complete",
                    "{\"variables\": {\"tafelDatum\": {\"value\": \"2026-12-04T14:00\"}}}").status()).as(wie)
                    .isIn(403, 404);
            assertThat(ander.post("/api/taken/" + plannen.getId() + "/voltooien", invoer).status()).as(wie)
                    .isIn(403, 404);
        }
        // Another school: not its pupil.
        Http andereSchool = http().als("zorgcoordinatorAmersfoort");
        assertThat(andereSchool.get("/api/dossiers/" + nummer + "/thuiszitterstafel").status()).isIn(403, 404);
        assertThat(andereSchool.post("/api/dossiers/" + nummer + "/thuiszitterstafel", "{}").status())
                .isIn(403, 404);
        // Zeist's own officer sees it, in the list and in Tasklist.
        assertThat(http().als(LEERPLICHT_ZEIST).get("/api/thuiszitterstafels/" + id).status()).isEqualTo(200);
        assertThat(http().als(LEERPLICHT_ZEIST).get("/engine-rest/task?processInstanceId=" + proces.getId())
                .json()).hasSize(1);
        assertThat(proces).isWaitingAt("plannen");
    }

    @Test
    void verhuistDeLeerlingDanSluitDeTafelMetVerhuisdEnStartDeNieuweWoongemeenteHaarEigen_Lpw_art_16_en_21() {
        String nummer = nieuwDossier();
        Http.Antwoord gemeld = zc().post("/api/dossiers/" + nummer + "/thuiszitterstafel",
                "{\"toelichting\": \"Leerling zit thuis.\"}");
        assertThat(gemeld.status()).as(gemeld.body()).isEqualTo(201);
        ProcessInstance inZeist = lopend(nummer);
        assertThat(inZeist.getTenantId()).isEqualTo(ZEIST);

        // The school records the new address (in Utrecht, GM0344) while the table runs.
        Http.Antwoord verhuisd = zc().put("/api/dossiers/" + nummer + "/leerling/woonadres", "{\"postcode\": "
                + "\"3511 AB\", \"huisnummer\": \"1\", \"woonplaats\": \"Utrecht\", \"gemeentecode\": \"GM0344\"}");
        assertThat(verhuisd.status()).as(verhuisd.body()).isEqualTo(200);

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(inZeist.getId()).count()).isZero();
        ProcessInstance inUtrecht = lopend(nummer);
        assertThat(inUtrecht.getTenantId()).isEqualTo("GM0344");
        JsonNode tafels = zc().get("/api/dossiers/" + nummer + "/thuiszitterstafel").json();
        assertThat(tafels).hasSize(2);
        assertThat(tafels.toString()).contains("\"uitkomst\":\"verhuisd\"").contains("\"gemeente\":\"GM0344\"");
        // Zeist's leerplicht keeps its closed table, and does not see Utrecht's.
        java.util.List<Long> vanZeist = new java.util.ArrayList<>();
        http().als(LEERPLICHT_ZEIST).get("/api/thuiszitterstafels").json().forEach(t -> vanZeist.add(t.get("id").asLong()));
        long oudId = gemeld.json().get("id").asLong();
        long nieuwId = tafels.get(0).get("id").asLong() == oudId ? tafels.get(1).get("id").asLong()
                : tafels.get(0).get("id").asLong();
        assertThat(vanZeist).contains(oudId).doesNotContain(nieuwId);
    }

    private String nieuwDossier() {
        Http.Antwoord antwoord = zc().post("/api/dossiers", Testdossiers.woontIn(Testdossiers.nieuw(), ZEIST));
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(201);
        return antwoord.json().get("nummer").asText();
    }

    private Http zc() {
        return http().als("zorgcoordinator");
    }

    private ProcessInstance lopend(String dossier) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("thuiszitterstafel")
                .processInstanceBusinessKey(dossier).singleResult();
    }

    /** The start is asynchronous; tests run with the job executor off. */
    private void voerStartUit(ProcessInstance proces) {
        for (Job job : managementService.createJobQuery().processInstanceId(proces.getId()).messages().list()) {
            managementService.executeJob(job.getId());
        }
    }

    private Task taak(ProcessInstance proces) {
        return taskService.createTaskQuery().processInstanceId(proces.getId()).singleResult();
    }
}
