package nl.eenplan.tlv;

import static nl.eenplan.Tijd.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.eenplan.Http;
import nl.eenplan.ScenarioTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.melding.MeldingService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scenarios of process "tlv" (docs/processen/tlv.md) for a pupil of 99ZZ00 for whom the SWV grants a TLV for so,
 * category midden, from 1 December 2026 to 30 November 2027, on Tuesday 3 November 2026: the TLV as a record (refused
 * per field, tlv.Tlvregel), the herindicatie signal 3 months before the end (termijnen.dmn, tlv / herindicatieSignaal),
 * each choice (herindicatie and a new TLV, terug naar regulier, laten aflopen), the end passing during the choice, the
 * return before the end through the API, a TLV taken over from before V38, and the one door.
 */
@ScenarioTest.Model("tlv")
class TlvScenarioIT extends ScenarioTest {

    static final String AANVRAAG = """
            {"onderwijsdeel": "TLV", "onderwijs": "Speciaal onderwijs, cluster 4.", "perspectief": "Vso, vervolgonderwijs.",
             "doelen": ["Sam werkt 20 minuten zelfstandig"], "aanmeldingOntvangenOp": "2026-11-02"}""";
    static final String ADVIEZEN = """
            {"eerste": {"door": "Orthopedagoog A", "discipline": "ORTHOPEDAGOOG", "organisatie": "Bureau SWV",
                        "datum": "2026-11-02", "advies": "TLV nodig."},
             "tweede": {"door": "Jeugdarts B", "discipline": "ARTS", "organisatie": "GGD regio Utrecht",
                        "datum": "2026-11-03", "advies": "TLV nodig."}}""";
    static final String TLV_SO = """
            {"besluit": "TOEGEKEND", "tlvSoort": "SO", "categorie": "MIDDEN", "startdatum": "2026-12-01",
             "einddatum": "2027-11-30"}""";

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    TlvService tlvs;
    @Autowired
    MeldingService meldingen;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    com.fasterxml.jackson.databind.ObjectMapper json;
    @Autowired
    nl.eenplan.dossier.SchoolService scholen;
    @Autowired
    nl.eenplan.organisatie.Organisaties organisaties;
    @Autowired
    nl.eenplan.security.GebruikerService gebruikers;

    String nummer;
    ProcessInstance arrangement;

    @BeforeEach
    void gegevenEenTlvAanvraagMetTweeAdviezen() {
        ClockUtil.setCurrentTime(moment(2026, 11, 3, 10, 0));
        nummer = zc().post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
        arrangement = runtimeService.startProcessInstanceByKey("arrangement", nummer, Map.of("dossierNummer", nummer,
                "schoolBrin", "99ZZ00", "onderwijssoort", "PO", "zorgcoordinator", "zorgcoordinator"));
        nl.eenplan.groeidocument.Groeidocumenten.ondertekend(zc(), nummer);
        voltooi("zorgcoordinator", taak(arrangement, "aanvraag"), AANVRAAG, 204);
        voltooi("swv", taak(arrangement, "adviezen"), ADVIEZEN, 204);
        assertThat(arrangement).isWaitingAt("besluitOnderwijs");
    }

