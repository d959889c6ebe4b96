package nl.eenplan.overstap;

import static nl.eenplan.Tijd.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import nl.eenplan.Sessie;
import nl.eenplan.gezin.Gezinstest;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.eenplan.Http;
import nl.eenplan.ScenarioTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.leerplicht.Reden;
import nl.eenplan.melding.Melding;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.melding.MeldingView;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import nl.eenplan.termijn.Escalatie;
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
 * Scenarios of process "overstap" in school year 2026-2027 (dates in 2027): po→vo with support, the
 * parents' remarks, a warm handover, placement and a running arrangement carried over, enrolled on
 * 1 October; vo→mbo without support; not placed; not enrolled; the overstapdossier checked against its
 * schema with and without consent; every task's timers.
 */
@ScenarioTest.Model("overstap")
class OverstapScenarioIT extends ScenarioTest {

    static final JsonSchema SCHEMA = schema();

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    OverstapService overstappen;
    @Autowired
    ToestemmingService toestemmingen;
    @Autowired
    LeerplichtService leerplicht;
    @Autowired
    MeldingService meldingen;
    @Autowired
    EscalatieService escalaties;
    @Autowired
    nl.eenplan.audit.AuditLog audit;
    @Autowired
    nl.eenplan.dossier.SchoolService scholen;
    @Autowired
    Overstapkalender kalender;

    static final String ZC = "zcVlinder";

    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    static final String HTML = "text/html,application/xhtml+xml";

    String nummer;
    ProcessInstance overstap;
    Long id;

