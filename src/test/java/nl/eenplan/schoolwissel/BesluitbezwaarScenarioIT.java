package nl.eenplan.schoolwissel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.eenplan.Http;
import nl.eenplan.ScenarioTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.Webapp;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import nl.eenplan.termijn.EscalatieService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Process "besluitbezwaar" (issue #23 leftovers B; docs/processen/besluitbezwaar.md): the pupil changed school while the
 * objection term on the SWV's refusal ran and no objection had been made; the parents' objection then reaches the SWV
 * that decided (Awb art. 6:4 lid 1) and the SWV records and handles it in EenPlan, in its own tenant, with the same rules
 * as before the move: the term (Awb art. 6:7-6:9), the LBT's advice for a TLV (WPO art. 18a lid 12), the Awb art. 7:10
 * term with reminder and escalation, and the outcomes gegrond (decided again: a granted TLV goes to the new school's
 * dossier), ongegrond and ingetrokken. The new school hears that it runs and its outcome; nothing there waits. One door:
 * the old school, the new school and another SWV record, see and complete nothing of it.
 */
@ScenarioTest.Model("besluitbezwaar")
class BesluitbezwaarScenarioIT extends ScenarioTest {

    static final String OUD = SchoolwisselIT.OUD;
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    SchoolService scholen;
    @Autowired
    MeldingService meldingen;
    @Autowired
    EscalatieService escalaties;
    @Autowired
    JdbcTemplate jdbc;

    String bsn;
    String oud;

    @BeforeEach
    void gegevenSamBijDeRegenboog() {
        gebruikers.maakAlsNieuw("zcRegenboogMee", "Rita", "Regenboog", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("zcRegenboogMee", OUD);
        gebruikers.maakAlsNieuw("zcBakenMee", "Bart", "Baken", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("zcBakenMee", SchoolwisselIT.NIEUW);
        gebruikers.maakAlsNieuw("swvElders", "Eva", "Elders", "demo", Groepen.SWV);
        bsn = Testdossiers.nieuwBsn();
        Http.Antwoord geopend = http().als("zcRegenboogMee").post("/api/dossiers", Testdossiers.metBsn(bsn));
        assertThat(geopend.status()).as(geopend.body()).isEqualTo(201);
        oud = geopend.json().get("nummer").asText();
    }

    /**
     * A TLV refused by De Regenboog's SWV; the pupil goes to a school of another SWV within the term. The deciding SWV
     * records the objection (nobody else can), the LBT advises, the SWV finds it well-founded and grants the TLV: it is
     * the pupil's, in the new school's dossier, issued by the SWV that decided, and process tlv runs there.
     */
    @Test
    void eenTlvNaarEenAnderSwv_hetSwvDatBesloot_behandeltHetBezwaarMetDeLbt_gegrondGeeftDeTlvBijDeNieuweSchool()
            throws Exception {
        Long arrangement = afwijzingMetLopendeTermijn("TLV");
        String nieuw = SchoolwisselMeeIT.wisselNaarAnderSwv(http(), gebruikers, organisaties, taskService, oud, bsn,
                vandaag());
        organisaties.voegToeAanOrganisatie("swvElders", Organisaties.swvGroep(SchoolwisselMeeIT.ANDER_SWV));
        String besluitSwv = scholen.haalOp(OUD).samenwerkingsverband();

        // Recording: the old school 409 (its dossier is read-only), the new school and another SWV do not see it.
        assertThat(bezwaar("zcRegenboogMee", arrangement, vandaag()).status()).isEqualTo(409);
        assertThat(bezwaar("zcAnderSwv", arrangement, vandaag()).status()).isIn(403, 404);
        assertThat(bezwaar("swvElders", arrangement, vandaag()).status()).isIn(403, 404);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("besluitbezwaar")
                .processInstanceBusinessKey(oud).count()).isZero();
        Http.Antwoord vastgelegd = bezwaar("swv", arrangement, vandaag());
        assertThat(vastgelegd.status()).as(vastgelegd.body()).isEqualTo(204);
        assertThat(bezwaar("swv", arrangement, vandaag()).status()).as("één bezwaar per besluit").isEqualTo(409);

        ProcessInstance p = besluitbezwaar();
        assertThat(p.getTenantId()).isEqualTo(Organisaties.swvTenant(besluitSwv));
        assertThat(p).isWaitingAt("lbtAdviesNaSchoolwissel");
        assertThat(runtimeService.getVariables(p.getId()).keySet()).containsExactlyInAnyOrder("dossierNummer",
                "schoolBrin", "onderwijssoort", "zorgcoordinator", "behandelendSwv", "besluitbezwaarId",
                "arrangementId", "tlv", "bezwaartermijnOnderwijsTot");
        assertThat(meldingTekst(nieuw, "Bezwaar loopt%")).contains(besluitSwv, "Bij uw school wacht niets");

        // The LBT's task: its term, reminder and escalation to the SWV (row lbtAdvies, 10 weeks).
        Task lbt = taak(p, "lbtAdviesNaSchoolwissel");
        nietVoorAnderen(p, lbt, List.of("zcRegenboogMee", "zcAnderSwv", "swvElders"));
        managementService.executeJob(herinnering(p, "lbtAdviesNaSchoolwissel").getId());
        assertThat(meldingen.overTaak(lbt.getId())).isNotEmpty();
        managementService.executeJob(termijnVerstreken(p, "lbtAdviesNaSchoolwissel").getId());
        assertThat(escalaties.vanProcesInstantie(p.getId())).singleElement().satisfies(e -> {
            assertThat(e.getGroep()).isEqualTo(Groepen.SWV);
            assertThat(e.getReden()).isEqualTo("Advies van de LBT niet binnen de termijn vastgelegd");
        });
        Http.Antwoord teVroeg = voltooi("swv", lbt, "{\"adviesOp\": \"" + vandaag().minusDays(1)
                + "\", \"advies\": \"GEGROND\"}");
        assertThat(teVroeg.status()).as("vóór het bezwaar").isEqualTo(400);
        assertThat(voltooi("swv", lbt, "{\"adviesOp\": \"" + vandaag() + "\", \"advies\": \"GEGROND\"}").status())
                .isEqualTo(204);

        // Awb art. 7:10 with the LBT as advisory committee (art. 7:13): 12 weeks after the term's last day.
        Task behandelen = taak(p, "bezwaarBehandelenNaSchoolwissel");
        assertThat(dag(behandelen.getDueDate())).isBetween(vandaag().plusWeeks(12), vandaag().plusWeeks(12).plusDays(3));
        Http.Antwoord zonderReden = voltooi("swv", behandelen, "{\"uitkomst\": \"ONGEGROND\"}");
        assertThat(zonderReden.status()).as("afwijken van de LBT zonder reden, Awb art. 7:13 lid 7").isEqualTo(400);
        assertThat(voltooi("swv", behandelen, "{\"uitkomst\": \"GEGROND\"}").status()).isEqualTo(204);

        Task opnieuw = taak(p, "opnieuwBesluitenNaSchoolwissel");
        nietVoorAnderen(p, opnieuw, List.of("zcRegenboogMee", "zcAnderSwv", "swvElders"));
        Http.Antwoord zonderTlv = voltooi("swv", opnieuw, "{\"besluit\": \"TOEGEKEND\"}");
        assertThat(zonderTlv.status()).as(zonderTlv.body()).isEqualTo(400);
        assertThat(zonderTlv.body()).contains("tlvSoort");
        Http.Antwoord toegekend = voltooi("swv", opnieuw, "{\"besluit\": \"TOEGEKEND\", \"tlvSoort\": \"VSO\", "
                + "\"categorie\": \"LAAG\", \"startdatum\": \"2026-12-01\", \"einddatum\": \"2027-11-30\"}");
        assertThat(toegekend.status()).as(toegekend.body()).isEqualTo(204);
        assertThat(p).isEnded().hasPassed("opnieuwBesluitenNaSchoolwissel", "meldUitkomst");

        // The TLV is the pupil's, at the new school, issued by the SWV that decided on the old school's request.
        assertThat(jdbc.queryForMap("select dossier_nummer, school_brin, swv from tlv where arrangement_id = ?",
                arrangement)).containsEntry("DOSSIER_NUMMER", nieuw).containsEntry("SCHOOL_BRIN", OUD)
                .containsEntry("SWV", besluitSwv);
        ProcessInstance tlv = runtimeService.createProcessInstanceQuery().processDefinitionKey("tlv")
                .processInstanceBusinessKey(nieuw).singleResult();
        assertThat(tlv.getTenantId()).isEqualTo(SchoolwisselMeeIT.ANDERE_SCHOOL);
        assertThat(jdbc.queryForObject("select onderwijs_besluit from arrangement where id = ?", String.class,
                arrangement)).isEqualTo("TOEGEKEND");
        assertThat(meldingTekst(nieuw, "Uitkomst bezwaar%")).contains("alsnog toegekend", "dossier van uw school");
        assertThat(jdbc.queryForObject("select count(*) from melding where dossier_nummer = ? and onderwerp like "
                + "'Uitkomst bezwaar%' and ontvanger_gebruiker = 'zcAnderSwv'", Integer.class, nieuw)).isEqualTo(1);
    }

    /**
     * An arrangement within the SWV: bad input is refused per field (from the school, in the future, too late); the
     * Awb art. 7:10 term of 6 weeks with its reminder and escalation to the SWV; ongegrond leaves the refusal standing
     * and the new school hears it, nothing changes there.
     */
    @Test
    void eenArrangementBinnenHetSwv_ongegrondLaatDeAfwijzingStaan_deTermijnEscaleertBijHetSwv() {
        Long arrangement = afwijzingMetLopendeTermijn("ARRANGEMENT");
        String nieuw = SchoolwisselTlvSwvIT.dossierBijHetBaken(http(), bsn);
        SchoolwisselTlvSwvIT.wisselBinnenHetSwv(http(), taskService, oud, nieuw, vandaag());

        Http.Antwoord vanDeSchool = http().als("swv").post("/api/arrangementen/" + arrangement + "/bezwaar",
                "{\"deel\": \"ONDERWIJS\", \"ontvangenOp\": \"" + vandaag() + "\", \"ingediendDoor\": \"SCHOOL\"}");
        assertThat(vanDeSchool.status()).isEqualTo(400);
        assertThat(vanDeSchool.json().get("fouten").get(0).get("veld").asText()).isEqualTo("ingediendDoor");
        Http.Antwoord toekomst = bezwaar("swv", arrangement, vandaag().plusDays(1));
        assertThat(toekomst.status()).isEqualTo(400);
        assertThat(toekomst.json().get("fouten").get(0).get("veld").asText()).isEqualTo("ontvangenOp");
        // The new school's own user (same SWV, another school) cannot record it either.
        assertThat(bezwaar("zcBakenMee", arrangement, vandaag()).status()).isIn(403, 404);
        assertThat(bezwaar("swv", arrangement, vandaag()).status()).isEqualTo(204);

        ProcessInstance p = besluitbezwaar();
        assertThat(p).isWaitingAt("bezwaarBehandelenNaSchoolwissel").hasNotPassed("lbtAdviesNaSchoolwissel");
        Task behandelen = taak(p, "bezwaarBehandelenNaSchoolwissel");
        // Awb art. 7:10 lid 1: 6 weeks after the term's last day (today), on a working day.
        assertThat(dag(behandelen.getDueDate())).isBetween(vandaag().plusWeeks(6), vandaag().plusWeeks(6).plusDays(3));
        assertThat(termijnVerstreken(p, "bezwaarBehandelenNaSchoolwissel").getDuedate())
                .isEqualTo(behandelen.getDueDate());
        managementService.executeJob(herinnering(p, "bezwaarBehandelenNaSchoolwissel").getId());
        assertThat(meldingen.overTaak(behandelen.getId())).isNotEmpty();
        managementService.executeJob(termijnVerstreken(p, "bezwaarBehandelenNaSchoolwissel").getId());
        assertThat(escalaties.vanProcesInstantie(p.getId())).singleElement().satisfies(e -> {
            assertThat(e.getGroep()).isEqualTo(Groepen.SWV);
            assertThat(e.getReden()).isEqualTo("Niet binnen de beslistermijn op het bezwaar beslist (Awb art. 7:10)");
        });
        // Nothing at the new school waits: its dossier is open and writable, no task of this process is there.
        assertThat(http().als("zcBakenMee").get("/api/taken").body()).doesNotContain(behandelen.getId());

        assertThat(voltooi("swv", behandelen, "{\"uitkomst\": \"ONGEGROND\"}").status()).isEqualTo(204);
        assertThat(p).isEnded().hasPassed("meldUitkomst").hasNotPassed("opnieuwBesluitenNaSchoolwissel");
        assertThat(jdbc.queryForMap("select onderwijs_besluit, onderwijs_bezwaar_uitkomst from arrangement where id = ?",
                arrangement)).containsEntry("ONDERWIJS_BESLUIT", "AFGEWEZEN")
                .containsEntry("ONDERWIJS_BEZWAAR_UITKOMST", "ONGEGROND");
        assertThat(meldingTekst(nieuw, "Uitkomst bezwaar%")).contains("ongegrond", "de afwijzing blijft",
                "verandert niets");
    }

    /** Too late (Awb art. 6:7-6:9): the term ended yesterday and nothing came by post within it. */
    @Test
    void eenBezwaarNaDeTermijnWeigertHetSwvBijHetVeld() {
        Long arrangement = afwijzingMetLopendeTermijn("ARRANGEMENT");
        String nieuw = SchoolwisselTlvSwvIT.dossierBijHetBaken(http(), bsn);
        SchoolwisselTlvSwvIT.wisselBinnenHetSwv(http(), taskService, oud, nieuw, vandaag());
        jdbc.update("update arrangement set onderwijs_bezwaartermijn_tot = ? where id = ?",
                Date.valueOf(vandaag().minusDays(1)), arrangement);

        Http.Antwoord teLaat = bezwaar("swv", arrangement, vandaag());
        assertThat(teLaat.status()).isEqualTo(400);
        assertThat(teLaat.json().get("fouten").get(0).get("melding").asText()).contains("te laat");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("besluitbezwaar")
                .processInstanceBusinessKey(oud).count()).isZero();
    }

    /** Withdrawn: the refusal stands, the new school hears it. */
    @Test
    void eenIngetrokkenBezwaarLaatDeAfwijzingStaan() {
        Long arrangement = afwijzingMetLopendeTermijn("ARRANGEMENT");
        String nieuw = SchoolwisselTlvSwvIT.dossierBijHetBaken(http(), bsn);
        SchoolwisselTlvSwvIT.wisselBinnenHetSwv(http(), taskService, oud, nieuw, vandaag());
        assertThat(bezwaar("swv", arrangement, vandaag()).status()).isEqualTo(204);
        ProcessInstance p = besluitbezwaar();

        assertThat(voltooi("swv", taak(p, "bezwaarBehandelenNaSchoolwissel"), "{\"uitkomst\": \"INGETROKKEN\"}")
                .status()).isEqualTo(204);
        assertThat(p).isEnded();
        assertThat(meldingTekst(nieuw, "Uitkomst bezwaar%")).contains("ingetrokken", "de afwijzing blijft");
    }

    /**
     * Gegrond for an arrangement in regular education: the SWV decides again (its own 15 working days, with reminder
     * and escalation); granted, it is recorded with the old school's request and the new school hears that its own
     * running arrangement does not change by itself.
     */
    @Test
    void eenGegrondBezwaarTegenEenArrangement_hetSwvBesluitOpnieuw_deNieuweSchoolHoortWatHetBetekent() {
        Long arrangement = afwijzingMetLopendeTermijn("ARRANGEMENT");
        String nieuw = SchoolwisselTlvSwvIT.dossierBijHetBaken(http(), bsn);
        SchoolwisselTlvSwvIT.wisselBinnenHetSwv(http(), taskService, oud, nieuw, vandaag());
        assertThat(bezwaar("swv", arrangement, vandaag()).status()).isEqualTo(204);
        ProcessInstance p = besluitbezwaar();
        assertThat(voltooi("swv", taak(p, "bezwaarBehandelenNaSchoolwissel"), "{\"uitkomst\": \"GEGROND\"}").status())
                .isEqualTo(204);

        Task opnieuw = taak(p, "opnieuwBesluitenNaSchoolwissel");
        managementService.executeJob(herinnering(p, "opnieuwBesluitenNaSchoolwissel").getId());
        assertThat(meldingen.overTaak(opnieuw.getId())).isNotEmpty();
        managementService.executeJob(termijnVerstreken(p, "opnieuwBesluitenNaSchoolwissel").getId());
        assertThat(escalaties.vanProcesInstantie(p.getId())).singleElement()
                .satisfies(e -> assertThat(e.getGroep()).isEqualTo(Groepen.SWV));
        assertThat(voltooi("swv", opnieuw, "{\"besluit\": \"TOEGEKEND\", \"toelichting\": \"Heroverwogen.\"}").status())
                .isEqualTo(204);
        assertThat(p).isEnded().hasPassed("meldUitkomst");
        assertThat(jdbc.queryForObject("select onderwijs_besluit from arrangement where id = ?", String.class,
                arrangement)).isEqualTo("TOEGEKEND");
        assertThat(jdbc.queryForObject("select count(*) from tlv where arrangement_id = ?", Integer.class, arrangement))
                .isZero();
        assertThat(meldingTekst(nieuw, "Uitkomst bezwaar%")).contains("alsnog toegekend", "verandert daardoor niet");
    }

    // ---- helpers

    /** The SWV refused the education part 6 weeks ago; the letter went out then and the term runs until today. */
    private Long afwijzingMetLopendeTermijn(String soort) {
        jdbc.update("insert into arrangement (dossier_nummer, proces_instantie_id, status, onderwijs_soort, "
                + "onderwijs_besluit, onderwijs_besluit_op, onderwijs_brief_op, onderwijs_bezwaartermijn_tot) values "
                + "(?, ?, 'GEEN_PLAATS', ?, 'AFGEWEZEN', ?, ?, ?)", oud, "besluitbezwaar-" + oud, soort,
                Date.valueOf(vandaag().minusWeeks(6)), Date.valueOf(vandaag().minusWeeks(6)), Date.valueOf(vandaag()));
        return jdbc.queryForObject("select id from arrangement where proces_instantie_id = ?", Long.class,
                "besluitbezwaar-" + oud);
    }

    private Http.Antwoord bezwaar(String wie, Long arrangement, LocalDate ontvangenOp) {
        return http().als(wie).post("/api/arrangementen/" + arrangement + "/bezwaar", "{\"deel\": \"ONDERWIJS\", "
                + "\"ontvangenOp\": \"" + ontvangenOp + "\", \"ingediendDoor\": \"OUDERS\", \"toelichting\": "
                + "\"Sam heeft speciaal onderwijs nodig.\"}");
    }

    private Http.Antwoord voltooi(String wie, Task taak, String invoer) {
        return http().als(wie).post("/api/taken/" + taak.getId() + "/voltooien", invoer);
    }

    private ProcessInstance besluitbezwaar() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("besluitbezwaar")
                .processInstanceBusinessKey(oud).singleResult();
    }

    private Task taak(ProcessInstance p, String stap) {
        return taskService.createTaskQuery().processInstanceId(p.getId()).taskDefinitionKey(stap).singleResult();
    }

    private String meldingTekst(String dossier, String onderwerp) {
        return jdbc.queryForObject("select tekst from melding where dossier_nummer = ? and onderwerp like ? and "
                + "ontvanger_groep = 'zorgcoordinator'", String.class, dossier, onderwerp);
    }

    private static LocalDate dag(java.util.Date datum) {
        return LocalDate.ofInstant(datum.toInstant(), NL);
    }

    /**
     * One door: these users see and complete nothing of the SWV's task, at /api/taken, the task page, /engine-rest
     * and Tasklist; the deciding SWV sees it in all of them.
     */
    private void nietVoorAnderen(ProcessInstance p, Task taak, List<String> anderen) throws Exception {
        for (String wie : anderen) {
            Http ander = http().als(wie);
            assertThat(ander.get("/api/taken").body()).as(wie).doesNotContain(taak.getId());
            assertThat(ander.post("/api/taken/" + taak.getId() + "/voltooien", "{}").status()).as(wie).isIn(403, 404);
            assertThat(http().als(wie).metKop("Accept", "text/html").get("/taken/" + taak.getId()).status()).as(wie)
                    .isIn(403, 404);
            assertThat(ander.get("/engine-rest/task?processInstanceId=" + p.getId()).json()).as(wie).isEmpty();
            assertThat(ander.get("/engine-rest/task/" + taak.getId()).status()).as(wie).isIn(403, 404);
            assertThat(ander.post("/engine-rest/task/" + taak.getId() + "/complete", "{\"variables\": {}}").status())
                    .as(wie).isIn(403, 404);
            assertThat(ander.get("/engine-rest/process-instance?processDefinitionKey=besluitbezwaar").body()).as(wie)
                    .doesNotContain(p.getId());
            Webapp tasklist = new Webapp(port);
            assertThat(tasklist.meldAan(wie, "demo", "tasklist")).isEqualTo(200);
            assertThat(new ObjectMapper().readTree(tasklist.get("/api/engine/engine/default/task?processInstanceId="
                    + p.getId()))).as(wie).isEmpty();
            assertThat(tasklist.post("/api/engine/engine/default/task/" + taak.getId() + "/submit-form",
                    "{\"variables\": {}}").status()).as(wie).isIn(400, 403, 404);
        }
        assertThat(taskService.createTaskQuery().taskId(taak.getId()).count()).isEqualTo(1);
        assertThat(http().als("swv").get("/api/taken").body()).contains(taak.getId());
        assertThat(http().als("swv").get("/engine-rest/task?processInstanceId=" + p.getId()).json()).hasSize(1);
        assertThat(http().als("swv").metKop("Accept", "text/html").get("/taken/" + taak.getId()).status())
                .isEqualTo(200);
        Webapp tasklist = new Webapp(port);
        assertThat(tasklist.meldAan("swv", "demo", "tasklist")).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(tasklist.get("/api/engine/engine/default/task?processInstanceId="
                + p.getId()))).hasSize(1);
    }
}