    @Test
    void eenToegekendeTlvIsEenRecordMetSoortCategorieEnDatums_enStartHetProces() {
        Task besluit = taak(arrangement, "besluitOnderwijs");
        JsonNode leeg = voltooi("swv", besluit, "{\"besluit\": \"TOEGEKEND\"}", 400).json();
        assertThat(leeg.get("fouten").toString()).contains("tlvSoort", "startdatum", "einddatum");
        assertThat(voltooi("swv", besluit, TLV_SO.replace("\"SO\"", "\"SBO\""), 400).body())
                .contains("categorie", "speciaal basisonderwijs heeft geen");
        assertThat(voltooi("swv", besluit, TLV_SO.replace("\"categorie\": \"MIDDEN\",", ""), 400).body())
                .contains("categorie", "LAAG, MIDDEN of HOOG");
        // At least a year (eenplan.tlv.minimale-duur P1Y): from 1 December 2026 until 30 November 2027 at least.
        assertThat(voltooi("swv", besluit, TLV_SO.replace("2027-11-30", "2027-11-29"), 400).body())
                .contains("einddatum", "minstens een jaar", "2027-11-30");
        assertThat(voltooi("swv", besluit, TLV_SO.replace("2027-11-30", "2026-11-30"), 400).body())
                .contains("einddatum", "na de startdatum");
        assertThat(arrangement).isWaitingAt("besluitOnderwijs");
        assertThat(alle()).isEmpty();

        voltooi("swv", besluit, TLV_SO, 204);

        TlvView tlv = enige();
        assertThat(tlv.soort()).isEqualTo(Tlv.Soort.SO);
        assertThat(tlv.categorie()).isEqualTo(Tlv.Categorie.MIDDEN);
        assertThat(tlv.startdatum()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(tlv.einddatum()).isEqualTo(LocalDate.of(2027, 11, 30));
        assertThat(tlv.aanvragendeSchool()).isEqualTo("99ZZ00");
        assertThat(tlv.swv()).isEqualTo(scholen.haalOp("99ZZ00").samenwerkingsverband()).isNotBlank();
        assertThat(tlv.status()).isEqualTo(Tlv.Status.GELDIG);
        assertThat(tlv.arrangementId()).isNotNull();
        assertThat(tlv.aanTeVullen()).isFalse();
        // Who advised is kept with the TLV itself (V57): it moves with the pupil, the arrangement does not.
        assertThat(tlv.deskundigen()).extracting(Deskundige::naam, Deskundige::discipline, Deskundige::organisatie)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Orthopedagoog A", Discipline.ORTHOPEDAGOOG,
                        "Bureau SWV"), org.assertj.core.groups.Tuple.tuple("Jeugdarts B", Discipline.ARTS,
                        "GGD regio Utrecht"));