    @BeforeEach
    void gegevenEenLeerlingInGroep8() {
        // A zorgcoördinator of the sending school only: the receiving school is another tenant.
        gebruikers.maakAlsNieuw(ZC, "Zorgcoördinator", "De Vlinder", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool(ZC, "99ZZ00");
        ClockUtil.setCurrentTime(moment(2026, 11, 3, 10, 0));
        nummer = zc().post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
    }

    @Test
    void poNaarVoMetOndersteuningEnEenLopendArrangementDatDoorloopt() throws Exception {
        lopendArrangement();
        start("PO_VO");
        Task voorlopig = taak("voorlopigAdvies");
        // Deadlines by convention: 0 dagen from the date of overstapkalender.dmn. 31 January 2027 is a Sunday, so the
        // deadline moves to the next werkdag (Algemene termijnenwet, as every deadline of termijnen.dmn); the reminder
        // stays 08:00 ten werkdagen before the calendar date, as overstapkalender.dmn counted it.
        assertThat(voorlopig.getDueDate()).isEqualTo(moment(2027, 2, 1, 23, 59, 59));
        assertThat(voorlopig.getFollowUpDate()).isEqualTo(moment(2027, 1, 18, 8, 0))
                .isEqualTo(zoalsVoorheen("herinnering", "voorlopigAdvies"));
        assertThat(zoalsVoorheen("deadline", "voorlopigAdvies")).isEqualTo(moment(2027, 1, 31, 23, 59, 59));
        assertThat(herinnering(overstap, "voorlopigAdvies").getDuedate()).isEqualTo(voorlopig.getFollowUpDate());
        assertThat(termijnVerstreken(overstap, "voorlopigAdvies").getDuedate()).isEqualTo(voorlopig.getDueDate());
        voltooi("voorlopigAdvies", "{\"advies\": \"havo\"}");
        assertThat(taak("definitiefAdvies").getDueDate()).isEqualTo(moment(2027, 3, 24, 23, 59, 59));
        voltooi("definitiefAdvies", "{\"advies\": \"havo/vwo\"}");
        assertThat(taak("overstapdossier").getDueDate()).isEqualTo(moment(2027, 3, 31, 23, 59, 59));
        // Holidays respected: five werkdagen before Wednesday 31 March 2027 skip Easter Monday (29 March).
        assertThat(taak("overstapdossier").getFollowUpDate()).isEqualTo(moment(2027, 3, 23, 8, 0))
                .isEqualTo(zoalsVoorheen("herinnering", "aanmelden"));
        assertThat(zc().post("/api/taken/" + taak("overstapdossier").getId() + "/voltooien",
                "{\"ontvangendeSchool\": \"00XX00\", \"aanwezigheid\": \"97%\"}").status()).isEqualTo(400);
        voltooi("overstapdossier", """
                {"ontvangendeSchool": "99YY00", "ondersteuning": "Extra instructie rekenen; kleine klas.",
                 "aanwezigheid": "97%, geen ongeoorloofd verzuim"}""");
        // The parents see it two days after the registration week: late.
        ClockUtil.setCurrentTime(moment(2027, 4, 2, 10, 0));
        voltooi("oudersLatenZien", "{\"gezien\": true, \"opmerkingen\": \"Graag aandacht voor de overgang na de zomer.\"}");

        assertThat(overstap).isWaitingAt("warmeOverdracht");
        // Thursday 1 July 2027: the same due date and reminder as overstapkalender.dmn gave (10 werkdagen before).
        Task warm = taak("warmeOverdracht");
        assertThat(warm.getDueDate()).isEqualTo(moment(2027, 7, 1, 23, 59, 59))
                .isEqualTo(zoalsVoorheen("deadline", "overdracht"));
        assertThat(warm.getFollowUpDate()).isEqualTo(moment(2027, 6, 17, 8, 0))
                .isEqualTo(zoalsVoorheen("herinnering", "overdracht"));
        ClockUtil.setCurrentTime(moment(2027, 6, 10, 14, 0));
        voltooi("warmeOverdracht", "{\"verslag\": \"Met de zorgcoördinator van Het Baken en moeder besproken.\"}");
        // For the monitor: a warm handover was due, and held before the new school year.
        assertThat(jdbc.queryForObject("select warme_overdracht_nodig from overstap where id = ?", Boolean.class, id)).isTrue();
        assertThat(jdbc.queryForObject("select overgedragen_op from overstap where id = ?", java.sql.Timestamp.class, id))
                .isEqualTo(new java.sql.Timestamp(moment(2027, 6, 10, 14, 0).getTime()));
        assertThat(taak("plaatsing").getDueDate()).isEqualTo(moment(2027, 7, 15, 23, 59, 59));
        voltooi("plaatsing", "{\"geplaatst\": true}");

        // The arrangement continues at the receiving school: a handover to another capability, a job of its own
        // after the placement was committed (a failure there is retried, it does not undo the placement).
        assertThat(overstap).isWaitingAt("arrangementVoortzetten");
        voerUit("arrangementVoortzetten");
        assertThat(overstap).hasPassed("arrangementVoortzetten").isWaitingAt("eenOktober");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("arrangement")
                .processInstanceBusinessKey(nummer).list()).anySatisfy(p ->
                assertThat(runtimeService.getVariable(p.getId(), "schoolBrin")).isEqualTo("99YY00"));
        assertThat(timer(overstap, "eenOktober").getDuedate()).isEqualTo(moment(2027, 10, 1, 8, 0));
        managementService.executeJob(timer(overstap, "eenOktober").getId());
        voltooi("controle", "{\"ingeschreven\": true, \"aanwezig\": true}");
        assertThat(overstap).isEnded().hasPassed("overstapGeslaagd");
        assertThat(leerplicht.vanDossier(nummer)).isEmpty();

        // The monitor's summary of deadlines: every step with one, in time or not (only the parents' was late).
        assertThat(jdbc.query("select stap, case when afgerond_op <= termijn then 'op tijd' else 'te laat' end from stap_termijn"
                + " where dossier_nummer = ? and proces = 'overstap' order by id", (rs, i) -> rs.getString(1) + ": "
                + rs.getString(2), nummer)).containsExactly("voorlopigAdvies: op tijd", "definitiefAdvies: op tijd",
                "overstapdossier: op tijd", "oudersLatenZien: te laat", "warmeOverdracht: op tijd", "plaatsing: op tijd",
                "controle: op tijd");

        // The overstapdossier (onderwijskundig rapport): a statutory duty (WPO art. 42), the support and the
        // arrangement go along without consent.
        JsonNode okr = zc().get("/api/overstappen/" + id + "/okr").json();
        assertThat(SCHEMA.validate(okr)).isEmpty();
        assertThat(okr.at("/schooladvies/definitief").asText()).isEqualTo("havo/vwo");
        assertThat(okr.at("/ouders/opmerkingen").asText()).contains("overgang");
        assertThat(okr.at("/ondersteuning/beschrijving").asText()).contains("Extra instructie");
        assertThat(okr.at("/ondersteuning/arrangement/doelen/0").asText()).isEqualTo("Sam werkt zelfstandig");
        assertThat(okr.at("/ontvangendeSchool/brin").asText()).isEqualTo("99YY00");
        assertThat(okr.get("grondslag").asText()).contains("wettelijke plicht", "WPO art. 42");
    }

