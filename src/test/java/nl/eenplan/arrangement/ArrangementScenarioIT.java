package nl.eenplan.arrangement;

import static nl.eenplan.Tijd.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import nl.eenplan.Http;
import nl.eenplan.ScenarioTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.dossier.Doel;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.Intrekking;
import nl.eenplan.dossier.NieuweToestemming;
import nl.eenplan.dossier.Toestemming;
import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.termijn.EscalatieService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scenarios of process "arrangement" for a pupil whose written registration came in on Monday 2 November
 * 2026: an incomplete request, both decisions granted, no care part, no consent for it, a TLV without two opinions,
 * a refusal with and without objection, consent for jeugdhulp withdrawn while the gemeente decides, a late jeugdhulp
 * decision without a false "zorgplicht overschreden" (issue 23: the zorgplicht runs in toelating, not here), the
 * evaluations and the closure. Instances of the previous version, with the clock: ArrangementVorigeVersieIT.
 */
@ScenarioTest.Model("arrangement")
class ArrangementScenarioIT extends ScenarioTest {

    static final String MET_ZORG = """
            {"onderwijsdeel": "ARRANGEMENT", "onderwijs": "Kleine klas drie dagen per week.",
             "zorg": "Gezinsbegeleiding door het wijkteam.", "perspectief": "Regulier vo, havo.",
             "doelen": ["Sam werkt 20 minuten zelfstandig", "Sam gaat met plezier naar school"],
             "aanmeldingOntvangenOp": "2026-11-02"}""";
    static final String ZONDER_ZORG = """
            {"onderwijsdeel": "ARRANGEMENT", "onderwijs": "Kleine klas drie dagen per week.",
             "perspectief": "Regulier vo, havo.", "doelen": ["Sam werkt 20 minuten zelfstandig"],
             "aanmeldingOntvangenOp": "2026-11-02"}""";

    @Autowired
    Enqueteservice enquetes;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    nl.eenplan.audit.AuditLog audit;

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ArrangementService arrangementen;
    @Autowired
    DossierService dossiers;
    @Autowired
    ToestemmingService toestemmingen;
    @Autowired
    LeerplichtService leerplicht;
    @Autowired
    MeldingService meldingen;
    @Autowired
    EscalatieService escalaties;
    @Autowired
    nl.eenplan.dossier.SchoolService scholen;
    @Autowired
    nl.eenplan.organisatie.Organisaties organisaties;
    @Autowired
    nl.eenplan.security.GebruikerService gebruikers;

    String nummer;
    ProcessInstance arrangement;

    @BeforeEach
    void gegevenEenAanmeldingOpMaandag2November2026() {
        ClockUtil.setCurrentTime(moment(2026, 11, 3, 10, 0));
        nummer = zc().post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
        arrangement = runtimeService.startProcessInstanceByKey("arrangement", nummer, Map.of("dossierNummer", nummer,
                "schoolBrin", "99ZZ00", "onderwijssoort", "PO", "zorgcoordinator", "zorgcoordinator"));
        // The request goes to the SWV without consent: its statutory task (WPO art. 18a, WVO 2020 art. 2.47).
    }

    @Test
    void hetSwvWerktOpZijnWettelijkeTaak_WPO_art_18a_intrekkenVanOudeSwvToestemmingStoptNiets() {
        // A consent for the SWV recorded before issue 21 (the migration keeps it, form unknown).
        jdbc.update("insert into toestemming (dossier_id, gegeven_door, scope, gegeven_op, actief, gever_sleutel, vorm) "
                + "values (?, 'OUDERS', 'SWV', date '2026-10-01', true, 'OUDERS', 'ONBEKEND')",
                Long.valueOf(nummer.substring(nummer.indexOf('-') + 1)));
        Long oud = dossiers.haalOp(nummer).toestemmingen().stream().filter(t -> t.scope() == Toestemming.Scope.SWV)
                .findFirst().orElseThrow().id();
        aanvraag(ZONDER_ZORG);
        assertThat(arrangement).isWaitingAt("besluitOnderwijs");
        assertThat(zc().post("/api/dossiers/" + nummer + "/toestemmingen/" + oud + "/intrekken",
                "{\"vorm\": \"PAPIER\"}").status()).isEqualTo(204);
        // Nothing stops: the SWV still decides and sees the request (never its care part).
        assertThat(arrangement).isWaitingAt("besluitOnderwijs");
        Long id = arrangementen.vanDossier(nummer).get(0).id();
        assertThat(http().als("swv").get("/api/arrangementen/" + id).status()).isEqualTo(200);
        // The flow to the SWV is in the audit log with its basis.
        assertThat(audit.voorDossier(nummer)).anySatisfy(r -> {
            assertThat(r.getHandeling()).isEqualTo(nl.eenplan.audit.AuditRegel.Handeling.DELEN);
            assertThat(r.getGrondslag()).startsWith("SWV: wettelijke taak (WPO art. 18a");
        });
        // Giving consent for the SWV is refused: none is needed.
        Http.Antwoord geven = zc().post("/api/dossiers/" + nummer + "/toestemmingen",
                "{\"scope\": \"SWV\", \"gegevenDoor\": \"OUDERS\", \"vorm\": \"GESPREK\"}");
        assertThat(geven.status()).isEqualTo(400);
        assertThat(geven.body()).contains("geen toestemming nodig", "WPO art. 18a");
    }

