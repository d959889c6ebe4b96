package nl.eenplan.arrangement;

import static nl.eenplan.Tijd.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import nl.eenplan.Http;
import nl.eenplan.ScenarioTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.TweedeGemeente;
import nl.eenplan.Webapp;
import nl.eenplan.dossier.NieuweToestemming;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.dossier.Toestemming;
import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.organisatie.Gemeenten;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import nl.eenplan.termijn.EscalatieService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Process "jeugdhulpbesluit" (issue #23): the care part of an arrangement request is decided by the gemeente where the
 * pupil lives (Jeugdwet art. 1.1 "woonplaats"), in its own process and tenant, on the Awb term (art. 4:13: at most 8
 * weeks after receipt), never on the arrangement's clock. The demo school 99ZZ00 is in Utrecht (GM0344); the pupil lives
 * in Zeist (GM0355), whose gemeente user {@code gemeentezeist} works with this EenPlan. Every path and timer: granted
 * and refused back to the arrangement, the reminder and the escalation inside the gemeente (no zorgplicht signal),
 * consent withdrawn, a move forwarding the application (Awb art. 2:3), and the one door: the school's gemeente, another
 * gemeente and a school see and complete nothing of it.
 */
@ScenarioTest.Model("jeugdhulpbesluit")
class JeugdhulpbesluitScenarioIT extends ScenarioTest {

    static final String ZEIST = "GM0355";
    static final String GEMEENTE_ZEIST = "gemeentezeist";

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ArrangementService arrangementen;
    @Autowired
    ToestemmingService toestemmingen;
    @Autowired
    LeerplichtService leerplicht;
    @Autowired
    MeldingService meldingen;
    @Autowired
    EscalatieService escalaties;
    @Autowired
    Gemeenten gemeenten;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;
    @Autowired
    SchoolService scholen;
    @Autowired
    JeugdhulpaanvraagRepository aanvragen;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transacties;
    @Autowired
    nl.eenplan.dossier.DossierService dossiers;

    String nummer;
    String bsn;
    ProcessInstance arrangement;

    @BeforeEach
    void eenLeerlingUitZeistOpEenSchoolInUtrecht() {
        ClockUtil.setCurrentTime(moment(2026, 11, 3, 10, 0));
        gemeenten.registreer(ZEIST, "Zeist");
        gebruikers.maakAlsNieuw(GEMEENTE_ZEIST, "Gijs", "Zeist", "demo", Groepen.GEMEENTE);
        organisaties.voegToeAanOrganisatie(GEMEENTE_ZEIST, Organisaties.gemeenteGroep("Zeist"));
        bsn = Testdossiers.nieuwBsn();
        Http.Antwoord dossier = zc().post("/api/dossiers", Testdossiers.woontIn(Testdossiers.metBsn(bsn), ZEIST));
        assertThat(dossier.status()).as(dossier.body()).isEqualTo(201);
        nummer = dossier.json().get("nummer").asText();
        arrangement = runtimeService.startProcessInstanceByKey("arrangement", nummer, Map.of("dossierNummer", nummer,
                "schoolBrin", "99ZZ00", "onderwijssoort", "PO", "zorgcoordinator", "zorgcoordinator"));
        for (Toestemming.GegevenDoor door : List.of(Toestemming.GegevenDoor.OUDERS, Toestemming.GegevenDoor.LEERLING)) {
            toestemmingen.geef(nummer, new NieuweToestemming(Toestemming.Scope.JEUGDHULP, door, null,
                    Toestemming.Vorm.GESPREK, null, null), "zorgcoordinator");
        }
        nl.eenplan.groeidocument.Groeidocumenten.ondertekend(zc(), nummer);
        Http.Antwoord aanvraag = zc().post("/api/taken/" + arrangementtaak("aanvraag").getId() + "/voltooien",
                ArrangementScenarioIT.MET_ZORG);
        assertThat(aanvraag.status()).as(aanvraag.body()).isEqualTo(204);
    }

    @Test
    void deWoongemeenteBesluitInHaarEigenTenantEnHetBesluitGaatTerugNaarHetArrangement_Jeugdwet_art_1_1() {
        // The arrangement waits, without a task, deadline or escalation of its own.
        assertThat(arrangement).isWaitingAt("besluitOnderwijs", "besluitZorg");
        assertThat(arrangementtaak("besluitZorg")).isNull();
        assertThat(managementService.createJobQuery().processInstanceId(arrangement.getId()).activityId("besluitZorg")
                .count()).isZero();

        ProcessInstance besluit = lopend();
        assertThat(besluit.getTenantId()).as("de gemeente waar de leerling woont").isEqualTo(ZEIST);
        Task taak = taak(engine, nummer);
        assertThat(taak).hasCandidateGroup(Groepen.GEMEENTE).hasName("Besluit jeugdhulp (woongemeente)");
        // Awb art. 4:13: received Tuesday 3 November 2026, at most 8 weeks: Tuesday 29 December, reminder 5 werkdagen before.
        assertThat(taak.getDueDate()).isEqualTo(moment(2026, 12, 29, 23, 59, 59));
        assertThat(herinnering(besluit, "besluiten").getDuedate()).isEqualTo(taak.getFollowUpDate());
        assertThat(taak.getFollowUpDate()).isBefore(taak.getDueDate());

        // Zeist reads the care part to decide, although the school is in Utrecht; Utrecht's gemeente does not.
        Long id = arrangementen.vanDossier(nummer).get(0).id();
        Http.Antwoord voorZeist = zeist().get("/api/arrangementen/" + id);
        assertThat(voorZeist.status()).as(voorZeist.body()).isEqualTo(200);
        assertThat(voorZeist.body()).contains("Gezinsbegeleiding door het wijkteam.");
        assertThat(http().als("gemeente").get("/api/arrangementen/" + id).status()).isEqualTo(404);

        assertThat(zeist().post("/api/taken/" + taak.getId() + "/voltooien", "{\"besluit\": \"TOEGEKEND\", "
                + "\"toelichting\": \"Gezinsbegeleiding past.\"}").status()).isEqualTo(204);
        assertThat(besluit).isEnded().hasPassed("terugmelden", "besloten");
        assertThat(arrangement).hasPassed("besluitZorg", "zorgBesluitVastleggen").isWaitingAt("besluitOnderwijs");
        assertThat(arrangementen.vanDossier(nummer).get(0).zorgBesluit()).isEqualTo(Besluit.TOEGEKEND);
        assertThat(arrangementen.vanDossier(nummer).get(0).zorgToelichting()).contains("Gezinsbegeleiding past.");
        assertThat(aanvragen.findByDossierNummer(nummer)).singleElement().satisfies(a -> {
            assertThat(a.getStatus()).isEqualTo(Jeugdhulpaanvraag.Status.BESLOTEN);
            assertThat(a.getGemeente()).isEqualTo(ZEIST);
        });
        // Only ids and routing facts in the process; the care content is in the dossier.
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(besluit.getId())
                .list()).extracting(v -> String.valueOf(v.getValue()))
                .noneMatch(w -> w.contains("Gezinsbegeleiding"));

        Http.Antwoord onderwijs = http().als("swv").post("/api/taken/" + arrangementtaak("besluitOnderwijs").getId()
                + "/voltooien", "{\"besluit\": \"TOEGEKEND\"}");
        assertThat(onderwijs.status()).as(onderwijs.body()).isEqualTo(204);
        assertThat(arrangement).hasPassed("plaatsGeboden", "inHetPlan").isWaitingAt("evaluatiemoment");
    }

    /**
     * Issue #23 item 1: the home gemeente that refused sends its own letter (Awb art. 7:1, 7:11: who decided handles
     * the objection, so it makes the decision known too), on the same term (row besluitbriefZorg: 5 werkdagen) with the
     * reminder and the escalation inside the gemeente; the arrangement waits at besluitZorg for the final outcome and
     * shows or escalates nothing of it. The objection window: 6 weeks from the day after sending (Awb art. 6:7, 6:8,
     * Algemene termijnenwet) and one postal week more (art. 6:9) before "no objection" counts.
     */
    @Test
    void eenAfwijzingVerstuurtDeWoongemeenteZelfEnHetArrangementWachtOpHetEindbesluit_Awb_art_7_11() {
        ProcessInstance besluit = lopend();
        afwijzen();
        assertThat(besluit).hasPassed("afgewezen", "oudersInformeren").isWaitingAt("besluitbriefJeugdhulp");
        Task brief = gemeentetaak("besluitbriefJeugdhulp");
        assertThat(brief).hasCandidateGroup(Groepen.GEMEENTE).hasName("Verzending besluitbrief vastleggen");
        assertThat(brief.getTenantId()).isEqualTo(ZEIST);
        assertThat(arrangement).isWaitingAt("besluitZorg", "besluitOnderwijs");
        assertThat(taskService.createTaskQuery().processInstanceId(arrangement.getId()).list())
                .extracting(Task::getTaskDefinitionKey).containsExactly("besluitOnderwijs");
        assertThat(arrangementen.vanDossier(nummer).get(0).zorgBesluit()).isEqualTo(Besluit.AFGEWEZEN);
        assertThat(meldingen.voor("zorgcoordinator", List.of(), false)).anySatisfy(m ->
                assertThat(m.tekst()).contains("De gemeente heeft het zorgdeel", "besluitbrief van de gemeente"));

        // Decided Tue 3 Nov 2026: the letter within 5 werkdagen, Tue 10 Nov; reminder and escalation stay in Zeist.
        assertThat(brief.getDueDate()).isEqualTo(moment(2026, 11, 10, 23, 59, 59));
        managementService.executeJob(herinnering(besluit, "besluitbriefJeugdhulp").getId());
        assertThat(meldingen.overTaak(brief.getId())).isNotEmpty();
        ClockUtil.setCurrentTime(moment(2026, 11, 11, 9, 0));
        managementService.executeJob(termijnVerstreken(besluit, "besluitbriefJeugdhulp").getId());
        assertThat(escalaties.vanProcesInstantie(besluit.getId())).singleElement().satisfies(e -> {
            assertThat(e.getGroep()).isEqualTo(Groepen.GEMEENTE);
            assertThat(e.getReden()).contains("Besluitbrief niet binnen de termijn");
        });
        assertThat(escalaties.vanProcesInstantie(arrangement.getId())).isEmpty();

        // The same checks as the arrangement's letter: not in the future, not before the decision; per field.
        Http.Antwoord toekomst = zeist().post("/api/taken/" + brief.getId() + "/voltooien", briefInvoer("2026-11-12"));
        assertThat(toekomst.status()).as(toekomst.body()).isEqualTo(400);
        assertThat(toekomst.json().get("fouten").get(0).get("veld").asText()).isEqualTo("verzondenOp");
        Http.Antwoord voorBesluit = zeist().post("/api/taken/" + brief.getId() + "/voltooien", briefInvoer("2026-11-02"));
        assertThat(voorBesluit.status()).isEqualTo(400);
        assertThat(voorBesluit.json().get("fouten").get(0).get("melding").asText()).contains("vóór het besluit");
        assertThat(besluit).isWaitingAt("besluitbriefJeugdhulp");

        // Sent Wed 4 Nov: the term runs up to and including Wed 16 Dec; "no objection" a postal week later.
        brief("2026-11-04");
        assertThat(besluit).isWaitingAt("bezwaarMogelijk");
        assertThat(runtimeService.getVariable(besluit.getId(), "bezwaartermijnZorgTot"))
                .isEqualTo(moment(2026, 12, 16, 23, 59, 59));
        Job geenBezwaar = managementService.createJobQuery().processInstanceId(besluit.getId())
                .activityId("bezwaartermijnVerstreken").singleResult();
        assertThat(geenBezwaar.getDuedate()).isEqualTo(moment(2026, 12, 23, 23, 59, 59));
        assertThat(arrangement).isWaitingAt("besluitZorg", "besluitOnderwijs");
        ProcessInstance arrangementNu = arrangement;
        assertThat(arrangementen.vanDossier(nummer).get(0).zorgBezwaar().briefOp())
                .isEqualTo(java.time.LocalDate.of(2026, 11, 4));

        ClockUtil.setCurrentTime(moment(2026, 12, 24, 9, 0));
        managementService.executeJob(geenBezwaar.getId());
        assertThat(besluit).isEnded().hasPassed("bezwaartermijnVerstreken", "terugmelden", "besloten");
        assertThat(arrangementNu).hasPassed("zorgBesluitVastleggen").isWaitingAt("besluitOnderwijs");
        assertThat(arrangementen.vanDossier(nummer).get(0).zorgBesluit()).isEqualTo(Besluit.AFGEWEZEN);
        onderwijs("TOEGEKEND");
        assertThat(arrangement).isEnded().hasPassed("geenPlaatsBinnen");
    }

    /**
     * Gegrond (Awb art. 7:11): the gemeente decides again, on a new term from the day it decided on the objection
     * (8 weeks, Awb art. 4:13); the arrangement keeps waiting and never half-advances. The objection reaches the
     * gemeente's process through the school's door (POST /api/arrangementen/{id}/bezwaar), its deadline is 6 weeks
     * after the objection term (Awb art. 7:10 lid 1).
     */
    @Test
    void eenGegrondBezwaarGeeftEenNieuwBesluitMetEenNieuweTermijn_Awb_art_7_10() {
        ProcessInstance besluit = lopend();
        afwijzen();
        brief("2026-11-03");
        Long id = arrangementen.vanDossier(nummer).get(0).id();
        ClockUtil.setCurrentTime(moment(2026, 12, 15, 9, 0));
        Http.Antwoord bezwaar = zc().post("/api/arrangementen/" + id + "/bezwaar", bezwaar("2026-12-15", null));
        assertThat(bezwaar.status()).as(bezwaar.body()).isEqualTo(204);
        assertThat(besluit).hasPassed("bezwaar").isWaitingAt("bezwaarBehandelenJeugdhulp");
        Task behandelen = gemeentetaak("bezwaarBehandelenJeugdhulp");
        assertThat(behandelen).hasCandidateGroup(Groepen.GEMEENTE).hasName("Bezwaar behandelen (gemeente)");
        // The term ran up to and including Tue 15 Dec 2026: decide by Tue 26 Jan 2027.
        assertThat(behandelen.getDueDate()).isEqualTo(moment(2027, 1, 26, 23, 59, 59));
        assertThat(arrangement).isWaitingAt("besluitZorg", "besluitOnderwijs");
        assertThat(http().als("gemeente").post("/api/taken/" + behandelen.getId() + "/voltooien",
                "{\"uitkomst\": \"GEGROND\"}").status()).isIn(403, 404);

        ClockUtil.setCurrentTime(moment(2027, 1, 5, 10, 0));
        assertThat(zeist().post("/api/taken/" + behandelen.getId() + "/voltooien",
                "{\"uitkomst\": \"GEGROND\", \"toelichting\": \"Opnieuw bekijken.\"}").status()).isEqualTo(204);
        assertThat(besluit).hasPassed("bezwaarGegrond", "besluitOpnieuw").isWaitingAt("besluiten");
        Task opnieuw = taak(engine, nummer);
        assertThat(opnieuw.getDueDate()).as("8 weken vanaf de beslissing op het bezwaar").isEqualTo(moment(2027, 3, 2, 23, 59, 59));
        assertThat(aanvragen.findByDossierNummer(nummer)).singleElement()
                .satisfies(a -> assertThat(a.getStatus()).isEqualTo(Jeugdhulpaanvraag.Status.LOPEND));
        assertThat(arrangement).isWaitingAt("besluitZorg", "besluitOnderwijs");
        assertThat(arrangementen.vanDossier(nummer).get(0).zorgBezwaar().uitkomst())
                .isEqualTo(Arrangement.Bezwaaruitkomst.GEGROND);

        assertThat(zeist().post("/api/taken/" + opnieuw.getId() + "/voltooien", "{\"besluit\": \"TOEGEKEND\"}")
                .status()).isEqualTo(204);
        assertThat(besluit).isEnded().hasPassed("terugmelden");
        assertThat(arrangement).hasPassed("zorgBesluitVastleggen").isWaitingAt("besluitOnderwijs");
        assertThat(arrangementen.vanDossier(nummer).get(0).zorgBesluit()).isEqualTo(Besluit.TOEGEKEND);
        onderwijs("TOEGEKEND");
        assertThat(arrangement).hasPassed("plaatsGeboden", "inHetPlan").isWaitingAt("evaluatiemoment");
    }

    /**
     * The home gemeente receives the bezwaarschrift and registers it itself (it cannot open the pupil's page); the
     * same validation as at the school's door: not from the parents, in the future, too late (a posted one received
     * within the week counts, Awb art. 6:9) each refused at its field. Ongegrond: the refusal stands.
     */
    @Test
    void deWoongemeenteRegistreertHetBezwaarEnOngegrondLaatDeAfwijzingStaan() {
        ProcessInstance besluit = lopend();
        afwijzen();
        brief("2026-11-03");
        Long id = arrangementen.vanDossier(nummer).get(0).id();
        ClockUtil.setCurrentTime(moment(2026, 12, 18, 9, 0));
        Http.Antwoord vanDeSchool = zeist().post("/api/arrangementen/" + id + "/bezwaar",
                "{\"deel\": \"ZORG\", \"ontvangenOp\": \"2026-12-10\", \"ingediendDoor\": \"SCHOOL\"}");
        assertThat(vanDeSchool.status()).as(vanDeSchool.body()).isEqualTo(400);
        assertThat(vanDeSchool.json().get("fouten").get(0).get("veld").asText()).isEqualTo("ingediendDoor");
        Http.Antwoord toekomst = zeist().post("/api/arrangementen/" + id + "/bezwaar", bezwaar("2026-12-19", null));
        assertThat(toekomst.status()).isEqualTo(400);
        assertThat(toekomst.json().get("fouten").get(0).get("veld").asText()).isEqualTo("ontvangenOp");
        Http.Antwoord teLaat = zeist().post("/api/arrangementen/" + id + "/bezwaar", bezwaar("2026-12-16", null));
        assertThat(teLaat.status()).isEqualTo(400);
        assertThat(teLaat.json().get("fouten").get(0).get("melding").asText()).contains("te laat", "2026-12-15");
        // Another gemeente and another school cannot register it.
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        for (String wie : new String[] {"gemeente", "gemeenteAmersfoort", "zorgcoordinatorAmersfoort"}) {
            assertThat(http().als(wie).post("/api/arrangementen/" + id + "/bezwaar", bezwaar("2026-12-16", "2026-12-15"))
                    .status()).as(wie).isIn(403, 404);
        }
        assertThat(besluit).isWaitingAt("bezwaarMogelijk");
        Http.Antwoord perPost = zeist().post("/api/arrangementen/" + id + "/bezwaar", bezwaar("2026-12-16", "2026-12-15"));
        assertThat(perPost.status()).as(perPost.body()).isEqualTo(204);
        assertThat(besluit).isWaitingAt("bezwaarBehandelenJeugdhulp");
        // Awb art. 7:10: its reminder and escalation stay inside Zeist; the arrangement escalates nothing of it.
        Task behandelen = gemeentetaak("bezwaarBehandelenJeugdhulp");
        managementService.executeJob(herinnering(besluit, "bezwaarBehandelenJeugdhulp").getId());
        assertThat(meldingen.overTaak(behandelen.getId())).isNotEmpty();
        assertThat(termijnVerstreken(besluit, "bezwaarBehandelenJeugdhulp").getDuedate()).isEqualTo(behandelen.getDueDate());
        managementService.executeJob(termijnVerstreken(besluit, "bezwaarBehandelenJeugdhulp").getId());
        assertThat(escalaties.vanProcesInstantie(besluit.getId())).singleElement().satisfies(e -> {
            assertThat(e.getGroep()).isEqualTo(Groepen.GEMEENTE);
            assertThat(e.getReden()).isEqualTo("Niet binnen de beslistermijn op het bezwaar beslist (Awb art. 7:10)");
        });
        assertThat(escalaties.vanProcesInstantie(arrangement.getId())).isEmpty();

        assertThat(zeist().post("/api/taken/" + behandelen.getId() + "/voltooien",
                "{\"uitkomst\": \"ONGEGROND\"}").status()).isEqualTo(204);
        assertThat(besluit).isEnded().hasPassed("bezwaarGegrond", "eindbesluit", "terugmelden");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(besluit.getId())
                .activityId("besluiten").count()).as("niet opnieuw besloten").isEqualTo(1);
        assertThat(arrangement).hasPassed("zorgBesluitVastleggen").isWaitingAt("besluitOnderwijs");
        assertThat(arrangementen.vanDossier(nummer).get(0).zorgBesluit()).isEqualTo(Besluit.AFGEWEZEN);
        assertThat(arrangementen.vanDossier(nummer).get(0).zorgBezwaar().uitkomst())
                .isEqualTo(Arrangement.Bezwaaruitkomst.ONGEGROND);
    }

    @Test
    void eenIngetrokkenBezwaarLaatDeAfwijzingStaan() {
        ProcessInstance besluit = lopend();
        afwijzen();
        brief("2026-11-03");
        Long id = arrangementen.vanDossier(nummer).get(0).id();
        assertThat(zc().post("/api/arrangementen/" + id + "/bezwaar", bezwaar("2026-11-03", null)).status()).isEqualTo(204);
        assertThat(zeist().post("/api/taken/" + gemeentetaak("bezwaarBehandelenJeugdhulp").getId() + "/voltooien",
                "{\"uitkomst\": \"INGETROKKEN\"}").status()).isEqualTo(204);
        assertThat(besluit).isEnded().hasPassed("terugmelden");
        assertThat(arrangement).hasPassed("zorgBesluitVastleggen").isWaitingAt("besluitOnderwijs");
        assertThat(arrangementen.vanDossier(nummer).get(0).zorgBezwaar().uitkomst())
                .isEqualTo(Arrangement.Bezwaaruitkomst.INGETROKKEN);
    }

    /**
     * Consent for jeugdhulp withdrawn at each of the gemeente's new steps: the step lapses at once (its boundary
     * event, or the window's own branch), the process ends "vervallen", the arrangement goes on with the education part
     * alone; nobody can complete the old task any more.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "besluitbriefJeugdhulp, besluitbriefJeugdhulpToestemmingIngetrokken",
            "bezwaarMogelijk, toestemmingIngetrokkenInBezwaartermijn",
            "bezwaarBehandelenJeugdhulp, bezwaarBehandelenJeugdhulpToestemmingIngetrokken"})
    void toestemmingIngetrokkenBijBriefOfBezwaarDanVervaltDeStap(String stap, String grens) {
        ProcessInstance besluit = lopend();
        afwijzen();
        if (!stap.equals("besluitbriefJeugdhulp")) {
            brief("2026-11-03");
        }
        if (stap.equals("bezwaarBehandelenJeugdhulp")) {
            Long id = arrangementen.vanDossier(nummer).get(0).id();
            assertThat(zc().post("/api/arrangementen/" + id + "/bezwaar", bezwaar("2026-11-03", null)).status())
                    .isEqualTo(204);
        }
        assertThat(besluit).isWaitingAt(stap);
        Task taak = stap.equals("bezwaarMogelijk") ? null : gemeentetaak(stap);

        trekToestemmingIn();

        assertThat(besluit).isEnded().hasPassed(grens, "vervallen").hasNotPassed("terugmelden");
        assertThat(arrangement).hasPassed("besluitZorgToestemmingIngetrokken", "zorgdeelVervalt")
                .isWaitingAt("besluitOnderwijs");
        if (taak != null) {
            assertThat(zeist().post("/api/taken/" + taak.getId() + "/voltooien", stap.startsWith("besluitbrief")
                    ? briefInvoer("2026-11-03") : "{\"uitkomst\": \"GEGROND\"}").status()).isEqualTo(404);
        }
        onderwijs("TOEGEKEND");
        assertThat(arrangement).hasPassed("plaatsGeboden").isWaitingAt("evaluatiemoment");
    }

    /**
     * Issue #23 item 4: with consent for jeugdhulp withdrawn, the pupil's page does not offer the care part's objection
     * form (the API would refuse it, 409) and says why; the API still refuses it.
     */
    @Test
    void zonderToestemmingBiedtDePaginaGeenBezwaarTegenHetZorgdeelMaarZegtWaarom() {
        afwijzen();
        brief("2026-11-03");
        Long id = arrangementen.vanDossier(nummer).get(0).id();
        Http.Antwoord metToestemming = pagina("zorgcoordinator", "/leerlingen/" + nummer);
        assertThat(metToestemming.body()).contains("bezwaarformulier-" + id + "-ZORG")
                .doesNotContain("geen-bezwaar-" + id + "-ZORG");

        trekToestemmingIn();

        Http.Antwoord zonder = pagina("zorgcoordinator", "/leerlingen/" + nummer);
        assertThat(zonder.status()).isEqualTo(200);
        assertThat(zonder.body()).doesNotContain("bezwaarformulier-" + id + "-ZORG")
                .contains("geen-bezwaar-" + id + "-ZORG", "Een bezwaar tegen het zorgdeel kan hier niet worden "
                        + "vastgelegd: er is geen toestemming voor jeugdhulp (meer).");
        Http.Antwoord api = zc().post("/api/arrangementen/" + id + "/bezwaar", bezwaar("2026-11-03", null));
        assertThat(api.status()).as(api.body()).isEqualTo(409);
        assertThat(api.json().get("detail").asText()).contains("toestemming voor jeugdhulp");
    }

    /**
     * Awb art. 4:13 (the Jeugdwet has no term of its own): the reminder and, after 8 weeks, the escalation stay inside
     * the gemeente; never a zorgplicht signal to the SWV or leerplicht, and the task stays to be decided.
     */
    @Test
    void naAchtWekenEscaleertHetBinnenDeGemeenteEnNooitAlsZorgplicht_Awb_art_4_13() {
        ProcessInstance besluit = lopend();
        voerStartUit();
        Task taak = taak(engine, nummer);
        Job herinnering = herinnering(besluit, "besluiten");
        managementService.executeJob(herinnering.getId());
        assertThat(meldingen.overTaak(taak.getId())).isNotEmpty();

        Job verstreken = termijnVerstreken(besluit, "besluiten");
        assertThat(verstreken.getDuedate()).isEqualTo(moment(2026, 12, 29, 23, 59, 59));
        ClockUtil.setCurrentTime(moment(2026, 12, 30, 9, 0));
        managementService.executeJob(verstreken.getId());

        assertThat(escalaties.vanProcesInstantie(besluit.getId())).singleElement().satisfies(e -> {
            assertThat(e.getGroep()).isEqualTo(Groepen.GEMEENTE);
            assertThat(e.getReden()).contains("Awb art. 4:13");
        });
        assertThat(escalaties.vanProcesInstantie(arrangement.getId())).isEmpty();
        assertThat(leerplicht.vanDossier(nummer)).isEmpty();
        assertThat(meldingen.voor("swv", List.of("swv"), false)).filteredOn(m -> nummer.equals(m.dossierNummer()))
                .noneMatch(m -> m.onderwerp().toLowerCase().contains("zorgplicht"));
        assertThat(besluit).isWaitingAt("besluiten");
        assertThat(arrangement).isWaitingAt("besluitZorg", "besluitOnderwijs");
    }

    @Test
    void toestemmingIngetrokkenDanVervaltHetBesluitBijDeGemeente() {
        ProcessInstance besluit = lopend();
        voerStartUit();
        Task taak = taak(engine, nummer);
        String pad = "/api/dossiers/" + nummer + "/toestemmingen";
        for (var t : zc().get(pad).json().get("toestemmingen")) {
            if (t.get("scope").asText().equals("JEUGDHULP") && t.get("gegevenDoor").asText().equals("OUDERS")) {
                assertThat(zc().post(pad + "/" + t.get("id").asText() + "/intrekken", "{\"vorm\": \"GESPREK\"}")
                        .status()).isEqualTo(204);
            }
        }
        assertThat(besluit).isEnded().hasPassed("toestemmingIngetrokken", "vervallen");
        assertThat(arrangement).hasPassed("besluitZorgToestemmingIngetrokken", "zorgdeelVervalt")
                .isWaitingAt("besluitOnderwijs");
        assertThat(zeist().post("/api/taken/" + taak.getId() + "/voltooien", "{\"besluit\": \"TOEGEKEND\"}").status())
                .isEqualTo(404);
        assertThat(aanvragen.findByDossierNummer(nummer)).singleElement()
                .satisfies(a -> assertThat(a.getStatus()).isEqualTo(Jeugdhulpaanvraag.Status.VERVALLEN));
    }

    /**
     * A confirmed school change while Zeist decides: the old school's arrangement ends (the new school asks again), so
     * nobody waits for the decision; it lapses in the change's transaction and Zeist hears why, instead of keeping a
     * task that escalates and cannot be completed.
     */
    @Test
    void naEenSchoolwisselVervaltHetBesluitBijDeGemeente() {
        ProcessInstance besluit = lopend();
        voerStartUit();
        Task taak = taak(engine, nummer);
        assertThat(taak).isNotNull();

        transacties.executeWithoutResult(t -> events.publishEvent(new nl.eenplan.dossier.LeerlingGewisseld(
                dossiers.identiteit(nummer), new nl.eenplan.dossier.Routeringsgegevens("2026-99999", "99YY00",
                nl.eenplan.dossier.Onderwijssoort.PO, "zorgcoordinator"), java.time.LocalDate.of(2026, 11, 3),
                "Leerling overgestapt.")));

        assertThat(besluit).isEnded();
        assertThat(taak(engine, nummer)).isNull();
        assertThat(aanvragen.findByDossierNummer(nummer)).singleElement()
                .satisfies(a -> assertThat(a.getStatus()).isEqualTo(Jeugdhulpaanvraag.Status.VERVALLEN));
        assertThat(meldingen.voor(GEMEENTE_ZEIST, List.of(Groepen.GEMEENTE), false))
                .anySatisfy(m -> {
                    assertThat(m.onderwerp()).contains("Aanvraag jeugdhulp vervallen", nummer);
                    assertThat(m.tekst()).contains("Vervallen: uw taak 'Besluit jeugdhulp (woongemeente)'",
                            "Er loopt bij uw gemeente niets door");
                });
        assertThat(zeist().post("/api/taken/" + taak.getId() + "/voltooien", "{\"besluit\": \"TOEGEKEND\"}").status())
                .isEqualTo(404);
    }

    /**
     * Issue #23: a real school change while Zeist's letter on its refusal is still to be recorded. The refusal is
     * Zeist's decision on jeugdhulp for this child, not about the school: it takes effect only once made known (Awb art.
     * 3:41), and the parents object to Zeist (Awb art. 6:4 lid 1, 6:7, 7:11). So the letter step goes on at Zeist and
     * records on the old arrangement's row (which stays as history although its instance ended at the change); the
     * window opens; Zeist hears what goes on and what lapsed. With no objection, the final outcome cannot go to the old
     * arrangement: it reaches the new school's zorgcoördinator as information (no care details) and nothing fails.
     * The old and the new school see and complete none of it.
     */
    @Test
    void naEenSchoolwisselInDeBriefstapVerstuurtDeWoongemeenteDeBriefNogEnOpentDeBezwaartermijn_Awb_art_3_41()
            throws Exception {
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        ProcessInstance besluit = lopend();
        afwijzen();
        Long id = arrangementen.vanDossier(nummer).get(0).id();
        String nieuw = wisselNaarHetBaken();

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(arrangement.getId()).count())
                .as("het arrangement van de vorige school is beëindigd").isZero();
        assertThat(besluit).isWaitingAt("besluitbriefJeugdhulp");
        assertThat(aanvragen.findByDossierNummer(nummer)).singleElement()
                .satisfies(a -> assertThat(a.getStatus()).isEqualTo(Jeugdhulpaanvraag.Status.BESLOTEN));
        assertThat(meldingen.voor(GEMEENTE_ZEIST, List.of(Groepen.GEMEENTE), false)).anySatisfy(m -> {
            assertThat(m.onderwerp()).contains("Schoolwissel: uw afwijzing van jeugdhulp loopt door", nummer);
            assertThat(m.tekst()).contains("besluitbrief nog te versturen", "Verzending besluitbrief vastleggen",
                    "Awb art. 3:41", "Awb art. 6:4 lid 1", "Vervallen: alleen het wachten van het arrangement");
        });
        nietVoorAnderen(besluit, gemeentetaak("besluitbriefJeugdhulp"), briefInvoer("2026-11-03"),
                "{\"variables\": {\"verzondenOp\": {\"value\": \"2026-11-03\"}}}", "zcBaken");

        brief("2026-11-03");
        assertThat(besluit).isWaitingAt("bezwaarMogelijk");
        assertThat(arrangementen.vanDossier(nummer).get(0).zorgBezwaar().briefOp())
                .isEqualTo(java.time.LocalDate.of(2026, 11, 3));
        assertThat(pagina(GEMEENTE_ZEIST, "/jeugdhulp/" + nummer).body()).contains("bezwaarformulier-" + id + "-ZORG");

        // No objection a postal week after the last day (Tue 15 Dec 2026, Awb art. 6:9): the refusal is final.
        ClockUtil.setCurrentTime(moment(2026, 12, 23, 9, 0));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(besluit.getId())
                .activityId("bezwaartermijnVerstreken").singleResult().getId());
        assertThat(besluit).isEnded().hasPassed("terugmelden", "besloten");
        assertThat(meldingen.voor("zcBaken", List.of(Groepen.ZORGCOORDINATOR), false)).anySatisfy(m -> {
            assertThat(m.onderwerp()).contains("Eindbesluit jeugdhulp van de gemeente: afgewezen", nieuw);
            assertThat(m.tekst()).contains("arrangement " + id, "Zeist", "vraag dan een arrangement met zorgdeel aan")
                    .doesNotContain("Gezinsbegeleiding", "Past niet.");
        });
        // The new school's zorgcoördinatoren as a group, and the dossier's own zorgcoördinator (the parents' contact).
        assertThat(meldingen.voor("zcBaken", List.of(Groepen.ZORGCOORDINATOR), false))
                .filteredOn(m -> m.onderwerp().contains("Eindbesluit jeugdhulp") && m.onderwerp().contains(nieuw))
                .hasSize(2)
                .anySatisfy(m -> assertThat(m.tekst()).contains("U bent het aanspreekpunt van de ouders"));
    }

    /**
     * A school change in the objection window: Zeist still records the parents' objection (its page's door, POST
     * /api/arrangementen/{id}/bezwaar) and handles it (Awb art. 7:1, 7:11). Gegrond: Zeist decides again, on a new term
     * (Awb art. 4:13), and that outcome goes as information to the new school, which can ask a new arrangement with care
     * part; it never feeds the old school's ended arrangement. The old and the new school record and complete nothing.
     */
    @Test
    void naEenSchoolwisselInDeBezwaartermijnBehandeltDeWoongemeenteHetBezwaarEnHoortDeNieuweSchoolDeUitkomst_Awb_art_7_11()
            throws Exception {
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        ProcessInstance besluit = lopend();
        afwijzen();
        brief("2026-11-03");
        Long id = arrangementen.vanDossier(nummer).get(0).id();
        String nieuw = wisselNaarHetBaken();
        assertThat(besluit).isWaitingAt("bezwaarMogelijk");
        assertThat(meldingen.voor(GEMEENTE_ZEIST, List.of(Groepen.GEMEENTE), false)).anySatisfy(m ->
                assertThat(m.tekst()).contains("bezwaartermijn loopt tot en met 15 december 2026"));

        ClockUtil.setCurrentTime(moment(2026, 12, 1, 9, 0));
        for (String wie : new String[] {"zorgcoordinator", "zcBaken", "gemeente"}) {
            assertThat(http().als(wie).post("/api/arrangementen/" + id + "/bezwaar", bezwaar("2026-12-01", null))
                    .status()).as(wie).isIn(403, 404, 409);
        }
        assertThat(besluit).isWaitingAt("bezwaarMogelijk");
        Http.Antwoord bezwaar = zeist().post("/api/arrangementen/" + id + "/bezwaar", bezwaar("2026-12-01", null));
        assertThat(bezwaar.status()).as(bezwaar.body()).isEqualTo(204);
        assertThat(besluit).isWaitingAt("bezwaarBehandelenJeugdhulp");
        Task behandelen = gemeentetaak("bezwaarBehandelenJeugdhulp");
        nietVoorAnderen(besluit, behandelen, "{\"uitkomst\": \"GEGROND\"}",
                "{\"variables\": {\"bezwaarZorgUitkomst\": {\"value\": \"GEGROND\"}}}", "zcBaken");

        ClockUtil.setCurrentTime(moment(2027, 1, 5, 10, 0));
        assertThat(zeist().post("/api/taken/" + behandelen.getId() + "/voltooien",
                "{\"uitkomst\": \"GEGROND\", \"toelichting\": \"Opnieuw bekijken.\"}").status()).isEqualTo(204);
        assertThat(besluit).isWaitingAt("besluiten");
        Task opnieuw = taak(engine, nummer);
        assertThat(opnieuw.getDueDate()).as("8 weken vanaf de beslissing op het bezwaar")
                .isEqualTo(moment(2027, 3, 2, 23, 59, 59));
        nietVoorAnderen(besluit, opnieuw, "{\"besluit\": \"TOEGEKEND\"}",
                "{\"variables\": {\"zorgBesluit\": {\"value\": \"TOEGEKEND\"}}}", "zcBaken");
        Http.Antwoord toegekend = zeist().post("/api/taken/" + opnieuw.getId() + "/voltooien",
                "{\"besluit\": \"TOEGEKEND\", \"toelichting\": \"Toch passend.\"}");
        assertThat(toegekend.status()).as(toegekend.body()).isEqualTo(204);
        assertThat(besluit).isEnded().hasPassed("terugmelden", "besloten");
        assertThat(arrangementen.vanDossier(nummer).get(0).zorgBesluit()).isEqualTo(Besluit.TOEGEKEND);
        assertThat(meldingen.voor("zcBaken", List.of(Groepen.ZORGCOORDINATOR), false)).anySatisfy(m -> {
            assertThat(m.onderwerp()).contains("Eindbesluit jeugdhulp van de gemeente: toegekend", nieuw);
            assertThat(m.tekst()).doesNotContain("Gezinsbegeleiding", "Toch passend.", "Opnieuw bekijken.");
        });
        // The new school's arrangement (started at the change) never heard of it: nothing half-advanced.
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("arrangement")
                .processInstanceBusinessKey(nieuw).list()).allSatisfy(p -> assertThat(p).isNotWaitingAt("besluitZorg"));
    }

    /**
     * A real school change (schoolwissel): the pupil enrols at Het Baken (99YY00), whose zorgcoördinator zcBaken
     * reports it with the pupil's dossier there; the old school confirms. Returns the new school's dossier number.
     */
    private String wisselNaarHetBaken() {
        gebruikers.maakAlsNieuw("zcBaken", "Bart", "Baken", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("zcBaken", "99YY00");
        Http.Antwoord dossier = http().als("zcBaken").post("/api/dossiers", Testdossiers.metBsn(bsn)
                .replace("99ZZ00", "99YY00").replace("\"PO\"", "\"VO\"").replace("\"leerjaar\": 7", "\"leerjaar\": 1")
                .replaceAll(",\\s*\"ouders\": \\[[^\\]]*\\]", ""));
        assertThat(dossier.status()).as(dossier.body()).isEqualTo(201);
        String nieuw = dossier.json().get("nummer").asText();
        String vandaag = java.time.LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(),
                java.time.ZoneId.of("Europe/Amsterdam")).toString();
        Http.Antwoord gemeld = http().als("zcBaken").post("/api/dossiers/" + nieuw + "/schoolwissel",
                "{\"ingeschrevenOp\": \"" + vandaag + "\"}");
        assertThat(gemeld.status()).as(gemeld.body()).isEqualTo(201);
        Task bevestigen = taskService.createTaskQuery().processInstanceBusinessKey(nummer)
                .taskDefinitionKey("bevestigen").singleResult();
        Http.Antwoord bevestigd = zc().post("/api/taken/" + bevestigen.getId() + "/voltooien",
                "{\"antwoord\": \"BEVESTIGD\"}");
        assertThat(bevestigd.status()).as(bevestigd.body()).isEqualTo(204);
        return nieuw;
    }

    /**
     * The pupil moves while Zeist decides: the new woonplaats (Jeugdwet art. 1.1) is competent, the application is
     * forwarded (Awb art. 2:3) with its first day of receipt, so the term does not start again and nothing is lost.
     */
    @Test
    void verhuistDeLeerlingDanGaatDeAanvraagNaarDeNieuweWoongemeente_Awb_art_2_3() {
        ProcessInstance inZeist = lopend();
        voerStartUit();
        Task oud = taak(engine, nummer);
        ClockUtil.setCurrentTime(moment(2026, 11, 20, 10, 0));

        Http.Antwoord verhuisd = zc().put("/api/dossiers/" + nummer + "/leerling/woonadres", "{\"postcode\": "
                + "\"3511 AB\", \"huisnummer\": \"1\", \"woonplaats\": \"Utrecht\", \"gemeentecode\": \"GM0344\"}");
        assertThat(verhuisd.status()).as(verhuisd.body()).isEqualTo(200);

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(inZeist.getId()).count()).isZero();
        ProcessInstance inUtrecht = lopend();
        assertThat(inUtrecht.getTenantId()).isEqualTo("GM0344");
        voerStartUit();
        Task nieuw = taak(engine, nummer);
        assertThat(nieuw.getDueDate()).as("de termijn telt vanaf de eerste ontvangst").isEqualTo(oud.getDueDate());
        assertThat(aanvragen.findByDossierNummer(nummer)).extracting(Jeugdhulpaanvraag::getStatus)
                .containsExactlyInAnyOrder(Jeugdhulpaanvraag.Status.DOORGEZONDEN, Jeugdhulpaanvraag.Status.LOPEND);
        assertThat(zeist().post("/api/taken/" + oud.getId() + "/voltooien", "{\"besluit\": \"TOEGEKEND\"}").status())
                .isEqualTo(404);
        Long id = arrangementen.vanDossier(nummer).get(0).id();
        assertThat(zeist().get("/api/arrangementen/" + id).status()).isEqualTo(404);

        assertThat(http().als("gemeente").post("/api/taken/" + nieuw.getId() + "/voltooien",
                "{\"besluit\": \"TOEGEKEND\"}").status()).isEqualTo(204);
        assertThat(arrangement).hasPassed("zorgBesluitVastleggen").isWaitingAt("besluitOnderwijs");
    }

    @Test
    void eenAndereGemeenteEnEenSchoolZienEnDoenNiets() throws Exception {
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        ProcessInstance besluit = lopend();
        voerStartUit();
        nietVoorAnderen(besluit, taak(engine, nummer), "{\"besluit\": \"TOEGEKEND\"}",
                "{\"variables\": {\"zorgBesluit\": {\"value\": \"TOEGEKEND\"}}}");
        assertThat(besluit).isWaitingAt("besluiten");
    }

    /**
     * The letter and the objection are the home gemeente's steps too: the school's gemeente, a third gemeente and the
     * schools see and complete neither, through /api/taken, the task page, /engine-rest or Tasklist.
     */
    @Test
    void briefEnBezwaarZijnVanDeWoongemeenteAlleen() throws Exception {
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        ProcessInstance besluit = lopend();
        afwijzen();
        nietVoorAnderen(besluit, gemeentetaak("besluitbriefJeugdhulp"), briefInvoer("2026-11-03"),
                "{\"variables\": {\"verzondenOp\": {\"value\": \"2026-11-03\"}}}");
        assertThat(besluit).isWaitingAt("besluitbriefJeugdhulp");
        brief("2026-11-03");
        Long id = arrangementen.vanDossier(nummer).get(0).id();
        assertThat(zc().post("/api/arrangementen/" + id + "/bezwaar", bezwaar("2026-11-03", null)).status()).isEqualTo(204);
        nietVoorAnderen(besluit, gemeentetaak("bezwaarBehandelenJeugdhulp"), "{\"uitkomst\": \"GEGROND\"}",
                "{\"variables\": {\"bezwaarZorgUitkomst\": {\"value\": \"GEGROND\"}}}");
        assertThat(besluit).isWaitingAt("bezwaarBehandelenJeugdhulp");
        assertThat(pagina(GEMEENTE_ZEIST, "/taken/" + gemeentetaak("bezwaarBehandelenJeugdhulp").getId()).status())
                .isEqualTo(200);
    }

    /**
     * Issue #23: the home gemeente records a bezwaarschrift it received on its page of the application (the window has
     * no task and Zeist cannot open the pupil's page), found through its list "Aanvragen jeugdhulp". The page shows the
     * care part, the decision with its reasons and day, the letter and the term; the form sends to the API, whose
     * service is the one rule: not from the parents, no date, in the future, sent after it came in, too late (Awb art.
     * 6:7-6:9) each at its field, and nothing advances. Before the letter and while the objection is handled: no form,
     * and why. The task pages of the letter and the objection show the same care part to Zeist alone.
     */
    @Test
    void deWoongemeenteLegtHetBezwaarVastOpHaarPaginaMetDeFoutenPerVeld_Awb_art_6_7_tot_6_9() throws Exception {
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        ProcessInstance besluit = lopend();
        afwijzen();
        Long id = arrangementen.vanDossier(nummer).get(0).id();
        String zorg = "Gezinsbegeleiding door het wijkteam.";
        String onderwijs = "Kleine klas drie dagen per week.";

        // The letter's task page: the care part it is about, the decision and its reasons; no objection form yet.
        Task briefTaak = gemeentetaak("besluitbriefJeugdhulp");
        Http.Antwoord briefpagina = pagina(GEMEENTE_ZEIST, "/taken/" + briefTaak.getId());
        assertThat(briefpagina.status()).as(briefpagina.body()).isEqualTo(200);
        assertThat(briefpagina.body()).contains("Aanvraag jeugdhulp: het zorgdeel", zorg, "Regulier vo, havo.",
                        "afgewezen op 3 november 2026", "Past niet.", "href=\"/jeugdhulp/" + nummer + "\"")
                .doesNotContain(onderwijs, "bezwaarformulier", "href=\"/leerlingen/");
        Http.Antwoord voorDeBrief = pagina(GEMEENTE_ZEIST, "/jeugdhulp/" + nummer);
        assertThat(voorDeBrief.status()).isEqualTo(200);
        assertThat(voorDeBrief.body()).contains("De besluitbrief is nog niet verzonden.")
                .doesNotContain("bezwaarformulier");
        for (String wie : new String[] {"gemeente", "gemeenteAmersfoort", "zorgcoordinator", "zorgcoordinatorAmersfoort"}) {
            Http.Antwoord ander = pagina(wie, "/taken/" + briefTaak.getId());
            assertThat(ander.status()).as(wie).isIn(403, 404);
            assertThat(ander.body()).as(wie).doesNotContain(zorg, "Past niet.");
        }

        brief("2026-11-03");
        // Zeist's list: the pupil, with the window (sent Tue 3 Nov: up to and including Tue 15 Dec 2026).
        Http.Antwoord lijst = pagina(GEMEENTE_ZEIST, "/jeugdhulp");
        assertThat(lijst.status()).isEqualTo(200);
        assertThat(lijst.body()).contains("aanvraag-" + nummer, "href=\"/jeugdhulp/" + nummer + "\"",
                "afgewezen; bezwaartermijn loopt tot en met 15 december 2026").doesNotContain(zorg);
        Http.Antwoord open = pagina(GEMEENTE_ZEIST, "/jeugdhulp/" + nummer);
        assertThat(open.status()).as(open.body()).isEqualTo(200);
        assertThat(open.body()).contains(zorg, "afgewezen op 3 november 2026", "Past niet.",
                        "Laatste dag van de bezwaartermijn: 15 december 2026.", "bezwaarformulier-" + id + "-ZORG",
                        "data-api=\"arrangementen/" + id + "/bezwaar\"", "name=\"ingediendDoor\" required")
                .doesNotContain(onderwijs, "Sam werkt 20 minuten zelfstandig", "id=\"geen-bezwaar\"");

        // What the form sends, refused per field in Dutch by the service; the window keeps waiting.
        ClockUtil.setCurrentTime(moment(2026, 12, 18, 9, 0));
        veldfout(zeist().post("/api/arrangementen/" + id + "/bezwaar", "{\"deel\": \"ZORG\", \"ontvangenOp\": "
                + "\"2026-12-10\", \"ingediendDoor\": \"SCHOOL\"}"), "ingediendDoor", "Alleen de ouders");
        veldfout(zeist().post("/api/arrangementen/" + id + "/bezwaar", "{\"deel\": \"ZORG\", \"ingediendDoor\": "
                + "\"OUDERS\"}"), "ontvangenOp", "Vul de datum in waarop het bezwaarschrift binnenkwam.");
        veldfout(zeist().post("/api/arrangementen/" + id + "/bezwaar", bezwaar("2026-12-19", null)), "ontvangenOp",
                "in de toekomst");
        veldfout(zeist().post("/api/arrangementen/" + id + "/bezwaar", bezwaar("2026-12-10", "2026-12-11")),
                "perPostVerzondenOp", "niet verzonden zijn na");
        veldfout(zeist().post("/api/arrangementen/" + id + "/bezwaar", bezwaar("2026-12-16", null)), "ontvangenOp",
                "te laat");
        assertThat(besluit).isWaitingAt("bezwaarMogelijk");
        // In the postal week the form is still offered (a posted objection can count, Awb art. 6:9).
        assertThat(pagina(GEMEENTE_ZEIST, "/jeugdhulp/" + nummer).body()).contains("bezwaarformulier-" + id + "-ZORG");
        assertThat(pagina(GEMEENTE_ZEIST, "/jeugdhulp").body())
                .contains("bezwaartermijn liep tot en met 15 december 2026");

        // Nobody else: not the page, not the list, not the door the form sends to (the pupil's school has its own).
        for (String wie : new String[] {"gemeente", "gemeenteAmersfoort", "zorgcoordinator", "zorgcoordinatorAmersfoort"}) {
            Http.Antwoord ander = pagina(wie, "/jeugdhulp/" + nummer);
            assertThat(ander.status()).as(wie).isIn(403, 404);
            assertThat(ander.body()).as(wie).doesNotContain(zorg, "Past niet.", "bezwaarformulier");
            assertThat(pagina(wie, "/jeugdhulp").body()).as(wie).doesNotContain(nummer);
            if (!wie.equals("zorgcoordinator")) {
                assertThat(http().als(wie).post("/api/arrangementen/" + id + "/bezwaar",
                        bezwaar("2026-12-16", "2026-12-15")).status()).as(wie).isIn(403, 404);
            }
        }
        assertThat(besluit).isWaitingAt("bezwaarMogelijk");

        Http.Antwoord perPost = zeist().post("/api/arrangementen/" + id + "/bezwaar", "{\"deel\": \"ZORG\", "
                + "\"ontvangenOp\": \"2026-12-16\", \"perPostVerzondenOp\": \"2026-12-15\", \"ingediendDoor\": "
                + "\"OUDERS\", \"toelichting\": \"De ouders vinden de begeleiding nodig.\"}");
        assertThat(perPost.status()).as(perPost.body()).isEqualTo(204);
        assertThat(besluit).isWaitingAt("bezwaarBehandelenJeugdhulp");
        Http.Antwoord behandeld = pagina(GEMEENTE_ZEIST, "/jeugdhulp/" + nummer);
        assertThat(behandeld.body()).contains("Bezwaar van de ouders ontvangen op 16 december 2026.",
                "is al vastgelegd (ontvangen op 16 december 2026) en wordt behandeld").doesNotContain("bezwaarformulier");
        assertThat(pagina(GEMEENTE_ZEIST, "/jeugdhulp").body()).contains("bezwaar van de ouders in behandeling");

        // The objection's task page: the care part, the decision and the objection it is about; Zeist's alone.
        Task behandelen = gemeentetaak("bezwaarBehandelenJeugdhulp");
        assertThat(pagina(GEMEENTE_ZEIST, "/taken/" + behandelen.getId()).body()).contains(zorg, "Past niet.",
                "afgewezen op 3 november 2026", "Bezwaar van de ouders ontvangen op 16 december 2026.",
                "Toelichting bij het bezwaar: De ouders vinden de begeleiding nodig.").doesNotContain(onderwijs);
        for (String wie : new String[] {"gemeente", "gemeenteAmersfoort", "zorgcoordinator", "zorgcoordinatorAmersfoort"}) {
            Http.Antwoord ander = pagina(wie, "/taken/" + behandelen.getId());
            assertThat(ander.status()).as(wie).isIn(403, 404);
            assertThat(ander.body()).as(wie).doesNotContain(zorg, "Past niet.");
        }
        assertThat(zeist().post("/api/taken/" + behandelen.getId() + "/voltooien", "{\"uitkomst\": \"ONGEGROND\"}")
                .status()).isEqualTo(204);
        assertThat(pagina(GEMEENTE_ZEIST, "/jeugdhulp/" + nummer).body())
                .contains("Op het bezwaar van de ouders is beslist (ongegrond)").doesNotContain("bezwaarformulier");
        assertThat(pagina(GEMEENTE_ZEIST, "/jeugdhulp").body()).doesNotContain("aanvraag-" + nummer);
        // Both pages carry the pupil's data: the pupil's inzage shows that Zeist read them.
        assertThat(http().als("admin").get("/api/audit?dossier=" + nummer).json())
                .anySatisfy(r -> {
                    assertThat(r.get("wat").asText()).isEqualTo("GET /jeugdhulp/" + nummer);
                    assertThat(r.get("gebruiker").asText()).isEqualTo(GEMEENTE_ZEIST);
                })
                .anySatisfy(r -> assertThat(r.get("wat").asText()).isEqualTo("GET /jeugdhulp"));
    }

    /** The window closed without an objection (a postal week after its last day): no form, and the page says why. */
    @Test
    void naDeBezwaartermijnBiedtDePaginaGeenBezwaarMeerMaarZegtWaarom_Awb_art_6_9() {
        ProcessInstance besluit = lopend();
        afwijzen();
        brief("2026-11-03");
        ClockUtil.setCurrentTime(moment(2026, 12, 23, 9, 0));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(besluit.getId())
                .activityId("bezwaartermijnVerstreken").singleResult().getId());
        assertThat(besluit).isEnded();
        Http.Antwoord dicht = pagina(GEMEENTE_ZEIST, "/jeugdhulp/" + nummer);
        assertThat(dicht.status()).isEqualTo(200);
        assertThat(dicht.body()).contains("De bezwaartermijn is voorbij: hij liep tot en met 15 december 2026",
                "Gezinsbegeleiding door het wijkteam.").doesNotContain("bezwaarformulier");
        Long id = arrangementen.vanDossier(nummer).get(0).id();
        assertThat(zeist().post("/api/arrangementen/" + id + "/bezwaar", bezwaar("2026-12-22", "2026-12-15")).status())
                .isEqualTo(409);
    }

    /**
     * Consent for jeugdhulp withdrawn in the window: the page offers no form and shows nothing of the care part, but
     * says why (the API would answer 409); the list no longer holds the application.
     */
    @Test
    void zonderToestemmingBiedtDePaginaVanDeWoongemeenteGeenBezwaarMaarZegtWaarom() {
        afwijzen();
        brief("2026-11-03");
        Long id = arrangementen.vanDossier(nummer).get(0).id();
        assertThat(pagina(GEMEENTE_ZEIST, "/jeugdhulp/" + nummer).body()).contains("bezwaarformulier-" + id + "-ZORG");

        trekToestemmingIn();

        Http.Antwoord zonder = pagina(GEMEENTE_ZEIST, "/jeugdhulp/" + nummer);
        assertThat(zonder.status()).isEqualTo(200);
        assertThat(zonder.body()).contains("zorgdeel-geen-toestemming", JeugdhulpbesluitService.GEEN_BEZWAAR_ZONDER_TOESTEMMING)
                .doesNotContain("bezwaarformulier", "Gezinsbegeleiding door het wijkteam.", "Past niet.");
        assertThat(pagina(GEMEENTE_ZEIST, "/jeugdhulp").body()).doesNotContain("aanvraag-" + nummer);
        Http.Antwoord api = zeist().post("/api/arrangementen/" + id + "/bezwaar", bezwaar("2026-11-03", null));
        assertThat(api.status()).as(api.body()).isEqualTo(409);
    }

    private static void veldfout(Http.Antwoord antwoord, String veld, String melding) {
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(400);
        assertThat(antwoord.json().get("fouten").get(0).get("veld").asText()).as(antwoord.body()).isEqualTo(veld);
        assertThat(antwoord.json().get("fouten").get(0).get("melding").asText()).as(antwoord.body()).contains(melding);
    }

    /** Utrecht's gemeente (the school's), Amersfoort's, the pupil's own school and another school: nothing of it. */
    private void nietVoorAnderen(ProcessInstance besluit, Task taak, String invoer, String engineInvoer,
                                 String... ookNiet) throws Exception {
        Long id = arrangementen.vanDossier(nummer).get(0).id();
        List<String> anderen = new java.util.ArrayList<>(List.of("gemeente", "gemeenteAmersfoort", "zorgcoordinator",
                "zorgcoordinatorAmersfoort"));
        anderen.addAll(List.of(ookNiet));
        for (String wie : anderen) {
            Http ander = http().als(wie);
            assertThat(ander.get("/engine-rest/task?processInstanceId=" + besluit.getId()).json()).as(wie).isEmpty();
            assertThat(ander.get("/engine-rest/task/" + taak.getId()).status()).as(wie).isIn(403, 404);
            assertThat(ander.post("/engine-rest/task/" + taak.getId() + "/complete", engineInvoer).status()).as(wie)
                    .isIn(403, 404);
            assertThat(ander.post("/api/taken/" + taak.getId() + "/voltooien", invoer).status()).as(wie).isIn(403, 404);
            assertThat(pagina(wie, "/taken/" + taak.getId()).status()).as(wie).isIn(403, 404);
            assertThat(tasklistTaken(wie)).as(wie).isEmpty();
            assertThat(ander.get("/api/arrangementen/" + id).status()).as(wie).isIn(403, 404);
        }
        // Zeist's own user sees it in Tasklist and through /engine-rest.
        assertThat(zeist().get("/engine-rest/task?processInstanceId=" + besluit.getId()).json()).hasSize(1);
        assertThat(tasklistTaken(GEMEENTE_ZEIST)).hasSize(1);
    }

    /**
     * One door for the care part: the pupil's page gives each gemeente exactly what {@code GET /api/arrangementen/{id}}
     * gives it (one rule, ArrangementService.zorgdeelLezer): since the care part went to Zeist (Jeugdwet art. 1.1
     * "woonplaats"), Utrecht (the school's gemeente) reads it on neither. Zeist cannot open the pupil's page (not its
     * school), so it decides on its task page: the care part only, never the education part or the dossier; bad input
     * gets problem+json in Dutch per field. A third gemeente and schools get nothing of that page.
     */
    @Test
    void paginaEnApiGevenElkeGemeenteHetzelfdeEnDeWoongemeenteBesluitOpHaarTaakpagina() throws Exception {
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        voerStartUit();
        Task taak = taak(engine, nummer);
        Long id = arrangementen.vanDossier(nummer).get(0).id();
        String zorg = "Gezinsbegeleiding door het wijkteam.";

        // Utrecht, the school's gemeente: not via the API and not on the pupil's page (nothing to see there: 403).
        assertThat(http().als("gemeente").get("/api/arrangementen/" + id).status()).isEqualTo(404);
        Http.Antwoord utrecht = pagina("gemeente", "/leerlingen/" + nummer);
        assertThat(utrecht.status()).as(utrecht.body()).isEqualTo(403);
        assertThat(utrecht.body()).doesNotContain(zorg, "Regulier vo, havo.");

        // Zeist: the API and its task page give the care part; the pupil's page is not its to open.
        assertThat(zeist().get("/api/arrangementen/" + id).body()).contains(zorg);
        assertThat(pagina(GEMEENTE_ZEIST, "/leerlingen/" + nummer).status()).isEqualTo(404);
        Http.Antwoord taakpagina = pagina(GEMEENTE_ZEIST, "/taken/" + taak.getId());
        assertThat(taakpagina.status()).as(taakpagina.body()).isEqualTo(200);
        assertThat(taakpagina.body()).contains("Aanvraag jeugdhulp: het zorgdeel", zorg, "Regulier vo, havo.",
                        "Aanvraag ontvangen op", "3 november 2026", "Besluit jeugdhulp (woongemeente)")
                .doesNotContain("Kleine klas drie dagen per week.", "Sam werkt 20 minuten zelfstandig",
                        "href=\"/leerlingen/");

        // From Tasklist too: the task's form is the task page in EenPlan (the explanation is care content).
        Webapp tasklist = new Webapp(port);
        assertThat(tasklist.meldAan(GEMEENTE_ZEIST, "demo", "tasklist")).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(tasklist.get("/api/engine/engine/default/task/" + taak.getId()
                + "/form")).get("key").asText()).isEqualTo("/taken/extern");
        Http.Antwoord uitTasklist = pagina(GEMEENTE_ZEIST, "/taken/extern?taskId=" + taak.getId());
        assertThat(uitTasklist.status()).isEqualTo(302);
        assertThat(uitTasklist.headers().firstValue("Location").orElseThrow()).endsWith("/taken/" + taak.getId());

        // A third gemeente, the school's gemeente, the pupil's school and another school: not that page.
        for (String wie : new String[] {"gemeente", "gemeenteAmersfoort", "zorgcoordinator", "zorgcoordinatorAmersfoort"}) {
            Http.Antwoord ander = pagina(wie, "/taken/" + taak.getId());
            assertThat(ander.status()).as(wie).isIn(403, 404);
            assertThat(ander.body()).as(wie).doesNotContain(zorg);
        }

        // What the page's form sends: without a decision, problem+json naming the field in Dutch.
        Http.Antwoord zonder = zeist().post("/api/taken/" + taak.getId() + "/voltooien", "{\"toelichting\": \"x\"}");
        assertThat(zonder.status()).as(zonder.body()).isEqualTo(400);
        assertThat(zonder.body()).contains("\"besluit\"", "Kies TOEGEKEND of AFGEWEZEN.");
        Http.Antwoord teLang = zeist().post("/api/taken/" + taak.getId() + "/voltooien", "{\"besluit\": \"AFGEWEZEN\", "
                + "\"toelichting\": \"" + "x".repeat(2001) + "\"}");
        assertThat(teLang.status()).as(teLang.body()).isEqualTo(400);
        assertThat(teLang.body()).contains("\"toelichting\"", "De toelichting is te lang (maximaal 2000 tekens).");
        assertThat(zeist().post("/api/taken/" + taak.getId() + "/voltooien", "{\"besluit\": \"MISSCHIEN\"}")
                .status()).isEqualTo(400);
        assertThat(zeist().post("/api/taken/" + taak.getId() + "/voltooien", "{\"besluit\": \"TOEGEKEND\", "
                + "\"toelichting\": \"Gezinsbegeleiding past.\"}").status()).isEqualTo(204);
        // Decided: still Utrecht reads nothing of it, on the page or via the API.
        assertThat(http().als("gemeente").get("/api/arrangementen/" + id).status()).isEqualTo(404);
        assertThat(pagina("gemeente", "/leerlingen/" + nummer).body()).doesNotContain(zorg, "Gezinsbegeleiding past.");
    }

    private Http.Antwoord pagina(String wie, String pad) {
        return http().als(wie).metKop("Accept", "text/html").get(pad);
    }

    /** Tasklist's own API (what its task list shows) of this pupil's jeugdhulp decision, after its login form. */
    private JsonNode tasklistTaken(String gebruiker) throws Exception {
        Webapp tasklist = new Webapp(port);
        assertThat(tasklist.meldAan(gebruiker, "demo", "tasklist")).isEqualTo(200);
        return new ObjectMapper().readTree(tasklist.get("/api/engine/engine/default/task?processInstanceBusinessKey="
                + nummer + "&processDefinitionKey=jeugdhulpbesluit"));
    }

    /**
     * The running decision's task "Besluit jeugdhulp (woongemeente)" for this pupil, after its start job ran (the
     * process starts asynchronously); null when none runs. Shared with ArrangementScenarioIT.
     */
    static Task taak(ProcessEngine engine, String nummer) {
        var lopend = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("jeugdhulpbesluit")
                .processInstanceBusinessKey(nummer).list();
        for (ProcessInstance p : lopend) {
            for (Job job : engine.getManagementService().createJobQuery().processInstanceId(p.getId())
                    .activityId("aanvraagOntvangen").list()) {
                engine.getManagementService().executeJob(job.getId());
            }
        }
        return engine.getTaskService().createTaskQuery().processDefinitionKey("jeugdhulpbesluit")
                .processInstanceBusinessKey(nummer).taskDefinitionKey("besluiten").singleResult();
    }

    private void voerStartUit() {
        taak(engine, nummer);
    }

    private ProcessInstance lopend() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("jeugdhulpbesluit")
                .processInstanceBusinessKey(nummer).singleResult();
    }

    private Task arrangementtaak(String taakId) {
        return taskService.createTaskQuery().processInstanceId(arrangement.getId()).taskDefinitionKey(taakId)
                .singleResult();
    }

    /** The home gemeente refuses the care part (task besluiten). */
    private void afwijzen() {
        Http.Antwoord a = zeist().post("/api/taken/" + taak(engine, nummer).getId() + "/voltooien",
                "{\"besluit\": \"AFGEWEZEN\", \"toelichting\": \"Past niet.\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(204);
    }

    /** The home gemeente records its letter (task besluitbriefJeugdhulp). */
    private void brief(String verzondenOp) {
        Http.Antwoord a = zeist().post("/api/taken/" + gemeentetaak("besluitbriefJeugdhulp").getId() + "/voltooien",
                briefInvoer(verzondenOp));
        assertThat(a.status()).as(a.body()).isEqualTo(204);
    }

    private static String briefInvoer(String verzondenOp) {
        return "{\"verzondenOp\": \"" + verzondenOp + "\", \"verzondenDoor\": \"Team Jeugd Zeist\", \"wijze\": \"POST\"}";
    }

    private static String bezwaar(String ontvangenOp, String perPost) {
        return "{\"deel\": \"ZORG\", \"ontvangenOp\": \"" + ontvangenOp + "\", \"ingediendDoor\": \"OUDERS\""
                + (perPost == null ? "" : ", \"perPostVerzondenOp\": \"" + perPost + "\"") + "}";
    }

    private void onderwijs(String besluit) {
        Http.Antwoord a = http().als("swv").post("/api/taken/" + arrangementtaak("besluitOnderwijs").getId()
                + "/voltooien", "{\"besluit\": \"" + besluit + "\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(204);
    }

    /** The parents withdraw their consent for jeugdhulp (the pupil's stays: consent needs both). */
    private void trekToestemmingIn() {
        String pad = "/api/dossiers/" + nummer + "/toestemmingen";
        for (var t : zc().get(pad).json().get("toestemmingen")) {
            if (t.get("scope").asText().equals("JEUGDHULP") && t.get("gegevenDoor").asText().equals("OUDERS")) {
                assertThat(zc().post(pad + "/" + t.get("id").asText() + "/intrekken", "{\"vorm\": \"GESPREK\"}")
                        .status()).isEqualTo(204);
            }
        }
    }

    /** A task of this pupil's process jeugdhulpbesluit at step {@code taakId}; null when none. */
    private Task gemeentetaak(String taakId) {
        return taskService.createTaskQuery().processDefinitionKey("jeugdhulpbesluit").processInstanceBusinessKey(nummer)
                .taskDefinitionKey(taakId).singleResult();
    }

    private Http zeist() {
        return http().als(GEMEENTE_ZEIST);
    }

    private Http zc() {
        return http().als("zorgcoordinator");
    }
}