    /**
     * Issue #24: the parent with gezag sees the overstapdossier on the family's page while the school's step waits, and
     * says "gezien" with a view. That ends the school's step as "shown to the parents" does (boundary message
     * zienswijzeOntvangen, the gateway's facts set on the way), and the view goes with the onderwijskundig rapport to
     * the receiving school (schema 1.2). A view too long is refused at its field; another family finds nothing; once
     * the step ended, nothing more is taken.
     */
    @Test
    void zienswijzeOnline_deOuderZietHetOverstapdossierEnZijnZienswijzeGaatMee_WPO_art_42() {
        start("PO_VO");
        voltooi("voorlopigAdvies", "{\"advies\": \"havo\"}");
        voltooi("definitiefAdvies", "{\"advies\": \"havo/vwo\"}");
        voltooi("overstapdossier", """
                {"ontvangendeSchool": "99YY00", "ondersteuning": "Extra instructie rekenen; kleine klas.",
                 "aanwezigheid": "97%, geen ongeoorloofd verzuim"}""");
        assertThat(overstap).isWaitingAt("oudersLatenZien");
        Long anna = zc().get("/api/dossiers/" + nummer).json().at("/leerling/ouders/0/id").asLong();
        Gezinstest.Koppeling koppeling = Gezinstest.koppel(context, "ouder", nummer, anna, clock.instant());
        try {
            Sessie ouder = new Sessie(port);
            assertThat(ouder.meldAan("ouder", "demo").headers().firstValue("Location").orElseThrow()).endsWith("/gezin");
            String pad = "/gezin/kind/" + koppeling.publiekId() + "/overstap/" + id + "/zienswijze";
            assertThat(ouder.get("/gezin/kind/" + koppeling.publiekId() + "/overstap", "Accept", HTML).body())
                    .contains(pad, "Bekijk het overstapdossier en laat weten wat u ervan vindt");
            Http.Antwoord formulier = ouder.get(pad, "Accept", HTML);
            assertThat(formulier.status()).isEqualTo(200);
            assertThat(formulier.body()).contains("Extra instructie rekenen; kleine klas.", "havo/vwo", "97%");
            String token = Sessie.csrfVeld(formulier);

            Http.Antwoord teLang = ouder.postFormulier(pad, "_csrf=" + token + "&zienswijze=" + "x".repeat(2001));
            assertThat(teLang.status()).isEqualTo(400);
            assertThat(teLang.body()).contains("Uw tekst is te lang", "x".repeat(2001));
            assertThat(overstap).isWaitingAt("oudersLatenZien");

            // A parent of another child (account ouder2, bound to Noor only): not found, and the step still waits.
            String noor = zc().post("/api/dossiers", Testdossiers.nieuw().replace("Sam", "Noor")).json().get("nummer")
                    .asText();
            Long ouderVanNoor = zc().get("/api/dossiers/" + noor).json().at("/leerling/ouders/0/id").asLong();
            Gezinstest.Koppeling vanNoor = Gezinstest.koppel(context, "ouder2", noor, ouderVanNoor, clock.instant());
            try {
                Sessie ander = new Sessie(port);
                assertThat(ander.meldAan("ouder2", "demo").headers().firstValue("Location").orElseThrow())
                        .endsWith("/gezin");
                assertThat(ander.get(pad, "Accept", HTML).status()).isEqualTo(404);
                assertThat(ander.postFormulier(pad, "_csrf=" + ander.csrfToken() + "&zienswijze=ja").status())
                        .isEqualTo(404);
                // Noor's own binding with Sam's transfer id: not Noor's transfer, not found.
                assertThat(ander.get("/gezin/kind/" + vanNoor.publiekId() + "/overstap/" + id + "/zienswijze", "Accept",
                        HTML).status()).isEqualTo(404);
            } finally {
                Gezinstest.beeindig(context, vanNoor, clock.instant());
            }
            assertThat(overstap).isWaitingAt("oudersLatenZien");

            String zienswijze = "Sam raakt snel overprikkeld; graag een vaste mentor en een rustige plek.";
            Http.Antwoord gezien = ouder.postFormulier(pad, "_csrf=" + token + "&zienswijze="
                    + java.net.URLEncoder.encode(zienswijze, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(gezien.status()).as(gezien.body()).isEqualTo(302);
            // The school's step ended as after "shown to the parents"; with support: the warm handover.
            assertThat(overstap).hasPassed("zienswijzeOntvangen", "oudersHebbenGezien", "metOndersteuning")
                    .isWaitingAt("warmeOverdracht");
            assertThat(taak("oudersLatenZien")).isNull();

            JsonNode okr = zc().get("/api/overstappen/" + id + "/okr").json();
            assertThat(SCHEMA.validate(okr)).isEmpty();
            assertThat(okr.get("versie").asText()).isEqualTo("1.2");
            assertThat(okr.at("/ouders/zienswijze").asText()).isEqualTo(zienswijze);
            assertThat(okr.at("/ouders/zienswijzeVan").asText()).isEqualTo("OUDER");
            assertThat(okr.at("/ouders/gezienOp").isMissingNode()).isFalse();
            assertThat(jdbc.queryForObject("select zienswijze_door from overstap where id = ?", String.class, id))
                    .startsWith("gezin-");

            // The step has ended: nothing more is taken.
            Http.Antwoord nogEens = ouder.postFormulier(pad, "_csrf=" + token + "&zienswijze=nog%20iets");
            assertThat(nogEens.status()).isEqualTo(400);
            assertThat(nogEens.body()).contains("De school wacht niet meer op uw reactie.");
            assertThat(okr.at("/ouders/zienswijze").asText()).isEqualTo(zienswijze);
        } finally {
            Gezinstest.beeindig(context, koppeling, clock.instant());
        }
    }

    @Test
    void hetOnderwijskundigRapportIsEenWettelijkePlicht_WPO_art_42_deOndersteuningGaatMeeZonderToestemming() {
        start("VO_MBO");
        voltooi("overstapdossier", """
                {"ontvangendeSchool": "99YY00", "ondersteuning": "Faalangstreductietraining.", "aanwezigheid": "90%"}""");
        JsonNode okr = zc().get("/api/overstappen/" + id + "/okr").json();
        assertThat(SCHEMA.validate(okr)).isEmpty();
        assertThat(okr.at("/ondersteuning/beschrijving").asText()).contains("Faalangst");
        assertThat(okr.get("grondslag").asText()).contains("WPO art. 42", "Besluit uitwisseling");
        // The request's audit entry names the basis: "on what basis did you share this?" has an answer.
        assertThat(audit.voorDossier(nummer)).anySatisfy(r -> {
            assertThat(r.getWat()).contains("/okr");
            assertThat(r.getGrondslag()).startsWith("ONTVANGENDE_SCHOOL: wettelijke plicht");
        });
    }

    /**
     * The overstapdossier as a file from the pupil's page in EenPlan: the same document, the same checks as the API (a
     * school of another gemeente gets 404, another pupil's number finds nothing) and the same audit.
     */
    @Test
    void hetOverstapdossierOpDePaginaVanDeLeerling() {
        start("VO_MBO");
        voltooi("overstapdossier", """
                {"ontvangendeSchool": "99YY00", "aanwezigheid": "90%"}""");
        String pagina = "/leerlingen/" + nummer + "/overstappen/" + id + "/okr";

        Http.Antwoord bestand = zc().get(pagina);
        assertThat(bestand.status()).as(bestand.body()).isEqualTo(200);
        assertThat(bestand.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment", "overstapdossier-" + id + ".json");
        assertThat(SCHEMA.validate(bestand.json())).isEmpty();
        assertThat(bestand.json().at("/ontvangendeSchool/brin").asText()).isEqualTo("99YY00");
        assertThat(audit.voorDossier(nummer)).last().satisfies(r -> assertThat(r.getWat()).isEqualTo("GET " + pagina));

        String ander = zc().post("/api/dossiers", Testdossiers.nieuw().replace("Sam", "Mees")).json().get("nummer").asText();
        assertThat(zc().get("/leerlingen/" + ander + "/overstappen/" + id + "/okr").status()).isEqualTo(404);
        nl.eenplan.TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        int voor = audit.voorDossier(nummer).size();
        assertThat(http().als("zorgcoordinatorAmersfoort").get(pagina).status()).isEqualTo(404);
        assertThat(audit.voorDossier(nummer)).hasSize(voor + 1).last().satisfies(r -> {
            assertThat(r.getGebruiker()).isEqualTo("zorgcoordinatorAmersfoort");
            assertThat(r.getStatus()).isEqualTo(404);
        });
    }

    @Test
    void voNaarMboZonderOndersteuningNietGeplaatstGaatNaarLeerplicht() {
        start("VO_MBO");
        assertThat(taak("overstapdossier").getDueDate()).isEqualTo(moment(2027, 4, 1, 23, 59, 59));
        voltooi("overstapdossier", "{\"ontvangendeSchool\": \"99YY00\", \"aanwezigheid\": \"88%\"}");
        voltooi("oudersLatenZien", "{\"gezien\": true}");
        assertThat(overstap).hasNotPassed("voorlopigAdvies", "warmeOverdracht").isWaitingAt("plaatsing");
        voltooi("plaatsing", "{\"geplaatst\": false}");
        // Leerplicht hears it in a job of its own, after the placement was committed.
        assertThat(overstap).isWaitingAt("leerplichtInlichten");
        assertThat(leerplicht.vanDossier(nummer)).isEmpty();
        voerUit("leerplichtInlichten");

        assertThat(overstap).isEnded().hasPassed("leerplichtInlichten", "naarLeerplicht");
        assertThat(leerplicht.vanDossier(nummer)).singleElement().satisfies(e -> {
            assertThat(e.reden()).isEqualTo(Reden.GEEN_INSCHRIJVING_NA_OVERSTAP);
            assertThat(e.feiten()).contains("vo→mbo", "niet geplaatst").doesNotContain("RMC");
            // 12 years old on the day of the check: leerplichtig, so leerplicht's (Leerplichtwet 1969 art. 2 and 3).
            assertThat(e.routering().behandelaar()).isEqualTo("leerplicht");
        });
        // Not placed is not the 1 October check: the escalation only, no thuiszitterstafel.
        assertThat(zc().get("/api/dossiers/" + nummer + "/thuiszitterstafel").json()).isEmpty();
    }

    @Test
    void webArt8_3_1_eenAchttienjarigeZonderStartkwalificatieGaatNaarRmcEnNietNaarLeerplicht() {
        nummer = zc().post("/api/dossiers", Testdossiers.nieuw().replace("2014-03-02", "2008-06-01")
                .replace("\"PO\"", "\"VO\"")).json().get("nummer").asText();
        nietGeplaatstNaVoMbo();
        assertThat(leerplicht.vanDossier(nummer)).singleElement().satisfies(e -> {
            assertThat(e.reden()).isEqualTo(Reden.GEEN_INSCHRIJVING_NA_OVERSTAP);
            assertThat(e.routering().behandelaar()).isEqualTo("rmc");
        });
        long id = leerplicht.vanDossier(nummer).get(0).id();
        assertThat(http().als("rmc").get("/api/escalaties/" + id).status()).isEqualTo(200);
        assertThat(http().als("leerplicht").get("/api/escalaties/" + id).status()).isEqualTo(404);
        assertThat(http().als("leerplichtteamleider").get("/api/escalaties/" + id).status()).isEqualTo(200);
        assertThat(leerplicht.vanDossier(nummer).get(0).routering().gemeentecode()).isEqualTo("GM0344");
        overdrachtenNaarLeerplicht();
        assertThat(http().als("leerplicht").get("/engine-rest/task?processDefinitionKey=leerplichtEscalatie"
                + "&processInstanceBusinessKey=" + nummer).json()).isEmpty();
        assertThat(http().als("rmc").get("/engine-rest/task?processDefinitionKey=leerplichtEscalatie"
                + "&processInstanceBusinessKey=" + nummer).json()).hasSize(1);
    }

    @Test
    void leerplichtwetArt4a_eenAchttienjarigeMetStartkwalificatieWordtNietDoorgegeven() {
        nummer = zc().post("/api/dossiers", Testdossiers.nieuw().replace("2014-03-02", "2008-06-01")
                .replace("\"PO\"", "\"VO\"").replace("\"leerjaar\": 7,", "\"leerjaar\": 6, \"startkwalificatie\": true,"))
                .json().get("nummer").asText();
        nietGeplaatstNaVoMbo();
        assertThat(overstap).isEnded();
        assertThat(leerplicht.vanDossier(nummer)).isEmpty();
        assertThat(zc().get("/api/meldingen").body()).contains("geen escalatie naar leerplicht of RMC")
                .contains(nummer);
    }

    private void nietGeplaatstNaVoMbo() {
        start("VO_MBO");
        voltooi("overstapdossier", "{\"ontvangendeSchool\": \"99YY00\", \"aanwezigheid\": \"88%\"}");
        voltooi("oudersLatenZien", "{\"gezien\": true}");
        voltooi("plaatsing", "{\"geplaatst\": false}");
        voerUit("leerplichtInlichten");
    }

    @Test
    void nietIngeschrevenOp1OktoberGaatNaarLeerplicht() {
        start("PO_VO");
        voltooi("voorlopigAdvies", "{\"advies\": \"vmbo-tl\"}");
        voltooi("definitiefAdvies", "{\"advies\": \"vmbo-tl\"}");
        voltooi("overstapdossier", "{\"ontvangendeSchool\": \"99YY00\", \"aanwezigheid\": \"95%\"}");
        voltooi("oudersLatenZien", "{\"gezien\": true}");
        voltooi("plaatsing", "{\"geplaatst\": true}");
        assertThat(overstap).hasNotPassed("arrangementVoortzetten").isWaitingAt("eenOktober");
        managementService.executeJob(timer(overstap, "eenOktober").getId());
        voltooi("controle", "{\"ingeschreven\": true, \"aanwezig\": false}");
        assertThat(overstap).isWaitingAt("leerplichtInlichten");
        voerUit("leerplichtInlichten");

        assertThat(overstap).isEnded().hasPassed("naarLeerplicht");
        assertThat(leerplicht.vanDossier(nummer)).singleElement()
                .satisfies(e -> assertThat(e.feiten()).contains("op 1 oktober niet ingeschreven of niet aanwezig"));
        // Issue #23: the 1 October check is a signal of the thuiszittersaanpak too, at the gemeente of the pupil
        // (no address known: the school's gemeente, Utrecht), besides the escalation.
        JsonNode tafel = zc().get("/api/dossiers/" + nummer + "/thuiszitterstafel").json();
        assertThat(tafel).hasSize(1);
        assertThat(tafel.get(0).get("bron").asText()).isEqualTo("EEN_OKTOBER");
        assertThat(tafel.get(0).get("gemeente").asText()).isEqualTo("GM0344");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("thuiszitterstafel")
                .processInstanceBusinessKey(nummer).singleResult().getTenantId()).isEqualTo("GM0344");
    }

    @Test
    void leerplichtwetArt4a_metStartkwalificatieGeeftDeEenOktobercontroleOokGeenThuiszitterstafel() {
        nummer = zc().post("/api/dossiers", Testdossiers.nieuw().replace("2014-03-02", "2008-06-01")
                .replace("\"PO\"", "\"VO\"").replace("\"leerjaar\": 7,", "\"leerjaar\": 6, \"startkwalificatie\": true,"))
                .json().get("nummer").asText();
        start("VO_MBO");
        voltooi("overstapdossier", "{\"ontvangendeSchool\": \"99YY00\", \"aanwezigheid\": \"88%\"}");
        voltooi("oudersLatenZien", "{\"gezien\": true}");
        voltooi("plaatsing", "{\"geplaatst\": true}");
        managementService.executeJob(timer(overstap, "eenOktober").getId());
        voltooi("controle", "{\"ingeschreven\": false, \"aanwezig\": false}");
        voerUit("leerplichtInlichten");

        assertThat(overstap).isEnded();
        assertThat(leerplicht.vanDossier(nummer)).isEmpty();
        assertThat(zc().get("/api/dossiers/" + nummer + "/thuiszitterstafel").json()).isEmpty();
    }

    @Test
    void deEenOktobercontroleSluitAanBijEenLopendeThuiszitterstafel() {
        start("PO_VO");
        Http.Antwoord gemeld = zc().post("/api/dossiers/" + nummer + "/thuiszitterstafel",
                "{\"toelichting\": \"Dreigt thuis te komen zitten.\"}");
        assertThat(gemeld.status()).as(gemeld.body()).isEqualTo(201);
        voltooi("voorlopigAdvies", "{\"advies\": \"vmbo-tl\"}");
        voltooi("definitiefAdvies", "{\"advies\": \"vmbo-tl\"}");
        voltooi("overstapdossier", "{\"ontvangendeSchool\": \"99YY00\", \"aanwezigheid\": \"95%\"}");
        voltooi("oudersLatenZien", "{\"gezien\": true}");
        voltooi("plaatsing", "{\"geplaatst\": true}");
        managementService.executeJob(timer(overstap, "eenOktober").getId());
        voltooi("controle", "{\"ingeschreven\": false, \"aanwezig\": false}");
        voerUit("leerplichtInlichten");

        JsonNode tafels = zc().get("/api/dossiers/" + nummer + "/thuiszitterstafel").json();
        assertThat(tafels).hasSize(1);
        assertThat(tafels.get(0).get("bron").asText()).isEqualTo("SCHOOL");
        assertThat(tafels.get(0).get("signalen")).hasSize(2);
        assertThat(tafels.get(0).get("signalen").get(1).get("bron").asText()).isEqualTo("EEN_OKTOBER");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("thuiszitterstafel")
                .processInstanceBusinessKey(nummer).count()).isEqualTo(1);
    }

    @Test
    void eenOverstapdossierZonderOntvangendeSchoolGaatNietDoor() {
        start("VO_MBO");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete(taak("overstapdossier")))
                .hasMessageContaining("BRIN-nummer van de ontvangende school");
        assertThat(overstap).isWaitingAt("overstapdossier");
    }