    /**
     * Issue 23: SWVs ask for the groeidocument signed by the parents with a request. Without a signed version the
     * request is refused on its field; with one, the request attaches the latest signed version, which the SWV reads
     * through the request (its statutory task, Gegevensstroom.SWV) as the parents signed it, later versions or not.
     */
    @Test
    void eenAanvraagVoegtHetLaatsteDoorDeOudersOndertekendeGroeidocumentToe() {
        nl.eenplan.TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        Http.Antwoord zonder = voltooi("zorgcoordinator", taak("aanvraag"), ZONDER_ZORG);
        assertThat(zonder.status()).isEqualTo(400);
        assertThat(zonder.json().get("fouten").get(0).get("veld").asText()).isEqualTo("groeidocument");
        assertThat(zonder.json().get("fouten").get(0).get("melding").asText())
                .startsWith("Er is nog geen door de ouders ondertekend groeidocument");
        nl.eenplan.groeidocument.Groeidocumenten.opgeslagen(http().als("mentor"), nummer);
        assertThat(voltooi("zorgcoordinator", taak("aanvraag"), ZONDER_ZORG).status()).as("alleen ongetekend").isEqualTo(400);
        assertThat(arrangement).isWaitingAt("aanvraag");

        JsonNode getekend = nl.eenplan.groeidocument.Groeidocumenten.ondertekend(zc(), nummer);
        nl.eenplan.groeidocument.Groeidocumenten.opgeslagen(http().als("mentor"), nummer);
        assertThat(voltooi("zorgcoordinator", taak("aanvraag"), ZONDER_ZORG).status()).isEqualTo(204);
        assertThat(arrangement).isWaitingAt("besluitOnderwijs");

        Long id = arrangementen.vanDossier(nummer).get(0).id();
        Http.Antwoord voorSwv = http().als("swv").get("/api/arrangementen/" + id + "/groeidocument");
        assertThat(voorSwv.status()).as(voorSwv.body()).isEqualTo(200);
        assertThat(voorSwv.json().get("versie").asInt()).isEqualTo(getekend.get("versie").asInt()).isEqualTo(2);
        assertThat(voorSwv.json().get("ondertekend").asBoolean()).isTrue();
        assertThat(audit.voorDossier(nummer)).anySatisfy(r -> {
            assertThat(r.getWat()).contains("/api/arrangementen/" + id + "/groeidocument");
            assertThat(r.getGrondslag()).startsWith("SWV: wettelijke taak (WPO art. 18a");
        });
        assertThat(zc().get("/api/arrangementen/" + id + "/groeidocument").status()).isEqualTo(200);
        assertThat(http().als("gemeente").get("/api/arrangementen/" + id + "/groeidocument").status()).isEqualTo(403);
        assertThat(http().als("swvAmersfoort").get("/api/arrangementen/" + id + "/groeidocument").status()).isEqualTo(404);
        // Not in the process: only the arrangement in the dossier knows which version.
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(arrangement.getId()).list())
                .extracting(v -> v.getName()).noneMatch(n -> n.toLowerCase().contains("groeidocument"));
    }

    @Test
    void eenOnvolledigeAanvraagKomtTerugMetWatOntbreekt() {
        // Whichever screen completes it (here the engine's own API, as Tasklist does), an empty request is refused.
        assertThatThrownBy(() -> complete(taak("aanvraag"))).hasMessageContaining("onderwijsdeel: Kies het onderwijsdeel")
                .hasMessageContaining("perspectief: Vul het ontwikkelingsperspectief");
        assertThat(arrangement).hasNotPassed("aanvraagControleren").isWaitingAt("aanvraag");
        // Through the API an incomplete request is refused before anything happens.
        Http.Antwoord zonderOpp = voltooi("zorgcoordinator", taak("aanvraag"),
                "{\"onderwijsdeel\": \"ARRANGEMENT\", \"onderwijs\": \"Kleine klas\", \"doelen\": []}");
        assertThat(zonderOpp.status()).isEqualTo(400);
        assertThat(zonderOpp.json().get("fouten").toString()).contains("perspectief", "doelen", "aanmeldingOntvangenOp");
    }

    @Test
    void beideBesluitenToegekendDanStaatHetArrangementInHetPlan() {
        geefToestemming(Toestemming.Scope.JEUGDHULP);
        aanvraag(MET_ZORG);
        assertThat(arrangement).isWaitingAt("besluitOnderwijs", "besluitZorg");
        // No zorgplicht clock here (issue 23), no zorgplicht date on the arrangement: it runs in toelating.
        assertThat(runtimeService.getVariable(arrangement.getId(), "zorgplichtDeadline")).isNull();
        assertThat(arrangementen.vanDossier(nummer).get(0).zorgplichtTot()).isNull();
        assertThat(taak("besluitOnderwijs")).hasCandidateGroup("swv");
        // Issue 23: the care part is the home gemeente's, in its own process (JeugdhulpbesluitScenarioIT).
        assertThat(taak("besluitZorg")).isNull();
        assertThat(jeugdhulptaak()).hasCandidateGroup("gemeente");

        besluit("swv", "besluitOnderwijs", "TOEGEKEND");
        assertThat(arrangement).isWaitingAt("besluitZorg");
        besluit("gemeente", "besluitZorg", "TOEGEKEND");

        // Both granted: the arrangement enters the plan.
        assertThat(arrangement).hasPassed("plaatsGeboden", "inHetPlan").isWaitingAt("evaluatiemoment");
        ArrangementView a = arrangementen.vanDossier(nummer).get(0);
        assertThat(a.status()).isEqualTo(Arrangement.Status.LOPEND);
        assertThat(a.startdatum()).isEqualTo(java.time.LocalDate.of(2026, 11, 3));
        assertThat(dossiers.haalOp(nummer).doelen()).extracting(d -> d.omschrijving())
                .contains("Sam werkt 20 minuten zelfstandig", "Sam gaat met plezier naar school");
        assertThat(leerplicht.vanDossier(nummer)).isEmpty();
    }

    @Test
    void zonderZorgdeelBesluitAlleenHetSwv() {
        aanvraag(ZONDER_ZORG);
        assertThat(taak("besluitZorg")).isNull();
        besluit("swv", "besluitOnderwijs", "TOEGEKEND");
        assertThat(arrangement).hasNotPassed("besluitZorg").isWaitingAt("evaluatiemoment");
    }

    @Test
    void zonderToestemmingVoorJeugdhulpGaatHetZorgdeelNietNaarDeGemeente() {
        aanvraag(MET_ZORG);
        assertThat(taak("besluitZorg")).isNull();
        assertThat(meldingen.voor("zorgcoordinator", List.of(), false))
                .anySatisfy(m -> assertThat(m.onderwerp()).contains("Zorgdeel niet voorgelegd").contains(nummer));
        besluit("swv", "besluitOnderwijs", "TOEGEKEND");
        assertThat(arrangement).isWaitingAt("evaluatiemoment");
        // The gemeente never sees a care part without consent for jeugdhulp.
        Long id = arrangementen.vanDossier(nummer).get(0).id();
        assertThat(http().als("gemeente").get("/api/arrangementen/" + id).status()).isEqualTo(404);
    }

    @Test
    void toestemmingVoorJeugdhulpIngetrokkenTerwijlDeGemeenteBeslist() {
        geefToestemming(Toestemming.Scope.JEUGDHULP);
        aanvraag(MET_ZORG);
        Task besluitZorg = jeugdhulptaak();
        assertThat(besluitZorg).hasCandidateGroup("gemeente");
        Long id = arrangementen.vanDossier(nummer).get(0).id();

        trekToestemmingVoorJeugdhulpIn();

        // The gemeente's task is gone at once, and no door completes it any more.
        assertThat(jeugdhulptaak()).isNull();
        assertThat(arrangement).hasPassed("besluitZorgToestemmingIngetrokken", "zorgdeelVervalt")
                .isWaitingAt("besluitOnderwijs");
        Http gemeente = http().als("gemeente");
        Http.Antwoord viaEngine = gemeente.post("/engine-rest/task/" + besluitZorg.getId() + "/complete",
                "{\"variables\": {\"besluit\": {\"value\": \"TOEGEKEND\", \"type\": \"String\"}}}");
        assertThat(viaEngine.status()).as(viaEngine.body()).isEqualTo(404);
        Http.Antwoord viaApi = gemeente.post("/api/taken/" + besluitZorg.getId() + "/voltooien", "{\"besluit\": \"TOEGEKEND\"}");
        assertThat(viaApi.status()).as(viaApi.body()).isEqualTo(404);
        assertThat(gemeente.get("/api/arrangementen/" + id).status()).isEqualTo(404);
        assertThat(meldingen.voor("zorgcoordinator", List.of(), false))
                .anySatisfy(m -> assertThat(m.onderwerp()).contains("Besluit zorgdeel vervalt").contains(nummer));

        // The arrangement goes on as if there was no care part to decide: the SWV's grant is enough for a place.
        besluit("swv", "besluitOnderwijs", "TOEGEKEND");
        assertThat(arrangement).hasPassed("plaatsGeboden", "inHetPlan").isWaitingAt("evaluatiemoment");
        ArrangementView a = arrangementen.vanDossier(nummer).get(0);
        assertThat(a.status()).isEqualTo(Arrangement.Status.LOPEND);
        assertThat(a.zorgBesluit()).isNull();
        assertThat(a.zorgToelichting()).contains("toestemming voor jeugdhulp ingetrokken");
    }

    @Test
    void naHetBesluitOverHetOnderwijsdeelGeeftHetIntrekkenMeteenEenPlaats() {
        geefToestemming(Toestemming.Scope.JEUGDHULP);
        aanvraag(MET_ZORG);
        besluit("swv", "besluitOnderwijs", "TOEGEKEND");
        assertThat(arrangement).isWaitingAt("besluitZorg");

        trekToestemmingVoorJeugdhulpIn();

        assertThat(arrangement).hasPassed("zorgdeelVervalt", "plaatsGeboden").isWaitingAt("evaluatiemoment");
    }

    @Test
    void zonderToestemmingGaatEenBezwaarTegenHetZorgdeelNietNaarDeGemeente() {
        geefToestemming(Toestemming.Scope.JEUGDHULP);
        aanvraag(MET_ZORG);
        besluit("gemeente", "besluitZorg", "AFGEWEZEN");
        brief("gemeente", "besluitbriefZorg", "2026-11-03");
        // The objection window runs at the gemeente (process jeugdhulpbesluit); the arrangement waits for the outcome.
        assertThat(arrangement).isWaitingAt("besluitZorg", "besluitOnderwijs");

        trekToestemmingVoorJeugdhulpIn();

        Long id = arrangementen.vanDossier(nummer).get(0).id();
        Http.Antwoord bezwaar = zc().post("/api/arrangementen/" + id + "/bezwaar", bezwaar("ZORG", "2026-11-03"));
        assertThat(bezwaar.status()).isEqualTo(409);
        assertThat(bezwaar.json().get("detail").asText()).contains("toestemming voor jeugdhulp");
        assertThat(taak("besluitZorg")).isNull();
    }

    /**
     * Issue 23: withdrawal stops every care step, not only the first decision. While the gemeente handles the
     * objection, a withdrawal ends that task; no "gegrond" reopens the care decision without consent, through any door.
     */
    @Test
    void toestemmingIngetrokkenTijdensHetBezwaarDanHeropentGeenGegrondBezwaarHetZorgdeel() {
        geefToestemming(Toestemming.Scope.JEUGDHULP);
        aanvraag(MET_ZORG);
        besluit("gemeente", "besluitZorg", "AFGEWEZEN");
        brief("gemeente", "besluitbriefZorg", "2026-11-03");
        Long id = arrangementen.vanDossier(nummer).get(0).id();
        assertThat(zc().post("/api/arrangementen/" + id + "/bezwaar", bezwaar("ZORG", "2026-11-03")).status()).isEqualTo(204);
        Task bezwaarBehandelen = taak("bezwaarBehandelenZorg");

        trekToestemmingVoorJeugdhulpIn();

        assertThat(taak("bezwaarBehandelenZorg")).isNull();
        assertThat(arrangement).hasPassed("besluitZorgToestemmingIngetrokken", "zorgdeelVervalt")
                .isWaitingAt("besluitOnderwijs");
        Http gemeente = http().als("gemeente");
        Http.Antwoord viaApi = gemeente.post("/api/taken/" + bezwaarBehandelen.getId() + "/voltooien",
                "{\"uitkomst\": \"GEGROND\"}");
        assertThat(viaApi.status()).as(viaApi.body()).isEqualTo(404);
        Http.Antwoord viaEngine = gemeente.post("/engine-rest/task/" + bezwaarBehandelen.getId() + "/complete",
                "{\"variables\": {\"bezwaarZorgUitkomst\": {\"value\": \"GEGROND\", \"type\": \"String\"}}}");
        assertThat(viaEngine.status()).as(viaEngine.body()).isEqualTo(404);
        assertThat(taak("besluitZorg")).isNull();
        assertThat(meldingen.voor("zorgcoordinator", List.of(), false))
                .anySatisfy(m -> assertThat(m.onderwerp()).contains("Besluit zorgdeel vervalt").contains(nummer));

        besluit("swv", "besluitOnderwijs", "TOEGEKEND");
        assertThat(arrangement).hasPassed("plaatsGeboden", "inHetPlan").isWaitingAt("evaluatiemoment");
    }

    @Test
    void toestemmingIngetrokkenVoorDeBesluitbriefDanVervaltDieTaak() {
        geefToestemming(Toestemming.Scope.JEUGDHULP);
        aanvraag(MET_ZORG);
        besluit("gemeente", "besluitZorg", "AFGEWEZEN");
        Task brief = taak("besluitbriefZorg");

        trekToestemmingVoorJeugdhulpIn();

        assertThat(taak("besluitbriefZorg")).isNull();
        assertThat(arrangement).hasPassed("besluitZorgToestemmingIngetrokken", "zorgdeelVervalt")
                .isWaitingAt("besluitOnderwijs");
        assertThat(voltooi("gemeente", brief, briefInvoer("2026-11-03")).status()).isEqualTo(404);
    }

    /** The deskundigen of a TLV (tlv.Deskundigenregel; its boundaries in DeskundigenregelTest): refused per field. */
    @Test
    void eenTlvZonderTweeOnafhankelijkeAdviezenGaatNietVerder() {
        aanvraag(ZONDER_ZORG.replace("\"ARRANGEMENT\"", "\"TLV\""));
        assertThat(arrangement).isWaitingAt("adviezen");
        assertThat(taak("adviezen")).hasCandidateGroup("swv");

        Http.Antwoord zelfdeDeskundige = voltooi("swv", taak("adviezen"), ADVIEZEN.replace("Kinderpsychiater B", "orthopedagoog a"));
        assertThat(zelfdeDeskundige.status()).isEqualTo(400);
        assertThat(zelfdeDeskundige.json().get("fouten").toString()).contains("tweede.door", "iemand anders");
        Http.Antwoord geenOrthopedagoog = voltooi("swv", taak("adviezen"), ADVIEZEN.replace("ORTHOPEDAGOOG", "ARTS"));
        assertThat(geenOrthopedagoog.json().get("fouten").toString()).contains("eerste.discipline", "orthopedagoog of een psycholoog");
        Http.Antwoord zelfdeDiscipline = voltooi("swv", taak("adviezen"), ADVIEZEN.replace("KINDERPSYCHIATER", "ORTHOPEDAGOOG"));
        assertThat(zelfdeDiscipline.json().get("fouten").toString()).contains("tweede.discipline", "andere discipline");
        Http.Antwoord vanDeSchool = voltooi("swv", taak("adviezen"), ADVIEZEN.replace("\"brin\": \"12AB00\"", "\"brin\": \"99zz00\""));
        assertThat(vanDeSchool.status()).isEqualTo(400);
        assertThat(vanDeSchool.json().get("fouten").toString()).contains("eerste.brin", "niet onafhankelijk");
        Http.Antwoord zonderDiscipline = voltooi("swv", taak("adviezen"), ADVIEZEN.replace("\"discipline\": \"KINDERPSYCHIATER\",", ""));
        assertThat(zonderDiscipline.status()).isEqualTo(400);
        assertThat(zonderDiscipline.json().get("fouten").toString()).contains("tweede.discipline", "Kies de discipline");
        assertThatThrownBy(() -> complete(taak("adviezen"))).hasMessageContaining("Vul het eerste advies in.");
        assertThat(arrangement).isWaitingAt("adviezen");

        assertThat(voltooi("swv", taak("adviezen"), ADVIEZEN).status()).isEqualTo(204);
        assertThat(arrangement).hasPassed("adviezenControleren").isWaitingAt("besluitOnderwijs");
        assertThat(jdbc.queryForMap("select advies1_discipline, advies1_brin, advies2_discipline, advies2_organisatie, "
                + "advies2_datum from arrangement where proces_instantie_id = ?", arrangement.getId()))
                .containsValues("ORTHOPEDAGOOG", "12AB00", "KINDERPSYCHIATER", "Kinder- en jeugdpsychiatrie Utrecht");
    }

    /** Two advices that may carry a TLV: an orthopedagoog of another school, a kinderpsychiater. */
    static final String ADVIEZEN = """
            {"eerste": {"door": "Orthopedagoog A", "discipline": "ORTHOPEDAGOOG", "organisatie": "SBO De Brug",
                        "brin": "12AB00", "datum": "2026-11-02", "advies": "TLV nodig."},
             "tweede": {"door": "Kinderpsychiater B", "discipline": "KINDERPSYCHIATER",
                        "organisatie": "Kinder- en jeugdpsychiatrie Utrecht", "datum": "2026-11-03", "advies": "TLV nodig."}}""";

    /**
     * Issue 23: a refusal reaches the parents by letter; the day after it was sent their 6 weeks begin (Awb art. 6:7,
     * 6:8). The objection then has its own step: gegrond, and the SWV decides again.
     */
    @Test
    void afgewezenMetBezwaarDanOpnieuwBesloten() {
        aanvraag(ZONDER_ZORG);
        besluit("swv", "besluitOnderwijs", "AFGEWEZEN");
        assertThat(arrangement).hasPassed("oudersInformerenOnderwijs").isWaitingAt("besluitbriefOnderwijs");
        assertThat(taak("besluitbriefOnderwijs")).hasCandidateGroup("swv");
        assertThat(meldingen.voor("zorgcoordinator", List.of(), false))
                .anySatisfy(m -> assertThat(m.tekst()).contains("besluitbrief", "binnen 6 weken bezwaar"));
        Long id = arrangementen.vanDossier(nummer).get(0).id();
        // No letter yet: no objection term runs.
        assertThat(zc().post("/api/arrangementen/" + id + "/bezwaar", bezwaar("ONDERWIJS", "2026-11-03")).status())
                .isEqualTo(409);

        // Sent Wed 4 Nov 2026 (today, 4 Nov): the term runs up to and including Wed 16 Dec; "no objection" a postal week later.
        ClockUtil.setCurrentTime(moment(2026, 11, 4, 16, 0));
        brief("swv", "besluitbriefOnderwijs", "2026-11-04");
        assertThat(arrangement).isWaitingAt("bezwaarOnderwijsMogelijk");
        assertThat(timer(arrangement, "bezwaartermijnOnderwijsVerstreken").getDuedate())
                .isEqualTo(moment(2026, 12, 23, 23, 59, 59));
        assertThat(runtimeService.getVariable(arrangement.getId(), "bezwaartermijnOnderwijsTot"))
                .isEqualTo(moment(2026, 12, 16, 23, 59, 59));

        assertThat(zc().post("/api/arrangementen/" + id + "/bezwaar", bezwaar("ZORG", "2026-11-04")).status()).isEqualTo(409);
        // Received on the last day: in time.
        ClockUtil.setCurrentTime(moment(2026, 12, 17, 9, 0));
        assertThat(zc().post("/api/arrangementen/" + id + "/bezwaar", """
                {"deel": "ONDERWIJS", "ontvangenOp": "2026-12-16", "ingediendDoor": "OUDERS", "toelichting": "Ouders oneens."}""")
                .status()).isEqualTo(204);
        assertThat(arrangement).hasNotPassed("lbtAdvies").isWaitingAt("bezwaarBehandelenOnderwijs");
        assertThat(taak("bezwaarBehandelenOnderwijs")).hasCandidateGroup("swv");
        // Awb art. 7:10: 6 weeks from the day after the objection term: Wed 27 Jan 2027.
        assertThat(taak("bezwaarBehandelenOnderwijs").getDueDate()).isEqualTo(moment(2027, 1, 27, 23, 59, 59));
        voltooi("swv", taak("bezwaarBehandelenOnderwijs"), "{\"uitkomst\": \"GEGROND\"}");
        assertThat(arrangement).isWaitingAt("besluitOnderwijs");
        besluit("swv", "besluitOnderwijs", "TOEGEKEND");
        assertThat(arrangement).isWaitingAt("evaluatiemoment");
    }

    /** Awb art. 6:9: the day after the last day is too late; posted on the last day and received within a week is not. */
    @Test
    void eenBezwaarNaDeTermijnOfNietVanDeOudersWordtGeweigerd() {
        aanvraag(ZONDER_ZORG);
        besluit("swv", "besluitOnderwijs", "AFGEWEZEN");
        brief("swv", "besluitbriefOnderwijs", "2026-11-03");
        Long id = arrangementen.vanDossier(nummer).get(0).id();
        // The term: Wed 4 Nov up to and including Tue 15 Dec 2026.
        ClockUtil.setCurrentTime(moment(2026, 12, 18, 9, 0));
        Http.Antwoord teLaat = zc().post("/api/arrangementen/" + id + "/bezwaar", bezwaar("ONDERWIJS", "2026-12-16"));
        assertThat(teLaat.status()).isEqualTo(400);
        assertThat(teLaat.json().get("fouten").get(0).get("veld").asText()).isEqualTo("ontvangenOp");
        assertThat(teLaat.json().get("fouten").get(0).get("melding").asText()).contains("te laat", "2026-12-15");
        Http.Antwoord inDeToekomst = zc().post("/api/arrangementen/" + id + "/bezwaar", bezwaar("ONDERWIJS", "2026-12-19"));
        assertThat(inDeToekomst.status()).isEqualTo(400);
        Http.Antwoord vanDeSchool = zc().post("/api/arrangementen/" + id + "/bezwaar",
                "{\"deel\": \"ONDERWIJS\", \"ontvangenOp\": \"2026-12-10\", \"ingediendDoor\": \"SCHOOL\"}");
        assertThat(vanDeSchool.status()).isEqualTo(400);
        assertThat(vanDeSchool.json().get("fouten").get(0).get("veld").asText()).isEqualTo("ingediendDoor");
        Http.Antwoord zonderDatum = zc().post("/api/arrangementen/" + id + "/bezwaar", "{\"deel\": \"ONDERWIJS\", \"ingediendDoor\": \"OUDERS\"}");
        assertThat(zonderDatum.status()).isEqualTo(400);
        assertThat(zonderDatum.body()).contains("ontvangenOp");
        assertThat(arrangement).isWaitingAt("bezwaarOnderwijsMogelijk");
        // Posted on the last day, received on the 16th: in time (Awb art. 6:9 lid 2).
        assertThat(zc().post("/api/arrangementen/" + id + "/bezwaar", """
                {"deel": "ONDERWIJS", "ontvangenOp": "2026-12-16", "perPostVerzondenOp": "2026-12-15", "ingediendDoor": "OUDERS"}""")
                .status()).isEqualTo(204);
        assertThat(arrangement).isWaitingAt("bezwaarBehandelenOnderwijs");
    }

    /** The letter's date: not in the future, not before the decision; through the API and the engine's own door. */
    @Test
    void deBesluitbriefKanNietInDeToekomstOfVoorHetBesluit() {
        aanvraag(ZONDER_ZORG);
        besluit("swv", "besluitOnderwijs", "AFGEWEZEN");
        Task brief = taak("besluitbriefOnderwijs");
        Http.Antwoord toekomst = voltooi("swv", brief, briefInvoer("2026-11-04"));
        assertThat(toekomst.status()).isEqualTo(400);
        assertThat(toekomst.json().get("fouten").get(0).get("veld").asText()).isEqualTo("verzondenOp");
        assertThat(toekomst.json().get("fouten").get(0).get("melding").asText()).contains("toekomst");
        Http.Antwoord voorBesluit = voltooi("swv", brief, briefInvoer("2026-11-02"));
        assertThat(voorBesluit.status()).isEqualTo(400);
        assertThat(voorBesluit.json().get("fouten").get(0).get("melding").asText()).contains("vóór het besluit");
        Http.Antwoord viaEngine = http().als("swv").post("/engine-rest/task/" + brief.getId() + "/complete", """
                {"variables": {"verzondenOp": {"value": "2026-11-05", "type": "String"},
                 "verzondenDoor": {"value": "SWV", "type": "String"}, "wijze": {"value": "POST", "type": "String"}}}""");
        assertThat(viaEngine.status()).as(viaEngine.body()).isEqualTo(400);
        assertThat(voltooi("gemeente", brief, briefInvoer("2026-11-03")).status()).as("niet de gemeente").isEqualTo(404);
        assertThat(arrangement).isWaitingAt("besluitbriefOnderwijs");
        // Only ids and dates in the process: who sent it and how stay with the arrangement.
        brief("swv", "besluitbriefOnderwijs", "2026-11-03");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(arrangement.getId())
                .list()).extracting(v -> v.getName()).doesNotContain("verzondenDoor", "wijze");
    }

    @Test
    void deGemeenteWijstAfEnNaBezwaarKentZeToe() {
        geefToestemming(Toestemming.Scope.JEUGDHULP);
        aanvraag(MET_ZORG);
        besluit("gemeente", "besluitZorg", "AFGEWEZEN");
        // The home gemeente sends the letter (process jeugdhulpbesluit); the arrangement waits for the final outcome.
        assertThat(arrangement).isWaitingAt("besluitZorg", "besluitOnderwijs");
        assertThat(taak("besluitbriefZorg")).hasCandidateGroup("gemeente");
        brief("gemeente", "besluitbriefZorg", "2026-11-03");
        Long id = arrangementen.vanDossier(nummer).get(0).id();
        assertThat(zc().post("/api/arrangementen/" + id + "/bezwaar", bezwaar("ZORG", "2026-11-03")).status()).isEqualTo(204);
        assertThat(taak("bezwaarBehandelenZorg")).hasCandidateGroup("gemeente");
        voltooi("gemeente", taak("bezwaarBehandelenZorg"), "{\"uitkomst\": \"GEGROND\"}");
        // Each part's decision (Deelbesluit) stays on its own columns: the care part's, the education part's untouched.
        Map<String, Object> rij = jdbc.queryForMap("select zorg_besluit, zorg_besluit_op, zorg_brief_op, zorg_brief_door, "
                + "zorg_brief_wijze, zorg_bezwaartermijn_tot, zorg_bezwaar_ontvangen_op, zorg_bezwaar_uitkomst, "
                + "onderwijs_brief_op, onderwijs_bezwaar_ontvangen_op from arrangement where id = ?", id);
        assertThat(rij.get("zorg_besluit")).isEqualTo("AFGEWEZEN");
        assertThat(rij.get("zorg_besluit_op")).isNotNull();
        assertThat(rij.get("zorg_brief_op").toString()).isEqualTo("2026-11-03");
        assertThat(rij.get("zorg_brief_door")).isEqualTo("Secretariaat");
        assertThat(rij.get("zorg_brief_wijze")).isEqualTo("POST");
        assertThat(rij.get("zorg_bezwaartermijn_tot").toString()).isEqualTo("2026-12-15");
        assertThat(rij.get("zorg_bezwaar_ontvangen_op").toString()).isEqualTo("2026-11-03");
        assertThat(rij.get("zorg_bezwaar_uitkomst")).isEqualTo("GEGROND");
        assertThat(rij.get("onderwijs_brief_op")).isNull();
        assertThat(rij.get("onderwijs_bezwaar_ontvangen_op")).isNull();
        besluit("gemeente", "besluitZorg", "TOEGEKEND");
        besluit("swv", "besluitOnderwijs", "TOEGEKEND");
        assertThat(arrangement).hasPassed("zorgBesluitVastleggen", "plaatsGeboden").isWaitingAt("evaluatiemoment");
    }

    @Test
    void eenBezwaarDatNietSlaagtLaatDeAfwijzingStaan() {
        aanvraag(ZONDER_ZORG);
        besluit("swv", "besluitOnderwijs", "AFGEWEZEN");
        brief("swv", "besluitbriefOnderwijs", "2026-11-03");
        Long id = arrangementen.vanDossier(nummer).get(0).id();
        zc().post("/api/arrangementen/" + id + "/bezwaar", bezwaar("ONDERWIJS", "2026-11-03"));
        voltooi("swv", taak("bezwaarBehandelenOnderwijs"), "{\"uitkomst\": \"ONGEGROND\", \"toelichting\": \"Het besluit blijft.\"}");
        assertThat(arrangement).isEnded().hasPassed("geenPlaatsBinnen", "geenArrangement");
        ArrangementView a = arrangementen.vanDossier(nummer).get(0);
        assertThat(a.onderwijsBesluit()).isEqualTo(Besluit.AFGEWEZEN);
        assertThat(a.status()).isEqualTo(Arrangement.Status.GEEN_PLAATS);
    }

    @Test
    void deOudersTrekkenHunBezwaarTegenHetZorgdeelIn() {
        geefToestemming(Toestemming.Scope.JEUGDHULP);
        aanvraag(MET_ZORG);
        besluit("gemeente", "besluitZorg", "AFGEWEZEN");
        brief("gemeente", "besluitbriefZorg", "2026-11-03");
        Long id = arrangementen.vanDossier(nummer).get(0).id();
        zc().post("/api/arrangementen/" + id + "/bezwaar", bezwaar("ZORG", "2026-11-03"));
        voltooi("gemeente", taak("bezwaarBehandelenZorg"), "{\"uitkomst\": \"INGETROKKEN\"}");
        besluit("swv", "besluitOnderwijs", "TOEGEKEND");
        // The care part stays refused: no place through this arrangement.
        assertThat(arrangement).isEnded().hasPassed("geenPlaatsBinnen");
    }

    /**
     * Issue 23: an objection against a TLV decision first goes to the Landelijke Bezwaaradviescommissie (WPO art. 18a,
     * WVO 2020 art. 2.47); with it as advisory committee the SWV has 12 weeks (Awb art. 7:10, 7:13), and deviating from its
     * advice needs the reason (art. 7:13 lid 7).
     */
    @Test
    void eenBezwaarTegenEenTlvGaatEerstNaarDeLbt() {
        aanvraag(ZONDER_ZORG.replace("\"ARRANGEMENT\"", "\"TLV\""));
        voltooi("swv", taak("adviezen"), ADVIEZEN);
        besluit("swv", "besluitOnderwijs", "AFGEWEZEN");
        brief("swv", "besluitbriefOnderwijs", "2026-11-03");
        Long id = arrangementen.vanDossier(nummer).get(0).id();
        ClockUtil.setCurrentTime(moment(2026, 11, 20, 9, 0));
        assertThat(zc().post("/api/arrangementen/" + id + "/bezwaar", bezwaar("ONDERWIJS", "2026-11-19")).status()).isEqualTo(204);
        assertThat(arrangement).isWaitingAt("lbtAdvies");
        assertThat(taak("lbtAdvies")).hasCandidateGroup("swv");
        Http.Antwoord voorBezwaar = voltooi("swv", taak("lbtAdvies"), "{\"adviesOp\": \"2026-11-18\", \"advies\": \"GEGROND\"}");
        assertThat(voorBezwaar.status()).isEqualTo(400);
        assertThat(voltooi("swv", taak("lbtAdvies"), "{\"adviesOp\": \"2026-11-20\", \"advies\": \"GEGROND\"}").status())
                .isEqualTo(204);
        // Term Wed 4 Nov - Tue 15 Dec 2026; 12 weeks from the day after: Tue 9 Mar 2027.
        assertThat(taak("bezwaarBehandelenOnderwijs").getDueDate()).isEqualTo(moment(2027, 3, 9, 23, 59, 59));
        Http.Antwoord zonderReden = voltooi("swv", taak("bezwaarBehandelenOnderwijs"), "{\"uitkomst\": \"ONGEGROND\"}");
        assertThat(zonderReden.status()).isEqualTo(400);
        assertThat(zonderReden.json().get("fouten").get(0).get("melding").asText()).contains("Awb art. 7:13");
        assertThat(voltooi("swv", taak("bezwaarBehandelenOnderwijs"), "{\"uitkomst\": \"GEGROND\"}").status()).isEqualTo(204);
        assertThat(arrangement).hasPassed("lbtAdvies").isWaitingAt("besluitOnderwijs");
    }

    /**
     * Issue 23, acceptance: "an objection pausing escalation". While the objection runs nothing escalates against the
     * SWV (the decision is not open; the objection step counts from the end of the objection term, Awb art. 7:10); once
     * the objection is gegrond, the decision taken again has its own deadline, and past it the escalation comes.
     */
    @Test
    void eenBezwaarPauzeertDeEscalatieEnDaarnaLooptZeWeer() {
        aanvraag(ZONDER_ZORG);
        besluit("swv", "besluitOnderwijs", "AFGEWEZEN");
        brief("swv", "besluitbriefOnderwijs", "2026-11-03");
        Long id = arrangementen.vanDossier(nummer).get(0).id();
        assertThat(zc().post("/api/arrangementen/" + id + "/bezwaar", bezwaar("ONDERWIJS", "2026-11-03")).status()).isEqualTo(204);
        // Ten weeks on, far past the decision's 15 werkdagen: every job that is due runs, and none escalates.
        ClockUtil.setCurrentTime(moment(2027, 1, 12, 10, 0));
        for (var job : managementService.createJobQuery().processInstanceId(arrangement.getId()).duedateLowerThan(
                moment(2027, 1, 12, 10, 0)).list()) {
            managementService.executeJob(job.getId());
        }
        assertThat(escalaties.vanProcesInstantie(arrangement.getId())).isEmpty();
        assertThat(arrangement).isWaitingAt("bezwaarBehandelenOnderwijs");
        // The objection runs on its own Awb term (art. 7:10: 6 weeks after the objection term ended on 15 December),
        // not on the decision's 15 werkdagen.
        assertThat(taak("bezwaarBehandelenOnderwijs").getDueDate()).isAfter(moment(2027, 1, 12, 23, 0))
                .isBefore(moment(2027, 2, 1, 0, 0));
        voltooi("swv", taak("bezwaarBehandelenOnderwijs"), "{\"uitkomst\": \"GEGROND\"}");
        // Decided again: 15 werkdagen from today, then it escalates.
        Task opnieuw = taak("besluitOnderwijs");
        assertThat(opnieuw.getDueDate()).isAfter(moment(2027, 1, 12, 23, 0));
        managementService.executeJob(termijnVerstreken(arrangement, "besluitOnderwijs").getId());
        assertThat(escalaties.vanProcesInstantie(arrangement.getId())).singleElement()
                .satisfies(e -> assertThat(e.getReden()).isEqualTo("Besluit onderwijsdeel (SWV) niet binnen de termijn genomen"));
    }

    @Test
    void hetSwvWijstDefinitiefAfDanGeenPlaatsEnGeenEscalatie() {
        aanvraag(ZONDER_ZORG);
        besluit("swv", "besluitOnderwijs", "AFGEWEZEN");
        brief("swv", "besluitbriefOnderwijs", "2026-11-03");
        managementService.executeJob(timer(arrangement, "bezwaartermijnOnderwijsVerstreken").getId());
        assertThat(arrangement).isEnded().hasPassed("geenPlaatsBinnen", "geenPlaatsVastleggen", "geenArrangement");
        ArrangementView a = arrangementen.vanDossier(nummer).get(0);
        assertThat(a.onderwijsBesluit()).isEqualTo(Besluit.AFGEWEZEN);
        assertThat(a.status()).isEqualTo(Arrangement.Status.GEEN_PLAATS);
        // Whether the pupil has a place within the zorgplicht is toelating's question, not the SWV request's.
        assertThat(leerplicht.vanDossier(nummer)).isEmpty();
        assertThat(escalaties.vanProcesInstantie(arrangement.getId())).isEmpty();
    }

    /** Issue 23: "a late jeugdhulp decision then raises a false 'zorgplicht overschreden'": no longer. */
    @Test
    void eenLaatJeugdhulpbesluitGeeftGeenZorgplichtOverschreden() {
        geefToestemming(Toestemming.Scope.JEUGDHULP);
        aanvraag(MET_ZORG);
        besluit("swv", "besluitOnderwijs", "TOEGEKEND");
        // 11 weeks after the written registration, past 6 + 4 weeks: nothing has escalated, the gemeente still decides.
        ClockUtil.setCurrentTime(moment(2027, 1, 18, 10, 0));
        assertThat(managementService.createJobQuery().processInstanceId(arrangement.getId()).timers().count())
                .as("alleen de termijn van de gemeente loopt").isEqualTo(managementService.createJobQuery()
                        .processInstanceId(arrangement.getId()).activityId("besluitZorg").timers().count());
        besluit("gemeente", "besluitZorg", "TOEGEKEND");

        assertThat(arrangement).hasPassed("plaatsGeboden", "inHetPlan").isWaitingAt("evaluatiemoment");
        assertThat(leerplicht.vanDossier(nummer)).isEmpty();
        assertThat(meldingen.voor("swv", List.of("swv"), false)).filteredOn(m -> nummer.equals(m.dossierNummer()))
                .noneMatch(m -> m.onderwerp().contains("Zorgplicht overschreden"));
    }

    @Test
    void evaluatiesPerDoelEnAfsluitingOpentDeVragenlijstVoorHetGezin() {
        aanvraag(ZONDER_ZORG);
        besluit("swv", "besluitOnderwijs", "TOEGEKEND");
        // The OPP runs in its own process from the start (issue 23): OOGO, the OPP, the parents' instemming.
        assertThat(arrangement).hasPassed("oppStarten");
        ProcessInstance opp = oppProces();
        assertThat(opp).isWaitingAt("opstellen");
        voltooiOpp(opp, "opstellen", """
                {"oogoOp": "2026-11-03", "oogoMet": "Anna Jansen", "oogoNamensSchool": "Z. Coördinator",
                 "uitstroomprofiel": "HAVO", "onderbouwing": "Regulier vo, havo; na 1 jaar zonder arrangement.",
                 "doelen": ["Sam werkt 20 minuten zelfstandig"], "aanpak": "Kleine klas drie dagen per week."}""");
        voltooiOpp(opp, "instemmingVastleggen", """
                {"uitkomst": "INGESTEMD", "datum": "2026-11-03", "door": "OUDER", "ouder": "Anna Jansen",
                 "wijze": "SCHRIFTELIJK"}""");
        assertThat(opp).isWaitingAt("wachten");
        ArrangementView a = arrangementen.vanDossier(nummer).get(0);
        Long doel = a.doelen().get(0);

        managementService.executeJob(timer(arrangement, "evaluatiemoment").getId());
        assertThat(voltooi("zorgcoordinator", taak("evalueren"), "{\"doelen\": [], \"vervolg\": \"DOORGAAN\"}").status())
                .isEqualTo(400);
        voltooi("zorgcoordinator", taak("evalueren"), "{\"doelen\": [{\"doel\": " + doel + ", \"score\": \"DEELS\"}], \"vervolg\": \"DOORGAAN\"}");
        assertThat(arrangement).isWaitingAt("evaluatiemoment");
        managementService.executeJob(timer(arrangement, "evaluatiemoment").getId());
        voltooi("zorgcoordinator", taak("evalueren"), "{\"doelen\": [{\"doel\": " + doel + ", \"score\": \"DEELS\"}], \"vervolg\": \"BIJSTELLEN\"}");
        // Bijstellen no longer goes back to a task here: the OPP process makes a new version that asks instemming again.
        assertThat(arrangement).hasPassed("oppBijstellen").isWaitingAt("evaluatiemoment");
        assertThat(opp).hasPassed("bijstellenGevraagd").isWaitingAt("opstellen");
        assertThat(http().als("zorgcoordinator").get("/api/dossiers/" + nummer + "/opp").json().get("huidig")
                .get("aanleiding").asText()).isEqualTo("BIJSTELLING");
        managementService.executeJob(timer(arrangement, "evaluatiemoment").getId());
        voltooi("zorgcoordinator", taak("evalueren"), "{\"doelen\": [{\"doel\": " + doel + ", \"score\": \"BEHAALD\"}], \"vervolg\": \"BEEINDIGEN\"}");

        assertThatThrownBy(() -> complete(taak("afsluiten"))).hasMessageContaining("per doel de uitkomst");
        // The survey fields of before issue #24 (an older form, an API client) are accepted and ignored: the family
        // answers the survey itself now.
        voltooi("zorgcoordinator", taak("afsluiten"), """
                {"doelen": [{"doel": %d, "uitkomst": "BEHAALD"}], "tevredenheidOuders": 11, "tevredenheidLeerling": 8,
                 "ervarenBaatOuders": 8, "ervarenBaatLeerling": 7}""".formatted(doel));

        assertThat(arrangement).isEnded().hasPassed("afsluitingVastleggen", "arrangementAfgesloten");
        ArrangementView klaar = arrangementen.vanDossier(nummer).get(0);
        assertThat(klaar.status()).isEqualTo(Arrangement.Status.AFGESLOTEN);
        assertThat(klaar.tevredenheidOuders()).as("de school vult de vragenlijst niet meer in").isNull();
        // Closing opened the family's survey, for 6 weeks from the closing day.
        assertThat(enquetes.open(nummer, "gezin-1:OUDER")).singleElement().satisfies(e -> {
            assertThat(e.arrangementId()).isEqualTo(klaar.id());
            assertThat(e.openTot()).isEqualTo(klaar.afgeslotenOp().atZone(nl.eenplan.engine.Klok.NL).toLocalDate()
                    .plusWeeks(6));
            assertThat(e.antwoord()).isNull();
        });
        assertThat(klaar.scores()).extracting(ArrangementView.Score::score)
                .containsExactly(DoelScore.Score.DEELS, DoelScore.Score.DEELS, DoelScore.Score.BEHAALD);
        assertThat(dossiers.haalOp(nummer).doelen()).filteredOn(d -> d.id().equals(doel))
                .singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(Doel.Status.BEHAALD));
    }

    /**
     * Every task: a reminder before its deadline and an escalation with the model's reason after it (deadlines by
     * convention, from termijnen.dmn).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "aanvraag,         -,        Aanvraag arrangement niet binnen de termijn opgesteld",
            "adviezen,         tlv,      Deskundigenadviezen niet binnen de termijn vastgelegd",
            "besluitOnderwijs, -,        Besluit onderwijsdeel (SWV) niet binnen de termijn genomen",
            "besluitbriefOnderwijs, -,   Besluitbrief niet binnen de termijn aan de ouders verzonden: de bezwaartermijn begint niet",
            "lbtAdvies,        tlv,      Advies van de LBT niet binnen de termijn vastgelegd",
            "bezwaarBehandelenOnderwijs, -, Niet binnen de beslistermijn op het bezwaar beslist (Awb art. 7:10)",
            "evalueren,        -,        Arrangement niet binnen de termijn geëvalueerd",
            "afsluiten,        -,        Arrangement niet binnen de termijn afgesloten"})
    void elkeTaakHeeftHerinneringEnTermijn(String taakId, String soort, String reden) {
        naarTaak(taakId, soort);
        Task taak = taak(taakId);
        assertThat(herinnering(arrangement, taakId).getDuedate()).isEqualTo(taak.getFollowUpDate());
        managementService.executeJob(herinnering(arrangement, taakId).getId());
        assertThat(meldingen.overTaak(taak.getId())).isNotEmpty();
        assertThat(termijnVerstreken(arrangement, taakId).getDuedate()).isEqualTo(taak.getDueDate());
        managementService.executeJob(termijnVerstreken(arrangement, taakId).getId());
        assertThat(escalaties.vanProcesInstantie(arrangement.getId())).singleElement().satisfies(e -> {
            assertThat(e.getGroep()).isEqualTo("zorgcoordinator");
            assertThat(e.getReden()).isEqualTo(reden);
        });
        assertThat(arrangement).isWaitingAt(taakId);
    }

    private void naarTaak(String taakId, String soort) {
        if (taakId.equals("aanvraag")) {
            return;
        }
        if (soort.equals("zorg")) {
            geefToestemming(Toestemming.Scope.JEUGDHULP);
        }
        aanvraag(soort.equals("tlv") ? ZONDER_ZORG.replace("\"ARRANGEMENT\"", "\"TLV\"") : soort.equals("zorg") ? MET_ZORG : ZONDER_ZORG);
        if (taakId.startsWith("besluitbrief") || taakId.startsWith("bezwaarBehandelen") || taakId.equals("lbtAdvies")) {
            String deel = soort.equals("zorg") ? "Zorg" : "Onderwijs";
            if (soort.equals("tlv")) {
                voltooi("swv", taak("adviezen"), ADVIEZEN);
            }
            String wie = deel.equals("Zorg") ? "gemeente" : "swv";
            besluit(wie, "besluit" + deel, "AFGEWEZEN");
            if (!taakId.startsWith("besluitbrief")) {
                brief(wie, "besluitbrief" + deel, "2026-11-03");
                Long id = arrangementen.vanDossier(nummer).get(0).id();
                Http.Antwoord b = zc().post("/api/arrangementen/" + id + "/bezwaar", bezwaar(deel.toUpperCase(), "2026-11-03"));
                assertThat(b.status()).as(b.body()).isEqualTo(204);
            }
        }
        if (List.of("evalueren", "afsluiten").contains(taakId)) {
            besluit("swv", "besluitOnderwijs", "TOEGEKEND");
            managementService.executeJob(timer(arrangement, "evaluatiemoment").getId());
            if (taakId.equals("afsluiten")) {
                Long doel = arrangementen.vanDossier(nummer).get(0).doelen().get(0);
                voltooi("zorgcoordinator", taak("evalueren"),
                        "{\"doelen\": [{\"doel\": " + doel + ", \"score\": \"BEHAALD\"}], \"vervolg\": \"BEEINDIGEN\"}");
            }
        }
        assertThat(arrangement).isWaitingAt(taakId);
    }

    private void aanvraag(String json) {
        if (arrangementen.vanDossier(nummer).isEmpty()) {
            nl.eenplan.groeidocument.Groeidocumenten.ondertekend(zc(), nummer);
        }
        Http.Antwoord a = voltooi("zorgcoordinator", taak("aanvraag"), json);
        assertThat(a.status()).as(a.body()).isEqualTo(204);
    }

    /** Task besluitbrief: the letter went to the parents on that day. */
    private void brief(String gebruiker, String taakId, String verzondenOp) {
        Http.Antwoord a = voltooi(gebruiker, taak(taakId), briefInvoer(verzondenOp));
        assertThat(a.status()).as(a.body()).isEqualTo(204);
    }

    private static String briefInvoer(String verzondenOp) {
        return "{\"verzondenOp\": \"" + verzondenOp + "\", \"verzondenDoor\": \"Secretariaat\", \"wijze\": \"POST\"}";
    }

    /** The parents' objection as the school registers it, received that day. */
    private static String bezwaar(String deel, String ontvangenOp) {
        return "{\"deel\": \"" + deel + "\", \"ontvangenOp\": \"" + ontvangenOp + "\", \"ingediendDoor\": \"OUDERS\"}";
    }

    private void besluit(String gebruiker, String taakId, String besluit) {
        // The care part: the home gemeente's task in process jeugdhulpbesluit; the arrangement waits at besluitZorg.
        Task taak = taakId.equals("besluitZorg") ? jeugdhulptaak() : taak(taakId);
        Http.Antwoord a = voltooi(gebruiker, taak, "{\"besluit\": \"" + besluit + "\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(204);
    }

    private void geefToestemming(Toestemming.Scope scope) {
        toestemmingen.geef(nummer, new NieuweToestemming(scope, Toestemming.GegevenDoor.OUDERS, null, Toestemming.Vorm.GESPREK, null, null), "zorgcoordinator");
        toestemmingen.geef(nummer, new NieuweToestemming(scope, Toestemming.GegevenDoor.LEERLING, null, Toestemming.Vorm.GESPREK, null, null), "zorgcoordinator");
    }

    /** The parents withdraw their consent for jeugdhulp, through the API as the school records it. */
    private void trekToestemmingVoorJeugdhulpIn() {
        String pad = "/api/dossiers/" + nummer + "/toestemmingen";
        for (var t : zc().get(pad).json().get("toestemmingen")) {
            if (t.get("scope").asText().equals("JEUGDHULP") && t.get("gegevenDoor").asText().equals("OUDERS")) {
                assertThat(zc().post(pad + "/" + t.get("id").asText() + "/intrekken", "{\"vorm\": \"GESPREK\"}").status()).isEqualTo(204);
            }
        }
        assertThat(toestemmingen.inWerking(nummer, Toestemming.Scope.JEUGDHULP)).isFalse();
    }

    private ProcessInstance oppProces() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("opp").processInstanceBusinessKey(nummer)
                .singleResult();
    }

    private void voltooiOpp(ProcessInstance opp, String taakId, String invoer) {
        Task t = taskService.createTaskQuery().processInstanceId(opp.getId()).taskDefinitionKey(taakId).singleResult();
        Http.Antwoord a = voltooi("zorgcoordinator", t, invoer);
        assertThat(a.status()).as(a.body()).isEqualTo(204);
    }

    private Task taak(String taakId) {
        // Issue 23: the care part's letter and objection are the home gemeente's steps in process jeugdhulpbesluit.
        if (taakId.equals("besluitbriefZorg") || taakId.equals("bezwaarBehandelenZorg")) {
            return taskService.createTaskQuery().processDefinitionKey("jeugdhulpbesluit")
                    .processInstanceBusinessKey(nummer).taskDefinitionKey(taakId.replace("Zorg", "Jeugdhulp"))
                    .singleResult();
        }
        return taskService.createTaskQuery().processInstanceId(arrangement.getId()).taskDefinitionKey(taakId).singleResult();
    }

    /** Task "Besluit jeugdhulp (woongemeente)" of this pupil, after its process started (asynchronously). */
    private Task jeugdhulptaak() {
        return JeugdhulpbesluitScenarioIT.taak(engine, nummer);
    }

    private Http.Antwoord voltooi(String gebruiker, Task taak, String invoer) {
        return http().als(gebruiker).post("/api/taken/" + taak.getId() + "/voltooien", invoer);
    }

    private Http zc() {
        return http().als("zorgcoordinator");
    }
}
