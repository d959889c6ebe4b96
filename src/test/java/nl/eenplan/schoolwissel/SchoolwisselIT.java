package nl.eenplan.schoolwissel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Sessie;
import nl.eenplan.Testdossiers;
import nl.eenplan.TweedeGemeente;
import nl.eenplan.Webapp;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.NieuweAfspraak;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.gezin.Gezinstest;
import nl.eenplan.groeidocument.Groeidocumenten;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A pupil changes school mid-year (issue #23): Sam leaves De Regenboog (99ZZ00) for Het Baken College (99YY00). The new
 * school's zorgcoördinator sees the plan and the arrangement that continues there; the old school's reads only what it
 * must keep and writes nothing, through every door; a third school sees nothing. The plan travels as the onderwijskundig
 * rapport (WPO art. 42: "als een leerling de school verlaat, ongeacht de reden"), recorded in the audit.
 */
class SchoolwisselIT extends IntegratieTest {

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
    nl.eenplan.melding.MeldingService meldingen;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    String bsn;
    String oud;

    @BeforeEach
    void gegevenSamMetEenPlanOpDeOudeSchool() {
        gebruikers.maakAlsNieuw("zcRegenboog", "Rita", "Regenboog", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("zcRegenboog", OUD);
        gebruikers.maakAlsNieuw("zcBaken", "Bart", "Baken", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("zcBaken", NIEUW);
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);

        bsn = Testdossiers.nieuwBsn();
        Http.Antwoord geopend = oudeSchool().post("/api/dossiers", Testdossiers.metBsn(bsn));
        assertThat(geopend.status()).as(geopend.body()).isEqualTo(201);
        oud = geopend.json().get("nummer").asText();
        dossierService.voegDoelenToe(oud, List.of("Sam leest vlot op AVI-niveau E6"));
        dossierService.voegAfsprakenToe(oud, List.of(new NieuweAfspraak("Wekelijks leesgesprek met Sam", "zcRegenboog",
                false, vandaag().plusWeeks(4))), "MDO");
    }

    @Test
    void halverwegeHetJaar_deNieuweSchoolZietHetPlan_deOudeLeestAlleenWatZeMoetBewaren() throws Exception {
        long toestemming = oudeSchool().post("/api/dossiers/" + oud + "/toestemmingen", """
                {"scope": "ONDERSTEUNINGSTEAM", "gegevenDoor": "OUDERS", "vorm": "GESPREK", "gegevenOp": "2026-09-01"}""")
                .json().get("id").asLong();
        Groeidocumenten.ondertekend(oudeSchool(), oud);
        assertThat(oudeSchool().post("/api/dossiers/" + oud + "/aanmeldingen", Testdossiers.AANMELDING).status())
                .isEqualTo(201);
        Task intake = taskService.createTaskQuery().processInstanceBusinessKey(oud).taskDefinitionKey("intake")
                .singleResult();
        ProcessInstance arrangementOud = runtimeService.createProcessInstanceByKey("arrangement").businessKey(oud)
                .processDefinitionWithoutTenantId().setVariables(Map.of("dossierNummer", oud, "schoolBrin", OUD,
                        "onderwijssoort", "PO", "zorgcoordinator", "zcRegenboog")).execute();
        assertThat(arrangementOud.getTenantId()).isEqualTo(OUD);
        String nieuw = dossierBijHetBaken(bsn);

        // Bad input: per field, in Dutch; never before the enrolment.
        Http.Antwoord zonderDatum = nieuweSchool().post("/api/dossiers/" + nieuw + "/schoolwissel", "{}");
        assertThat(zonderDatum.status()).isEqualTo(400);
        assertThat(zonderDatum.body()).contains("ingeschrevenOp", "ingeschreven");
        Http.Antwoord toekomst = nieuweSchool().post("/api/dossiers/" + nieuw + "/schoolwissel",
                "{\"ingeschrevenOp\": \"" + vandaag().plusDays(3) + "\"}");
        assertThat(toekomst.status()).isEqualTo(400);
        assertThat(toekomst.body()).contains("ingeschrevenOp", "elders is ingeschreven");
        Http.Antwoord eigenSchool = nieuweSchool().post("/api/dossiers/" + nieuw + "/schoolwissel",
                "{\"ingeschrevenOp\": \"" + vandaag() + "\", \"vorigeSchool\": \"" + NIEUW + "\"}");
        assertThat(eigenSchool.status()).isEqualTo(400);
        assertThat(eigenSchool.body()).contains("vorigeSchool", "eigen school");
        // Another school's zorgcoördinator cannot report it for a pupil of Het Baken.
        assertThat(derdeSchool().post("/api/dossiers/" + nieuw + "/schoolwissel",
                "{\"ingeschrevenOp\": \"" + vandaag() + "\"}").status()).isEqualTo(404);

        Http.Antwoord gemeld = nieuweSchool().post("/api/dossiers/" + nieuw + "/schoolwissel",
                "{\"ingeschrevenOp\": \"" + vandaag() + "\"}");
        assertThat(gemeld.status()).as(gemeld.body()).isEqualTo(201);
        assertThat(gemeld.json().get("status").asText()).isEqualTo("GEVRAAGD");
        assertThat(nieuweSchool().post("/api/dossiers/" + nieuw + "/schoolwissel",
                "{\"ingeschrevenOp\": \"" + vandaag() + "\"}").status()).isEqualTo(409);

        // Nothing moves before the old school confirms: its dossier, plan and processes are as they were.
        assertThat(oudeSchool().get("/api/dossiers/" + oud).json().get("status").asText()).isEqualTo("OPEN");
        assertThat(oudeSchool().get("/api/dossiers/" + oud).json().at("/doelen/0/omschrijving").asText())
                .isEqualTo("Sam leest vlot op AVI-niveau E6");
        assertThat(nieuweSchool().get("/api/dossiers/" + nieuw).json().get("doelen")).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(arrangementOud.getId()).count())
                .isEqualTo(1);
        // The task is the old school's: its name says where to; the new school and a third school cannot answer it.
        Task bevestigen = bevestigTaak(oud);
        assertThat(bevestigen.getName()).isEqualTo("Overstap naar " + scholen.haalOp(NIEUW).naam() + " (" + NIEUW
                + ") bevestigen");
        assertThat(bevestigen.getTenantId()).isEqualTo(OUD);
        assertThat(oudeSchool().get("/api/taken").body()).contains(bevestigen.getId());
        assertThat(nieuweSchool().get("/api/taken").body()).doesNotContain(bevestigen.getId());
        assertThat(nieuweSchool().post("/api/taken/" + bevestigen.getId() + "/voltooien",
                "{\"antwoord\": \"BEVESTIGD\"}").status()).isIn(403, 404);
        assertThat(derdeSchool().post("/api/taken/" + bevestigen.getId() + "/voltooien",
                "{\"antwoord\": \"BEVESTIGD\"}").status()).isIn(403, 404);
        assertThat(nieuweSchool().post("/engine-rest/task/" + bevestigen.getId() + "/complete", "{}").status())
                .isIn(403, 404);
        assertThat(taskService.createTaskQuery().taskId(bevestigen.getId()).count()).isEqualTo(1);
        assertThat(oudeSchool().get("/api/dossiers/" + oud).json().get("status").asText()).isEqualTo("OPEN");

        bevestig(oud);

        JsonNode wissel = nieuweSchool().get("/api/dossiers/" + nieuw + "/schoolwissel").json().get(0);
        assertThat(wissel.get("status").asText()).isEqualTo("BEVESTIGD");
        assertThat(wissel.get("oudDossier").asText()).isEqualTo(oud);
        assertThat(wissel.get("vanSchool").asText()).isEqualTo(OUD);
        assertThat(wissel.get("doelen").asInt()).isEqualTo(1);
        assertThat(wissel.get("afspraken").asInt()).isEqualTo(1);
        assertThat(wissel.get("ouders").asInt()).isEqualTo(1);
        assertThat(wissel.get("groeidocumentVersie").asInt()).isEqualTo(1);
        assertThat(wissel.get("arrangementVoortgezet").asBoolean()).isTrue();
        assertThat(wissel.get("beeindigd").asText()).isEqualTo("aanmelding");
        // Consent was given to the old school: it does not travel, and the new school hears which to ask again.
        assertThat(meldingen.voor("zcBaken", List.of(Groepen.ZORGCOORDINATOR), false)).anySatisfy(m -> assertThat(
                m.tekst()).contains("gaan niet mee", "het ondersteuningsteam"));
        assertThat(nieuweSchool().post("/api/dossiers/" + nieuw + "/schoolwissel",
                "{\"ingeschrevenOp\": \"" + vandaag() + "\"}").status()).isEqualTo(409);

        // The new school: the plan, the open agreement (now its zorgcoördinator's), the parents with their gezag, the
        // groeidocument to be signed again, no consents, and the arrangement continuing in its tenant.
        JsonNode d = nieuweSchool().get("/api/dossiers/" + nieuw).json();
        assertThat(d.at("/doelen/0/omschrijving").asText()).isEqualTo("Sam leest vlot op AVI-niveau E6");
        assertThat(d.at("/afspraken/0/wat").asText()).isEqualTo("Wekelijks leesgesprek met Sam");
        assertThat(d.at("/afspraken/0/eigenaar").asText()).isEqualTo("zcBaken");
        assertThat(d.at("/leerling/ouders/0/naam").asText()).isEqualTo("Anna Jansen");
        assertThat(d.at("/leerling/ouders/0/gezag").asBoolean()).isTrue();
        assertThat(d.get("toestemmingen")).isEmpty();
        JsonNode groeidocument = nieuweSchool().get("/api/dossiers/" + nieuw + "/groeidocument").json();
        assertThat(groeidocument.at("/huidig/secties/hulpvraag").asText()).contains("kleine klas");
        assertThat(groeidocument.at("/versies/0/ondertekend").asBoolean()).isFalse();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(arrangementOud.getId()).count()).isZero();
        ProcessInstance arrangement = runtimeService.createProcessInstanceQuery().processDefinitionKey("arrangement")
                .processInstanceBusinessKey(nieuw).singleResult();
        assertThat(arrangement.getTenantId()).isEqualTo(NIEUW);
        Task aanvraag = taskService.createTaskQuery().processInstanceId(arrangement.getId()).singleResult();
        assertThat(aanvraag.getTaskDefinitionKey()).isEqualTo("aanvraag");
        assertThat(nieuweSchool().get("/api/taken").body()).contains(aanvraag.getId());
        assertThat(nieuweSchool().get("/api/dossiers/" + nieuw + "/schoolwissel").json().at("/0/nieuwDossier").asText())
                .isEqualTo(nieuw);

        // The old school reads what it keeps: who the pupil is and where to, its absence; not the plan or the parents.
        Http.Antwoord gelezen = oudeSchool().get("/api/dossiers/" + oud);
        assertThat(gelezen.status()).isEqualTo(200);
        JsonNode o = gelezen.json();
        assertThat(o.get("status").asText()).isEqualTo("GESLOTEN");
        assertThat(o.get("sluitreden").asText()).startsWith("Overgestapt naar").contains(NIEUW, vandaag().toString());
        assertThat(o.at("/overgestapt/naarBrin").asText()).isEqualTo(NIEUW);
        assertThat(o.at("/leerling/bsn").asText()).isEqualTo(bsn);
        assertThat(o.get("doelen")).isEmpty();
        assertThat(o.get("afspraken")).isEmpty();
        assertThat(o.get("toestemmingen")).isEmpty();
        assertThat(o.at("/leerling/ouders")).isEmpty();
        assertThat(oudeSchool().get("/api/dossiers/" + oud + "/verzuim").status()).isEqualTo(200);
        JsonNode waarheen = oudeSchool().get("/api/dossiers/" + oud + "/schoolwissel").json().get(0);
        assertThat(waarheen.get("naarSchool").asText()).isEqualTo(NIEUW);
        assertThat(waarheen.has("nieuwDossier")).isFalse();
        for (String deel : List.of("groeidocument", "toestemmingen", "arrangementen", "aanmeldingen", "mdo", "overstappen")) {
            Http.Antwoord weg = oudeSchool().get("/api/dossiers/" + oud + "/" + deel);
            assertThat(weg.status()).as(deel).isEqualTo(404);
            assertThat(weg.body()).contains("overgestapt");
        }
        assertThat(oudeSchool().get("/leerlingen/" + oud + "/plan.pdf").status()).isEqualTo(404);
        assertThat(oudeSchool().get("/leerlingen/" + oud + "/zorg-melden").status()).isEqualTo(404);

        // ... and writes nothing: /api ...
        for (Http.Antwoord schrijven : List.of(
                oudeSchool().post("/api/dossiers/" + oud + "/aanmeldingen", Testdossiers.AANMELDING),
                oudeSchool().put("/api/dossiers/" + oud + "/leerling/startkwalificatie", "{\"startkwalificatie\": false}"),
                oudeSchool().post("/api/dossiers/" + oud + "/toestemmingen/" + toestemming + "/intrekken",
                        "{\"vorm\": \"GESPREK\"}"),
                oudeSchool().put("/api/dossiers/" + oud + "/groeidocument", Groeidocumenten.SECTIES),
                oudeSchool().post("/api/dossiers/" + oud + "/sluiten", "{\"reden\": \"Weg.\"}"))) {
            assertThat(schrijven.status()).as(schrijven.body()).isEqualTo(409);
            assertThat(schrijven.contentType()).startsWith("application/problem+json");
            assertThat(schrijven.json().get("detail").asText()).isEqualTo("Deze leerling is overgestapt naar "
                    + scholen.haalOp(NIEUW).naam() + " (" + NIEUW + ") op " + vandaag()
                    + "; het dossier is alleen nog te lezen.");
        }
        // ... the pupil's page: a notice, no plan, and its form post refused ...
        Sessie pagina = new Sessie(port);
        assertThat(pagina.meldAan("zcRegenboog", "demo").status()).isEqualTo(302);
        Sessie baken = new Sessie(port);
        assertThat(baken.meldAan("zcBaken", "demo").status()).isEqualTo(302);
        assertThat(baken.get("/leerlingen/" + nieuw).body()).contains("Sam leest vlot", "Schoolwissel melden");
        assertThat(baken.get("/leerlingen/" + nieuw + "/schoolwissel").body()).contains("Ingeschreven op");
        Http.Antwoord leerling = pagina.get("/leerlingen/" + oud);
        assertThat(leerling.status()).isEqualTo(200);
        assertThat(leerling.body()).contains("Overgestapt naar", "alleen nog wat zij moet bewaren")
                .doesNotContain("Sam leest vlot", "Anna Jansen", "Intrekken");
        Http.Antwoord formulier = pagina.post("/leerlingen/" + oud + "/toestemmingen/" + toestemming + "/intrekken",
                "{\"vorm\": \"GESPREK\"}", "X-CSRF-TOKEN", pagina.csrfToken(), "Origin", pagina.origin());
        assertThat(formulier.status()).as(formulier.body()).isEqualTo(409);
        assertThat(oudeSchool().get("/api/dossiers/" + oud).json().get("toestemmingen")).isEmpty();
        // ... Tasklist and /engine-rest: the old school's intake ended with its process; the arrangement's task, which
        // exists at the new school, cannot be completed by the old school; no variable is written.
        assertThat(taskService.createTaskQuery().taskId(intake.getId()).count()).isZero();
        assertThat(oudeSchool().post("/engine-rest/task/" + aanvraag.getId() + "/complete", "{}").status())
                .isIn(403, 404);
        Webapp tasklist = new Webapp(port);
        assertThat(tasklist.meldAan("zcRegenboog", "demo", "tasklist")).isEqualTo(200);
        Http.Antwoord tasklistNieuw = tasklist.post("/api/engine/engine/default/task/" + aanvraag.getId()
                + "/submit-form", "{\"variables\": {}}");
        // Tasklist answers a task the user cannot see in Camunda's error shape (404, as /engine-rest), as if there were
        // none.
        assertThat(tasklistNieuw.status()).isEqualTo(404);
        assertThat(tasklistNieuw.body()).contains("Er is geen taak " + aanvraag.getId());
        String waarde = "{\"value\": \"" + oud + "\", \"type\": \"String\"}";
        assertThat(oudeSchool().put("/engine-rest/process-instance/" + arrangement.getId() + "/variables/dossierNummer",
                waarde).status()).isIn(403, 404);
        assertThat(oudeSchool().put("/engine-rest/process-instance/" + arrangementOud.getId()
                + "/variables/dossierNummer", waarde).status()).isIn(403, 404);
        assertThat(runtimeService.getVariable(arrangement.getId(), "dossierNummer")).isEqualTo(nieuw);
        assertThat(taskService.createTaskQuery().taskId(aanvraag.getId()).count()).isEqualTo(1);

        // A third school sees neither dossier.
        assertThat(derdeSchool().get("/api/dossiers/" + oud).status()).isEqualTo(404);
        assertThat(derdeSchool().get("/api/dossiers/" + nieuw).status()).isEqualTo(404);
        assertThat(derdeSchool().get("/api/dossiers/" + oud + "/schoolwissel").status()).isEqualTo(404);

        // The flow and its basis are in the inzage of the pupil at the old school; the report in both.
        String inzageOud = http().als("admin").get("/api/dossiers/" + oud + "/inzage").body();
        assertThat(inzageOud).contains("DELEN", "schoolwissel naar", "ONTVANGENDE_SCHOOL", "WPO art. 42");
        assertThat(http().als("admin").get("/api/dossiers/" + nieuw + "/inzage").body())
                .contains("POST /api/dossiers/" + nieuw + "/schoolwissel");
    }

    @Test
    void naEenToelatingBijDeNieuweSchoolGaatHetPlanVanzelfMee() {
        String nieuw = dossierBijHetBaken(bsn);
        assertThat(nieuweSchool().post("/api/dossiers/" + nieuw + "/toelatingen",
                "{\"aanmeldingOntvangenOp\": \"" + vandaag() + "\"}").status()).isEqualTo(201);
        // No uitschrijving before enrolment elsewhere: reporting the change now is refused, as closing is.
        Http.Antwoord teVroeg = nieuweSchool().post("/api/dossiers/" + nieuw + "/schoolwissel",
                "{\"ingeschrevenOp\": \"" + vandaag() + "\"}");
        assertThat(teVroeg.status()).as(teVroeg.body()).isEqualTo(409);
        assertThat(teVroeg.body()).contains("elders is ingeschreven");
        assertThat(oudeSchool().get("/api/dossiers/" + oud).json().get("status").asText()).isEqualTo("OPEN");

        voltooi("onderzoeken", nieuw, "{\"extraOndersteuning\": false, \"arrangementAanvragen\": false}");
        voltooi("besluiten", nieuw, "{\"besluit\": \"TOEGELATEN\"}");
        // Asked, not moved: the old school confirms first.
        assertThat(oudeSchool().get("/api/dossiers/" + oud).json().get("status").asText()).isEqualTo("OPEN");
        assertThat(nieuweSchool().get("/api/dossiers/" + nieuw).json().get("doelen")).isEmpty();
        bevestig(oud);

        JsonNode o = oudeSchool().get("/api/dossiers/" + oud).json();
        assertThat(o.get("status").asText()).isEqualTo("GESLOTEN");
        assertThat(o.get("sluitreden").asText()).startsWith("Overgestapt naar").contains(NIEUW);
        JsonNode wissel = nieuweSchool().get("/api/dossiers/" + nieuw + "/schoolwissel").json().get(0);
        assertThat(wissel.get("aanleiding").asText()).isEqualTo("TOELATING");
        assertThat(wissel.get("geregistreerdDoor").asText()).isEqualTo("EenPlan (toelating)");
        assertThat(nieuweSchool().get("/api/dossiers/" + nieuw).json().at("/doelen/0/omschrijving").asText())
                .isEqualTo("Sam leest vlot op AVI-niveau E6");
        assertThat(oudeSchool().post("/api/dossiers/" + oud + "/aanmeldingen", Testdossiers.AANMELDING).status())
                .isEqualTo(409);
    }

    /**
     * The family goes with the pupil (gezin.Gezinsoverstap): Sam's own account and his mother's (bound at the old
     * school) read the plan at the new school after the change; the old bindings end with the change's reason.
     */
    @Test
    void hetGezinLeestNaDeWisselHetPlanBijDeNieuweSchool() {
        Gezinstest gezin = new Gezinstest(context, port, clock);
        String nieuw = dossierBijHetBaken(bsn);
        try {
            gezin.koppel("ouder", oud, dossierService.haalOp(oud).leerling().ouders().get(0).id());
            gezin.koppel("leerling", oud, null);
            assertThat(nieuweSchool().post("/api/dossiers/" + nieuw + "/toelatingen",
                    "{\"aanmeldingOntvangenOp\": \"" + vandaag() + "\"}").status()).isEqualTo(201);
            voltooi("onderzoeken", nieuw, "{\"extraOndersteuning\": false, \"arrangementAanvragen\": false}");
            voltooi("besluiten", nieuw, "{\"besluit\": \"TOEGELATEN\"}");
            bevestig(oud);

            assertThat(jdbc.queryForList("select reden from gezinskoppeling where dossier_nummer = ?", String.class, oud))
                    .hasSize(2).allSatisfy(r -> assertThat(r).startsWith("Leerling overgestapt naar"));
            assertThat(jdbc.queryForList("select rol || ' ' || coalesce(o.naam, '-') from gezinskoppeling k left join "
                    + "ouder o on o.id = k.ouder_id where k.dossier_nummer = ? and k.beeindigd_op is null order by k.id",
                    String.class, nieuw)).containsExactly("OUDER Anna Jansen", "LEERLING -");
            Sessie anna = gezin.meldAan("ouder");
            String sam = Gezinstest.idVan(anna, "Sam");
            assertThat(anna.get("/gezin/kind/" + sam, "Accept", Gezinstest.HTML).body())
                    .contains("Sam leest vlot op AVI-niveau E6", "Het Baken");
        } finally {
            gezin.ruimOpVan(nieuw);
            gezin.ruimOp();
        }
    }

    @Test
    void loptNogEenToelatingElders_danBlijftHetDossierVanDeOudeSchoolOpen_enHetBesluitGaatDoor() {
        http().als("demo").post("/api/scholen", """
                {"brin": "97SW00", "naam": "Het Derde Lyceum (schoolwissel)", "gemeente": "Utrecht",
                 "samenwerkingsverband": "SWV Test", "regio": "MIDDEN", "gemeentecode": "GM0344"}""");
        assertThat(http().als("demo").put("/api/scholen/97SW00/bestuur", "{\"bestuursnummer\": \"99999\"}").status())
                .isEqualTo(200);
        gebruikers.maakAlsNieuw("zcDerde", "Dirk", "Derde", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("zcDerde", "97SW00");
        String derde = http().als("zcDerde").post("/api/dossiers", naarHetBaken(Testdossiers.metBsn(bsn))
                .replace(NIEUW, "97SW00")).json().get("nummer").asText();
        assertThat(http().als("zcDerde").post("/api/dossiers/" + derde + "/toelatingen",
                "{\"aanmeldingOntvangenOp\": \"" + vandaag() + "\"}").status()).isEqualTo(201);
        String nieuw = dossierBijHetBaken(bsn);
        assertThat(nieuweSchool().post("/api/dossiers/" + nieuw + "/toelatingen",
                "{\"aanmeldingOntvangenOp\": \"" + vandaag() + "\"}").status()).isEqualTo(201);

        voltooi("onderzoeken", nieuw, "{\"extraOndersteuning\": false, \"arrangementAanvragen\": false}");
        voltooi("besluiten", nieuw, "{\"besluit\": \"TOEGELATEN\"}");

        // The admission is decided; the old school keeps the pupil until the other board has decided too.
        assertThat(oudeSchool().get("/api/dossiers/" + oud).json().get("status").asText()).isEqualTo("OPEN");
        assertThat(nieuweSchool().get("/api/dossiers/" + nieuw + "/schoolwissel").json()).isEmpty();
        assertThat(meldingen.voor("zcBaken", List.of(Groepen.ZORGCOORDINATOR), false)).anySatisfy(m -> assertThat(
                m.onderwerp()).contains("Schoolwissel niet vanzelf gemeld", nieuw));
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(derde).list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test"));
    }

    @Test
    void zonderBsnNoemtDeNieuweSchoolDeVorige() {
        String zonderBsn = Testdossiers.zonderBsn();
        String oudZonder = oudeSchool().post("/api/dossiers", zonderBsn).json().get("nummer").asText();
        String nieuw = nieuweSchool().post("/api/dossiers", naarHetBaken(zonderBsn)).json().get("nummer").asText();

        Http.Antwoord zonderVorige = nieuweSchool().post("/api/dossiers/" + nieuw + "/schoolwissel",
                "{\"ingeschrevenOp\": \"" + vandaag() + "\"}");
        assertThat(zonderVorige.status()).isEqualTo(400);
        assertThat(zonderVorige.body()).contains("vorigeSchool", "geen BSN");
        Http.Antwoord verkeerd = nieuweSchool().post("/api/dossiers/" + nieuw + "/schoolwissel",
                "{\"ingeschrevenOp\": \"" + vandaag() + "\", \"vorigeSchool\": \"" + TweedeGemeente.SCHOOL + "\"}");
        assertThat(verkeerd.status()).isEqualTo(400);
        assertThat(verkeerd.body()).contains("vorigeSchool", "geen leerling met deze naam");

        Http.Antwoord gemeld = nieuweSchool().post("/api/dossiers/" + nieuw + "/schoolwissel",
                "{\"ingeschrevenOp\": \"" + vandaag() + "\", \"vorigeSchool\": \"" + OUD + "\"}");
        assertThat(gemeld.status()).as(gemeld.body()).isEqualTo(201);
        assertThat(gemeld.json().get("oudDossier").asText()).isEqualTo(oudZonder);
        assertThat(oudeSchool().get("/api/dossiers/" + oudZonder).json().get("status").asText()).isEqualTo("OPEN");
        bevestig(oudZonder);
        assertThat(oudeSchool().get("/api/dossiers/" + oudZonder).json().get("status").asText()).isEqualTo("GESLOTEN");
        // With a BSN but no open dossier elsewhere there is nothing to take along.
        String alleen = nieuweSchool().post("/api/dossiers", naarHetBaken(Testdossiers.nieuw())).json().get("nummer")
                .asText();
        Http.Antwoord niets = nieuweSchool().post("/api/dossiers/" + alleen + "/schoolwissel",
                "{\"ingeschrevenOp\": \"" + vandaag() + "\"}");
        assertThat(niets.status()).isEqualTo(409);
        assertThat(niets.body()).contains("geen andere school");
    }

    private Task bevestigTaak(String oudNummer) {
        return taskService.createTaskQuery().processInstanceBusinessKey(oudNummer).taskDefinitionKey("bevestigen")
                .singleResult();
    }

    /** The old school's zorgcoördinator confirms the change through EenPlan's task API. */
    private void bevestig(String oudNummer) {
        Http.Antwoord a = oudeSchool().post("/api/taken/" + bevestigTaak(oudNummer).getId() + "/voltooien",
                "{\"antwoord\": \"BEVESTIGD\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(204);
    }

    private void voltooi(String taak, String nummer, String invoer) {
        Task t = taskService.createTaskQuery().processInstanceBusinessKey(nummer).taskDefinitionKey(taak).singleResult();
        Http.Antwoord a = nieuweSchool().post("/api/taken/" + t.getId() + "/voltooien", invoer);
        assertThat(a.status()).as(a.body()).isEqualTo(204);
    }

    /** The pupil's dossier at Het Baken College (vo, year 1), opened by its zorgcoördinator, without the parents. */
    private String dossierBijHetBaken(String leerlingBsn) {
        Http.Antwoord a = nieuweSchool().post("/api/dossiers", naarHetBaken(Testdossiers.metBsn(leerlingBsn)));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().get("nummer").asText();
    }

    private static String naarHetBaken(String dossier) {
        return dossier.replace(OUD, NIEUW).replace("\"PO\"", "\"VO\"").replace("\"leerjaar\": 7", "\"leerjaar\": 1")
                .replaceAll(",\\s*\"ouders\": \\[[^\\]]*\\]", "");
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