    @Test
    void eenOverstapPerLeerlingPerSchooljaar() {
        start("PO_VO");
        Http.Antwoord nogEens = zc().post("/api/dossiers/" + nummer + "/overstappen",
                "{\"soort\": \"PO_VO\", \"schooljaar\": \"2026-2027\"}");
        assertThat(nogEens.status()).isEqualTo(409);
        assertThat(zc().post("/api/dossiers/" + nummer + "/overstappen",
                "{\"soort\": \"PO_VO\", \"schooljaar\": \"2026-2028\"}").json().at("/fouten/0/veld").asText())
                .isEqualTo("schooljaar");
    }

    /**
     * Every task, by convention: a reminder (a notification about the task) at 08:00 the werkdagen of termijnen.dmn
     * before its date, and at its date an escalation to the zorgcoördinatoren with the reason the model gives; the
     * task stays. The dates are those overstapkalender.dmn gave before (a date on a weekend moves to the next werkdag).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "voorlopigAdvies  | voorlopigAdvies    | Voorlopig schooladvies niet voor 31 januari gegeven",
            "definitiefAdvies | definitiefAdvies   | Definitief schooladvies niet voor 24 maart gegeven",
            "overstapdossier  | aanmelden          | Overstapdossier niet voor de aanmelding opgesteld",
            "oudersLatenZien  | aanmelden          | Overstapdossier niet op tijd met ouders besproken",
            "warmeOverdracht  | overdracht         | Warme overdracht niet voor de zomer gedaan",
            "plaatsing        | plaatsing          | Plaatsing niet op tijd bevestigd",
            "controle         | controleBevestigen | Inschrijving na de overstap niet op tijd bevestigd"})
    void elkeTaakHeeftHerinneringEnEscalatie(String taakId, String kalenderstap, String reden) {
        start("PO_VO");
        String[] volgorde = {"voorlopigAdvies", "definitiefAdvies", "overstapdossier", "oudersLatenZien",
                "warmeOverdracht", "plaatsing", "controle"};
        for (String stap : volgorde) {
            if (stap.equals(taakId)) {
                break;
            }
            switch (stap) {
                case "voorlopigAdvies", "definitiefAdvies" -> voltooi(stap, "{\"advies\": \"havo\"}");
                case "overstapdossier" -> voltooi(stap, "{\"ontvangendeSchool\": \"99YY00\", \"ondersteuning\": \"Ja.\", \"aanwezigheid\": \"95%\"}");
                case "oudersLatenZien" -> voltooi(stap, "{\"gezien\": true}");
                case "warmeOverdracht" -> voltooi(stap, "{\"verslag\": \"Besproken.\"}");
                case "plaatsing" -> {
                    voltooi(stap, "{\"geplaatst\": true}");
                    managementService.executeJob(timer(overstap, "eenOktober").getId());
                }
                default -> throw new IllegalStateException(stap);
            }
        }
        Task taak = taak(taakId);
        assertThat(taak.getFollowUpDate()).isEqualTo(zoalsVoorheen("herinnering", kalenderstap));
        assertThat(taak.getDueDate()).isBetween(zoalsVoorheen("deadline", kalenderstap),
                java.util.Date.from(zoalsVoorheen("deadline", kalenderstap).toInstant().plus(java.time.Duration.ofDays(4))));
        assertThat(herinnering(overstap, taakId).getDuedate()).isEqualTo(taak.getFollowUpDate());
        assertThat(termijnVerstreken(overstap, taakId).getDuedate()).isEqualTo(taak.getDueDate());

        managementService.executeJob(herinnering(overstap, taakId).getId());
        assertThat(meldingen.overTaak(taak.getId())).extracting(MeldingView::aanGroep).containsExactly("zorgcoordinator");
        managementService.executeJob(termijnVerstreken(overstap, taakId).getId());
        assertThat(escalaties.vanProcesInstantie(overstap.getId())).singleElement().satisfies(e -> {
            assertThat(e.getGroep()).isEqualTo("zorgcoordinator");
            assertThat(e.getReden()).isEqualTo(reden);
        });
        assertThat(meldingen.overTaak(taak.getId())).filteredOn(m -> m.soort() == Melding.Soort.ESCALATIE)
                .singleElement().satisfies(m -> assertThat(m.aanGroep()).isEqualTo("zorgcoordinator"));
        assertThat(overstap).isWaitingAt(taakId);
        assertThat(herinnering(overstap, taakId)).isNull();
        assertThat(termijnVerstreken(overstap, taakId)).isNull();
    }

    /** vo→mbo: the overstapdossier is due before 1 April, its reminder ten werkdagen before (a VO pupil's row). */
    @Test
    void voNaarMboHerinnertTienWerkdagenVoorHetAanmelden() {
        nummer = zc().post("/api/dossiers", Testdossiers.nieuw().replace("\"PO\"", "\"VO\"")).json().get("nummer").asText();
        start("VO_MBO");
        Task dossier = taak("overstapdossier");
        assertThat(dossier.getDueDate()).isEqualTo(moment(2027, 4, 1, 23, 59, 59));
        assertThat(dossier.getFollowUpDate()).isEqualTo(moment(2027, 3, 17, 8, 0))
                .isEqualTo(zoalsVoorheen("herinnering", "aanmelden"));
    }