        ProcessInstance proces = tlvProces();
        assertThat(proces.getTenantId()).isEqualTo("99ZZ00");
        assertThat(proces).isWaitingAt("herindicatieSignaal").hasNotPassed("aanvullen");
        // 3 months before the last day (termijnen.dmn, tlv / herindicatieSignaal: -3 maanden): Monday 30 August 2027,
        // from the start of that day (the boundaries: hetHerindicatieSignaalKomtOpDeDagZelf_inNederlandseTijd).
        assertThat(timer(proces, "herindicatieSignaal").getDuedate()).isEqualTo(moment(2027, 8, 30, 0, 0));
    }

    /**
     * The signal's boundaries (docs/processen/tlv.md, step 1): on the day before, up to its last second in Dutch time,
     * nothing is due and nobody hears anything; from 00:00 Dutch time on Monday 30 August 2027 (Sunday 29 August 22:00
     * UTC: "today" is the Dutch date, not the server's) the signal is due, the zorgcoördinator and the SWV get their
     * melding and the task is there the whole day. The end date cannot change once the signal waits (a new TLV replaces
     * the old one with its own signal); a TLV completed by the SWV counts from the end it gives
     * (eenTlvVanVoorDezeVersieVultHetSwvEerstAan).
     */
    @Test
    void hetHerindicatieSignaalKomtOpDeDagZelf_inNederlandseTijd() {
        ProcessInstance proces = verleend();
        assertThat(timer(proces, "herindicatieSignaal").getDuedate().toInstant())
                .isEqualTo(java.time.Instant.parse("2027-08-29T22:00:00Z"));

        ClockUtil.setCurrentTime(moment(2027, 8, 29, 23, 59, 59));
        assertThat(signaalKlaar(proces)).as("de dag ervoor").isEmpty();
        ClockUtil.setCurrentTime(moment(2027, 8, 29, 8, 0));
        assertThat(signaalKlaar(proces)).as("de ochtend van de dag ervoor").isEmpty();
        assertThat(meldingen.voor("zorgcoordinator", List.of(), false))
                .noneSatisfy(m -> assertThat(m.onderwerp()).contains("TLV loopt af").contains(nummer));

        ClockUtil.setCurrentTime(moment(2027, 8, 30, 0, 0));
        List<org.camunda.bpm.engine.runtime.Job> klaar = signaalKlaar(proces);
        assertThat(klaar).as("op de dag zelf, vanaf 00:00").hasSize(1);
        managementService.executeJob(klaar.get(0).getId());
        assertThat(proces).hasPassed("herindicatieMelden").isWaitingAt("herindicatie");
        assertThat(meldingen.voor("zorgcoordinator", List.of(), false))
                .anySatisfy(m -> assertThat(m.onderwerp()).contains("TLV loopt af op 2027-11-30").contains(nummer));
        assertThat(meldingen.voor("swv", List.of("swv"), false))
                .anySatisfy(m -> assertThat(m.onderwerp()).contains("TLV loopt af op 2027-11-30").contains(nummer));
        assertThat(taak(proces, "herindicatie").getCreateTime()).isEqualTo(moment(2027, 8, 30, 0, 0));
    }

    @Test
    void herindicatieSignaalDanTerugNaarRegulier() {
        ProcessInstance proces = verleend();
        signaal(proces);
        assertThat(meldingen.voor("zorgcoordinator", List.of(), false))
                .anySatisfy(m -> assertThat(m.onderwerp()).contains("TLV loopt af op 2027-11-30").contains(nummer));
        assertThat(meldingen.voor("swv", List.of("swv"), false))
                .anySatisfy(m -> assertThat(m.onderwerp()).contains("herindicatie").contains(nummer));
        Task herindicatie = taak(proces, "herindicatie");
        assertThat(herindicatie).hasCandidateGroup("zorgcoordinator");
        // Due 20 werkdagen before the last day (termijnVanaf ${tlvEinddatum}), then the SWV hears it.
        assertThat(herindicatie.getDueDate()).isEqualTo(moment(2027, 11, 2, 23, 59, 59));

        assertThat(voltooi("zorgcoordinator", herindicatie, "{}", 400).body()).contains("keuze");
        assertThat(voltooi("zorgcoordinator", herindicatie, "{\"keuze\": \"TERUG_NAAR_REGULIER\"}", 400).body())
                .contains("terugOp");
        voltooi("zorgcoordinator", herindicatie, "{\"keuze\": \"TERUG_NAAR_REGULIER\", \"terugOp\": \"2027-09-20\"}", 204);

        assertThat(proces).isEnded().hasPassed("terugNaarRegulier", "tlvAfgelopen");
        assertThat(managementService.createJobQuery().processInstanceId(proces.getId()).count()).isZero();
        assertThat(enige().status()).isEqualTo(Tlv.Status.TERUG_NAAR_REGULIER);
        assertThat(enige().beeindigdOp()).isEqualTo(LocalDate.of(2027, 9, 20));
    }

    @Test
    void herindicatieAangevraagd_enEenNieuweTlvBeeindigtDeOude() {
        ProcessInstance proces = verleend();
        signaal(proces);
        voltooi("zorgcoordinator", taak(proces, "herindicatie"), "{\"keuze\": \"HERINDICATIE_AANVRAGEN\"}", 204);
        assertThat(proces).isWaitingAt("einddatum");
        assertThat(timer(proces, "einddatum").getDuedate()).isEqualTo(moment(2027, 12, 1, 0, 0));
        assertThat(enige().status()).isEqualTo(Tlv.Status.HERINDICATIE_AANGEVRAAGD);

        // The new request's TLV (a new arrangement; here the grant itself): the old one is opgevolgd, its process ends.
        ClockUtil.setCurrentTime(moment(2027, 10, 15, 10, 0));
        Long nieuw = tlvs.verleen(nummer, null, new Tlvregel.Gegevens(Tlv.Soort.SO, Tlv.Categorie.HOOG,
                LocalDate.of(2027, 12, 1), LocalDate.of(2029, 7, 31)));
        assertThat(proces).isEnded().hasPassed("beeindigd", "tlvBeeindigd");
        List<TlvView> beide = alle();
        assertThat(beide).extracting(TlvView::status).containsExactly(Tlv.Status.OPGEVOLGD, Tlv.Status.GELDIG);
        assertThat(beide.get(0).beeindigdOp()).isEqualTo(LocalDate.of(2027, 10, 15));
        assertThat(beide.get(1).id()).isEqualTo(nieuw);
        ProcessInstance volgende = runtimeService.createProcessInstanceQuery().processDefinitionKey("tlv")
                .processInstanceBusinessKey(nummer).active().singleResult();
        assertThat(volgende).isWaitingAt("herindicatieSignaal");
        assertThat(timer(volgende, "herindicatieSignaal").getDuedate()).isEqualTo(moment(2029, 4, 30, 0, 0));
    }

    @Test
    void latenAflopen_danVerlopenEnDeSchoolLegtVastDatDeLeerlingTerugIs() {
        ProcessInstance proces = verleend();
        signaal(proces);
        voltooi("zorgcoordinator", taak(proces, "herindicatie"), "{\"keuze\": \"LATEN_VERLOPEN\"}", 204);
        assertThat(enige().status()).isEqualTo(Tlv.Status.GELDIG);

        ClockUtil.setCurrentTime(moment(2027, 12, 1, 0, 0));
        managementService.executeJob(timer(proces, "einddatum").getId());
        assertThat(proces).hasPassed("verlopenVastleggen").isWaitingAt("verlopen");
        assertThat(enige().status()).isEqualTo(Tlv.Status.VERLOPEN);
        assertThat(enige().beeindigdOp()).isEqualTo(LocalDate.of(2027, 12, 1));
        assertThat(meldingen.voor("swv", List.of("swv"), false))
                .anySatisfy(m -> assertThat(m.onderwerp()).contains("TLV verlopen").contains(nummer));
        assertThat(meldingen.voor("zorgcoordinator", List.of(), false))
                .anySatisfy(m -> assertThat(m.onderwerp()).contains("TLV verlopen").contains(nummer));
        Task verlopen = taak(proces, "verlopen");
        assertThat(verlopen).hasCandidateGroup("zorgcoordinator");
        // 10 werkdagen (termijnen.dmn, tlv / verlopen), then the SWV hears it.
        assertThat(verlopen.getDueDate()).isEqualTo(moment(2027, 12, 15, 23, 59, 59));
        assertThat(voltooi("zorgcoordinator", verlopen, "{\"terugNaarRegulier\": true}", 400).body()).contains("terugOp");
        voltooi("zorgcoordinator", verlopen, "{\"terugNaarRegulier\": true, \"terugOp\": \"2027-12-06\"}", 204);

        assertThat(proces).isEnded().hasPassed("verlopenVastgelegd", "tlvAfgelopen");
        assertThat(enige().status()).isEqualTo(Tlv.Status.TERUG_NAAR_REGULIER);
        assertThat(enige().beeindigdOp()).isEqualTo(LocalDate.of(2027, 12, 6));
    }

    @Test
    void deEinddatumVerstrijktTerwijlDeKeuzeNogOpenStaat() {
        ProcessInstance proces = verleend();
        signaal(proces);
        assertThat(timer(proces, "eindeTijdensKeuze").getDuedate()).isEqualTo(moment(2027, 12, 1, 0, 0));
        ClockUtil.setCurrentTime(moment(2027, 12, 1, 0, 0));
        managementService.executeJob(timer(proces, "eindeTijdensKeuze").getId());
        assertThat(proces).hasPassed("verlopenVastleggen").hasNotPassed("keuze").isWaitingAt("verlopen");
        voltooi("zorgcoordinator", taak(proces, "verlopen"), "{\"terugNaarRegulier\": false}", 204);
        assertThat(proces).isEnded().hasPassed("verlopenVastgelegd");
        assertThat(enige().status()).isEqualTo(Tlv.Status.VERLOPEN);
    }

    @Test
    void terugNaarRegulierVoorHetEinde_viaDeApi() {
        ProcessInstance proces = verleend();
        Long id = enige().id();
        assertThat(zc().post("/api/tlvs/" + id + "/terug-naar-regulier", "{}").body()).contains("op", "terug");
        assertThat(http().als("swv").post("/api/tlvs/" + id + "/terug-naar-regulier", "{\"op\": \"2027-02-01\"}")
                .status()).isEqualTo(403);
        Http.Antwoord terug = zc().post("/api/tlvs/" + id + "/terug-naar-regulier", "{\"op\": \"2027-02-01\"}");
        assertThat(terug.status()).as(terug.body()).isEqualTo(200);
        assertThat(terug.json().get("status").asText()).isEqualTo("TERUG_NAAR_REGULIER");
        assertThat(proces).isEnded().hasPassed("beeindigd", "tlvBeeindigd").hasNotPassed("herindicatieMelden");
        Http.Antwoord nogEens = zc().post("/api/tlvs/" + id + "/terug-naar-regulier", "{\"op\": \"2027-02-01\"}");
        assertThat(nogEens.status()).isEqualTo(409);
        assertThat(nogEens.json().get("detail").asText()).contains("al beëindigd");
    }

    @Test
    void eenTlvVanVoorDezeVersieVultHetSwvEerstAan() {
        // As V38 takes one over: soort and category unknown, a year from the arrangement's start, aan te vullen.
        jdbc.update("insert into tlv (dossier_nummer, school_brin, swv, startdatum, einddatum, status, aan_te_vullen, "
                + "verleend_op) values (?, '99ZZ00', 'SWV Test', date '2026-09-01', date '2027-08-31', 'GELDIG', true, "
                + "current_timestamp)", nummer);
        tlvs.startOvergenomen();
        tlvs.startOvergenomen();
        ProcessInstance proces = tlvProces();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("tlv").processInstanceBusinessKey(nummer)
                .count()).as("eenmaal gestart").isEqualTo(1);
        assertThat(proces).isWaitingAt("aanvullen");
        Task aanvullen = taak(proces, "aanvullen");
        assertThat(aanvullen).hasCandidateGroup("swv");
        assertThat(enige().aanTeVullen()).isTrue();
        assertThat(voltooi("swv", aanvullen, "{\"tlvSoort\": \"VSO\", \"startdatum\": \"2026-09-01\", "
                + "\"einddatum\": \"2027-07-31\"}", 400).body()).contains("categorie");
        voltooi("swv", aanvullen, "{\"tlvSoort\": \"VSO\", \"categorie\": \"LAAG\", \"startdatum\": \"2026-08-01\", "
                + "\"einddatum\": \"2028-07-31\"}", 204);
        assertThat(proces).hasPassed("aanvullen").isWaitingAt("herindicatieSignaal");
        // The signal counts from the end the SWV gave: 3 months before 31 July 2028 is Sunday 30 April; counting back
        // it moves to the werkdag before, Friday 28 April 2028 (earlier, never later than the 3 months).
        assertThat(timer(proces, "herindicatieSignaal").getDuedate()).isEqualTo(moment(2028, 4, 28, 0, 0));
        TlvView tlv = enige();
        assertThat(tlv.aanTeVullen()).isFalse();
        assertThat(tlv.soort()).isEqualTo(Tlv.Soort.VSO);
        assertThat(tlv.einddatum()).isEqualTo(LocalDate.of(2028, 7, 31));
    }

    @Test
    void eenDeur_deSchoolEnHetSwvZienDeTlv_deGemeenteEnEenAndereSchoolNiet() {
        ProcessInstance proces = verleend();
        assertThat(zc().get("/api/dossiers/" + nummer + "/tlvs").json()).hasSize(1);
        assertThat(http().als("mentor").get("/api/dossiers/" + nummer + "/tlvs").status()).isEqualTo(200);
        Http.Antwoord swv = http().als("swv").get("/api/dossiers/" + nummer + "/tlvs");
        assertThat(swv.status()).as(swv.body()).isEqualTo(200);
        assertThat(swv.json().get(0).get("categorie").asText()).isEqualTo("MIDDEN");
        assertThat(http().als("gemeente").get("/api/dossiers/" + nummer + "/tlvs").status()).isEqualTo(403);
        nl.eenplan.TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        assertThat(http().als("swvAmersfoort").get("/api/dossiers/" + nummer + "/tlvs").status()).isEqualTo(404);

        // A zorgcoördinator of another school: neither the TLV nor its task, at any door.
        http().als("demo").post("/api/scholen", """
                {"brin": "98TL00", "naam": "School elders (tlv)", "gemeente": "Utrecht",
                 "samenwerkingsverband": "SWV Test", "regio": "MIDDEN", "gemeentecode": "GM0344"}
                """);
        gebruikers.maakAlsNieuw("zctlvelders", "Els", "Elders", "demo", nl.eenplan.security.Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("zctlvelders", "98TL00");
        Http elders = http().als("zctlvelders");
        assertThat(elders.get("/api/dossiers/" + nummer + "/tlvs").status()).isEqualTo(404);
        assertThat(elders.post("/api/tlvs/" + enige().id() + "/terug-naar-regulier", "{\"op\": \"2027-02-01\"}")
                .status()).isEqualTo(404);
        signaal(proces);
        Task herindicatie = taak(proces, "herindicatie");
        Http.Antwoord viaEngine = elders.post("/engine-rest/task/" + herindicatie.getId() + "/complete",
                "{\"variables\": {\"keuze\": {\"value\": \"LATEN_VERLOPEN\", \"type\": \"String\"}}}");
        assertThat(viaEngine.status()).as(viaEngine.body()).isEqualTo(404);
        Http.Antwoord viaApi = elders.post("/api/taken/" + herindicatie.getId() + "/voltooien",
                "{\"keuze\": \"LATEN_VERLOPEN\"}");
        assertThat(viaApi.status()).as(viaApi.body()).isEqualTo(404);
        assertThat(proces).isWaitingAt("herindicatie");
        // Through the engine's own API the school's zorgcoördinator meets the same checks as through /api.
        Http.Antwoord zonderDatum = zc().post("/engine-rest/task/" + herindicatie.getId() + "/complete",
                "{\"variables\": {\"keuze\": {\"value\": \"TERUG_NAAR_REGULIER\", \"type\": \"String\"}}}");
        assertThat(zonderDatum.status()).as(zonderDatum.body()).isEqualTo(400);
        assertThat(zonderDatum.body()).contains("terugOp");
    }

    // ---- helpers

    /** The SWV grants the TLV of the request: so, midden, 1 December 2026 to 30 November 2027. */
    private ProcessInstance verleend() {
        voltooi("swv", taak(arrangement, "besluitOnderwijs"), TLV_SO, 204);
        return tlvProces();
    }

    /** The herindicatie signal, 3 months before the end. */
    private void signaal(ProcessInstance proces) {
        ClockUtil.setCurrentTime(moment(2027, 8, 31, 9, 0));
        managementService.executeJob(timer(proces, "herindicatieSignaal").getId());
        assertThat(proces).hasPassed("herindicatieMelden").isWaitingAt("herindicatie");
    }

    /** The herindicatie signal's timer when it is due at the engine's now (what the job executor would run). */
    private List<org.camunda.bpm.engine.runtime.Job> signaalKlaar(ProcessInstance proces) {
        return managementService.createJobQuery().processInstanceId(proces.getId()).activityId("herindicatieSignaal")
                .executable().list();
    }

    private ProcessInstance tlvProces() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("tlv").processInstanceBusinessKey(nummer)
                .singleResult();
    }

    private TlvView enige() {
        List<TlvView> alle = alle();
        assertThat(alle).hasSize(1);
        return alle.get(0);
    }

    /** The pupil's TLVs as the API shows them to the school's zorgcoördinator. */
    private List<TlvView> alle() {
        Http.Antwoord a = zc().get("/api/dossiers/" + nummer + "/tlvs");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        try {
            return List.of(json.treeToValue(a.json(), TlvView[].class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Task taak(ProcessInstance instantie, String taakId) {
        return taskService.createTaskQuery().processInstanceId(instantie.getId()).taskDefinitionKey(taakId)
                .singleResult();
    }

    private Http.Antwoord voltooi(String gebruiker, Task taak, String invoer, int status) {
        Http.Antwoord a = http().als(gebruiker).post("/api/taken/" + taak.getId() + "/voltooien", invoer);
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        return a;
    }

    private Http zc() {
        return http().als("zorgcoordinator");
    }
}
