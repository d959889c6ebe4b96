package nl.eenplan.schoolwissel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.Webapp;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.opp.OppService;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import nl.eenplan.tlv.Deskundige;
import nl.eenplan.tlv.Discipline;
import nl.eenplan.tlv.Tlv;
import nl.eenplan.tlv.TlvService;
import nl.eenplan.tlv.Tlvregel;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A TLV after a school change, who acts on it (issue #23, review item 3a and 3b; docs/processen/tlv.md "Bij een
 * schoolwissel"): the SWV that issued it decides on it (WPO art. 18a, WVO 2020 art. 2.47), also when the pupil is at a
 * school of another SWV now; its deskundigen come along with it; and a user who reads both dossiers acts on the TLV
 * and the OPP where they are now, not on the old dossier's read-only answer.
 */
class SchoolwisselTlvSwvIT extends IntegratieTest {

    static final String OUD = SchoolwisselIT.OUD;
    static final String NIEUW = SchoolwisselIT.NIEUW;

    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    TlvService tlvs;
    @Autowired
    OppService opp;
    @Autowired
    SchoolService scholen;
    @Autowired
    JdbcTemplate jdbc;

    String bsn;
    String oud;

    @BeforeEach
    void gegevenSamBijDeRegenboog() {
        gebruikers.maakAlsNieuw("zcRegenboogMee", "Rita", "Regenboog", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("zcRegenboogMee", OUD);
        bsn = Testdossiers.nieuwBsn();
        Http.Antwoord geopend = http().als("zcRegenboogMee").post("/api/dossiers", Testdossiers.metBsn(bsn));
        assertThat(geopend.status()).as(geopend.body()).isEqualTo(201);
        oud = geopend.json().get("nummer").asText();
    }

    @Test
    void eenTlvDieHetAfgevendeSwvNogAanvult_blijftVanDatSwv_hetSwvVanDeNieuweSchoolKanErNietsMee() throws Exception {
        // A TLV taken over from before V38 (as V38 takes one over): its issuing SWV, De Regenboog's, completes it first.
        String afgever = scholen.haalOp(OUD).samenwerkingsverband();
        jdbc.update("insert into tlv (dossier_nummer, school_brin, swv, startdatum, einddatum, status, aan_te_vullen, "
                + "verleend_op) values (?, ?, ?, date '2026-09-01', date '2027-08-31', 'GELDIG', true, "
                + "current_timestamp)", oud, OUD, afgever);
        tlvs.startOvergenomen();
        Task aanvullen = taskService.createTaskQuery().processInstanceBusinessKey(oud).taskDefinitionKey("aanvullen")
                .singleResult();
        Long tlv = jdbc.queryForObject("select id from tlv where dossier_nummer = ?", Long.class, oud);

        String nieuw = SchoolwisselMeeIT.wisselNaarAnderSwv(http(), gebruikers, organisaties, taskService, oud, bsn,
                vandaag());
        gebruikers.maakAlsNieuw("swvElders", "Eva", "Elders", "demo", Groepen.SWV);
        organisaties.voegToeAanOrganisatie("swvElders", Organisaties.swvGroep(SchoolwisselMeeIT.ANDER_SWV));

        // The TLV is in the new school's dossier; its task waits where the issuing SWV works, not ended by the change.
        assertThat(jdbc.queryForObject("select dossier_nummer from tlv where id = ?", String.class, tlv)).isEqualTo(nieuw);
        assertThat(taskService.createTaskQuery().taskId(aanvullen.getId()).count()).isEqualTo(1);
        String invoer = "{\"tlvSoort\": \"VSO\", \"categorie\": \"LAAG\", \"startdatum\": \"2026-09-01\", "
                + "\"einddatum\": \"2027-08-31\"}";

        // The new school's SWV (another one) and the schools act on it at no door: /api/taken, /engine-rest, Tasklist.
        for (Http wie : List.of(http().als("swvElders"), http().als("zcAnderSwv"), http().als("zcRegenboogMee"))) {
            assertThat(wie.get("/api/taken").body()).doesNotContain(aanvullen.getId());
            assertThat(wie.post("/api/taken/" + aanvullen.getId() + "/voltooien", invoer).status()).isEqualTo(404);
            assertThat(wie.post("/engine-rest/task/" + aanvullen.getId() + "/complete", "{\"variables\": {"
                    + "\"tlvSoort\": {\"value\": \"SO\", \"type\": \"String\"}}}").status()).isIn(403, 404);
            Http.Antwoord taken = wie.get("/engine-rest/task?taskDefinitionKey=aanvullen");
            assertThat(taken.status()).as(taken.body()).isEqualTo(200);
            assertThat(taken.body()).doesNotContain(aanvullen.getId());
        }
        Webapp tasklist = new Webapp(port);
        assertThat(tasklist.meldAan("swvElders", "demo", "tasklist")).isEqualTo(200);
        Http.Antwoord viaTasklist = tasklist.post("/api/engine/engine/default/task/" + aanvullen.getId()
                + "/submit-form", "{\"variables\": {}}");
        assertThat(viaTasklist.status()).isIn(400, 403, 404);
        assertThat(taskService.createTaskQuery().taskId(aanvullen.getId()).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select aan_te_vullen from tlv where id = ?", Boolean.class, tlv)).isTrue();

        // The issuing SWV sees it in its list and completes it; then the process follows the pupil to the new school.
        assertThat(http().als("swv").get("/api/taken").body()).contains(aanvullen.getId());
        Http.Antwoord aangevuld = http().als("swv").post("/api/taken/" + aanvullen.getId() + "/voltooien", invoer);
        assertThat(aangevuld.status()).as(aangevuld.body()).isEqualTo(204);
        ProcessInstance tlvNieuw = runtimeService.createProcessInstanceQuery().processDefinitionKey("tlv")
                .processInstanceBusinessKey(nieuw).singleResult();
        assertThat(tlvNieuw).isNotNull();
        assertThat(tlvNieuw.getTenantId()).isEqualTo(SchoolwisselMeeIT.ANDERE_SCHOOL);
        assertThat(runtimeService.getActiveActivityIds(tlvNieuw.getId())).containsExactly("herindicatieSignaal");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("tlv").processInstanceBusinessKey(oud)
                .count()).isZero();
        assertThat(jdbc.queryForObject("select proces_instantie_id from tlv where id = ?", String.class, tlv))
                .isEqualTo(tlvNieuw.getId());
        assertThat(jdbc.queryForObject("select aan_te_vullen from tlv where id = ?", Boolean.class, tlv)).isFalse();

        // Its meldingen go to the issuing SWV (through a school of its own), not to the new school's SWV.
        List<String> scholenVanSwvMeldingen = jdbc.queryForList("select school from melding where dossier_nummer = ? "
                + "and ontvanger_groep = 'swv' and onderwerp like 'TLV meegekomen%'", String.class, nieuw);
        assertThat(scholenVanSwvMeldingen).containsExactly(OUD);
        assertThat(http().als("swv").get("/api/meldingen").body()).contains("TLV meegekomen met de leerling (dossier "
                + nieuw);
        assertThat(http().als("swvElders").get("/api/meldingen").body()).doesNotContain("TLV meegekomen");
    }

    @Test
    void deDeskundigenGaanMetDeTlvMee_deNieuweSchoolZietWieAdviseerde() {
        Long tlv = tlvs.verleen(oud, null, new Tlvregel.Gegevens(Tlv.Soort.SO, Tlv.Categorie.MIDDEN,
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30)), List.of(
                new Deskundige("Dr. P. Pedagoog", Discipline.ORTHOPEDAGOOG, "Expertisecentrum Midden", null,
                        LocalDate.of(2026, 11, 20)),
                new Deskundige("M. Arts", Discipline.ARTS, "GGD Regio Utrecht", null, LocalDate.of(2026, 11, 21))));

        String nieuw = SchoolwisselMeeIT.wisselNaarAnderSwv(http(), gebruikers, organisaties, taskService, oud, bsn,
                vandaag());

        Http.Antwoord gelezen = http().als("zcAnderSwv").get("/api/dossiers/" + nieuw + "/tlvs");
        assertThat(gelezen.status()).as(gelezen.body()).isEqualTo(200);
        JsonNode t = gelezen.json().get(0);
        assertThat(t.get("id").asLong()).isEqualTo(tlv);
        assertThat(t.get("deskundigen")).hasSize(2);
        assertThat(t.get("deskundigen").get(0).get("naam").asText()).isEqualTo("Dr. P. Pedagoog");
        assertThat(t.get("deskundigen").get(0).get("discipline").asText()).isEqualTo("ORTHOPEDAGOOG");
        assertThat(t.get("deskundigen").get(1).get("organisatie").asText()).isEqualTo("GGD Regio Utrecht");
        // ... also on the pupil's page at the new school.
        Http.Antwoord pagina = http().als("zcAnderSwv").get("/leerlingen/" + nieuw);
        assertThat(pagina.status()).as(pagina.body()).isEqualTo(200);
        assertThat(pagina.body()).contains("Dr. P. Pedagoog", "GGD Regio Utrecht");
    }

    /**
     * A zorgcoördinator of the board of both schools reads the old (closed) dossier and the new one: she acts on the TLV
     * and the OPP where they are now. Only a user of the old school alone hears the old dossier's 409.
     */
    @Test
    void wieBeideDossiersLeest_handeltOpDeTlvEnHetOppWaarZeNuZijn() {
        gebruikers.maakAlsNieuw("zcBestuurBeide", "Bea", "Bestuur", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("zcBestuurBeide", OUD);
        organisaties.voegToeAanSchool("zcBestuurBeide", NIEUW);
        gebruikers.maakAlsNieuw("zcBakenMee", "Bart", "Baken", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("zcBakenMee", NIEUW);
        Long tlv = tlvs.verleen(oud, null, new Tlvregel.Gegevens(Tlv.Soort.SO, Tlv.Categorie.MIDDEN,
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30)));
        opp.start(new OppService.Aanvrager(oud, OUD, "PO", "zcRegenboogMee"), "Regulier vo, vmbo.",
                List.of("Sam werkt 20 minuten zelfstandig"));

        String nieuw = dossierBijHetBaken(http(), bsn);
        wisselBinnenHetSwv(http(), taskService, oud, nieuw, vandaag());

        // Only the old school: 409 with the reason, as before.
        Http.Antwoord alleenOud = http().als("zcRegenboogMee").post("/api/tlvs/" + tlv + "/terug-naar-regulier",
                "{\"op\": \"2027-02-01\"}");
        assertThat(alleenOud.status()).as(alleenOud.body()).isEqualTo(409);
        // Both schools: the new dossier first. The OPP: read at the new dossier, its task worked there.
        Http beide = http().als("zcBestuurBeide");
        Http.Antwoord oppGelezen = beide.get("/api/dossiers/" + nieuw + "/opp");
        assertThat(oppGelezen.status()).as(oppGelezen.body()).isEqualTo(200);
        assertThat(beide.get("/api/dossiers/" + oud + "/opp").status()).isEqualTo(404);
        Task opstellen = taskService.createTaskQuery().processInstanceBusinessKey(nieuw).taskDefinitionKey("opstellen")
                .singleResult();
        Http.Antwoord opgesteld = beide.post("/api/taken/" + opstellen.getId() + "/voltooien", """
                {"oogoOp": "%s", "oogoMet": "Anna Jansen (moeder) en Sam",
                 "oogoNamensSchool": "B. Bestuur", "uitstroomprofiel": "VERVOLGONDERWIJS",
                 "onderbouwing": "Sam leert praktisch; toetsen en observaties wijzen op de kaderberoepsgerichte leerweg.",
                 "doelen": ["Sam werkt 20 minuten zelfstandig"],
                 "aanpak": "Kleine klas drie dagen per week."}""".formatted(vandaag().minusDays(1)));
        assertThat(opgesteld.status()).as(opgesteld.body()).isEqualTo(204);
        Http.Antwoord terug = beide.post("/api/tlvs/" + tlv + "/terug-naar-regulier", "{\"op\": \"2027-02-01\"}");
        assertThat(terug.status()).as(terug.body()).isEqualTo(200);
        assertThat(terug.json().get("status").asText()).isEqualTo("TERUG_NAAR_REGULIER");
        assertThat(terug.json().get("dossierNummer").asText()).isEqualTo(nieuw);
    }

    /** Het Baken (same SWV) reports the change of Sam (its dossier {@code nieuw}), De Regenboog confirms it. */
    static void wisselBinnenHetSwv(Http http, TaskService taskService, String oud, String nieuw, LocalDate vandaag) {
        Http.Antwoord gemeld = http.als("zcBakenMee").post("/api/dossiers/" + nieuw + "/schoolwissel",
                "{\"ingeschrevenOp\": \"" + vandaag + "\"}");
        assertThat(gemeld.status()).as(gemeld.body()).isEqualTo(201);
        Task bevestigen = taskService.createTaskQuery().processInstanceBusinessKey(oud).taskDefinitionKey("bevestigen")
                .singleResult();
        Http.Antwoord bevestigd = http.als("zcRegenboogMee").post("/api/taken/" + bevestigen.getId() + "/voltooien",
                "{\"antwoord\": \"BEVESTIGD\"}");
        assertThat(bevestigd.status()).as(bevestigd.body()).isEqualTo(204);
    }

    /** Sam's dossier at Het Baken (zcBakenMee, a zorgcoördinator there): its number. */
    static String dossierBijHetBaken(Http http, String bsn) {
        Http.Antwoord a = http.als("zcBakenMee").post("/api/dossiers", Testdossiers.metBsn(bsn).replace(OUD, NIEUW)
                .replace("\"PO\"", "\"VO\"").replace("\"leerjaar\": 7", "\"leerjaar\": 1")
                .replaceAll(",\\s*\"ouders\": \\[[^\\]]*\\]", ""));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().get("nummer").asText();
    }
}