    /** What overstapkalender.dmn gave the task before deadlines by convention (the old model's expressions). */
    private java.util.Date zoalsVoorheen(String wat, String stap) {
        return ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired().execute(ctx -> {
                    var execution = ctx.getExecutionManager().findExecutionById(overstap.getId());
                    return "deadline".equals(wat) ? kalender.deadline(execution, stap) : kalender.herinnering(execution, stap);
                });
    }

    /** Runs the job of an async step (a handover to another capability), as the job executor would. */
    private void voerUit(String activiteit) {
        org.camunda.bpm.engine.runtime.Job job = managementService.createJobQuery().processInstanceId(overstap.getId())
                .activityId(activiteit).singleResult();
        assertThat(job).as("job van " + activiteit).isNotNull();
        managementService.executeJob(job.getId());
    }

    private void start(String soort) {
        Http.Antwoord gestart = zc().post("/api/dossiers/" + nummer + "/overstappen",
                "{\"soort\": \"" + soort + "\", \"schooljaar\": \"2026-2027\"}");
        assertThat(gestart.status()).as(gestart.body()).isEqualTo(201);
        id = gestart.json().get("id").asLong();
        overstap = runtimeService.createProcessInstanceQuery().processDefinitionKey("overstap")
                .processInstanceBusinessKey(nummer).singleResult();
    }

    /** A running arrangement for the pupil at the sending school (SWV granted the education part). */
    private void lopendArrangement() {
        ProcessInstance a = runtimeService.startProcessInstanceByKey("arrangement", nummer, Map.of("dossierNummer", nummer,
                "schoolBrin", "99ZZ00", "onderwijssoort", "PO", "zorgcoordinator", ZC));
        String aanvraag = taskService.createTaskQuery().processInstanceId(a.getId()).taskDefinitionKey("aanvraag")
                .singleResult().getId();
        nl.eenplan.groeidocument.Groeidocumenten.ondertekend(zc(), nummer);
        zc().post("/api/taken/" + aanvraag + "/voltooien", """
                {"onderwijsdeel": "ARRANGEMENT", "onderwijs": "Kleine klas.", "perspectief": "Regulier vo.",
                 "doelen": ["Sam werkt zelfstandig"], "aanmeldingOntvangenOp": "2026-11-02"}""");
        String besluit = taskService.createTaskQuery().processInstanceId(a.getId()).taskDefinitionKey("besluitOnderwijs")
                .singleResult().getId();
        assertThat(http().als("swv").post("/api/taken/" + besluit + "/voltooien", "{\"besluit\": \"TOEGEKEND\"}").status())
                .isEqualTo(204);
    }


    private void voltooi(String taakId, String invoer) {
        Http.Antwoord a = zc().post("/api/taken/" + taak(taakId).getId() + "/voltooien", invoer);
        assertThat(a.status()).as(taakId + ": " + a.body()).isEqualTo(204);
    }

    private Task taak(String taakId) {
        return taskService.createTaskQuery().processInstanceId(overstap.getId()).taskDefinitionKey(taakId).singleResult();
    }

    private Http zc() {
        return http().als(ZC);
    }

    private static JsonSchema schema() {
        try (InputStream in = Files.newInputStream(Path.of("docs/overstapdossier.schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
