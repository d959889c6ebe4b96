package nl.eenplan.gezin.proces;

import static nl.eenplan.Tijd.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.eenplan.Http;
import nl.eenplan.ScenarioTest;
import nl.eenplan.Sessie;
import nl.eenplan.TweedeGemeente;
import nl.eenplan.Webapp;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.DossierView;
import nl.eenplan.dossier.NieuwDossier;
import nl.eenplan.dossier.Onderwijssoort;
import nl.eenplan.dossier.Ouder;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.gezin.Gezinstest;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import nl.eenplan.termijn.EscalatieService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Process "avgVerzoek" (issue #24 slice 6): Karin, parent with gezag of Noor (as the demo's), asks on the family's page
 * for a correction (AVG art. 16); the school's zorgcoördinator answers in the task "AVG-verzoek behandelen" within one
 * month of receipt (AVG art. 12 lid 3, termijnen.dmn), with a reminder before and an escalation to the schoolleiding
 * after; an extension of at most two months only within that month, with the reason; the family sees where the request
 * is and the answer. Another school sees and completes nothing through /api, /engine-rest and Tasklist; the family
 * itself has no door to the engine.
 */
@ScenarioTest.Model("avgVerzoek")
class AvgVerzoekScenarioIT extends ScenarioTest {

    private static final java.util.concurrent.atomic.AtomicInteger VOLGNUMMER =
            new java.util.concurrent.atomic.AtomicInteger();
    private static final String HTML = "text/html,application/xhtml+xml";

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    MeldingService meldingen;
    @Autowired
    EscalatieService escalaties;
    @Autowired
    DossierService dossiers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SchoolService scholen;
    @Autowired
    Organisaties organisaties;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    ApplicationContext context;

    String nummer;
    Gezinstest gezin;
    Sessie karin;
    String noor;

    @BeforeEach
    void karinIsAangemeld() {
        // Received on Tuesday 1 December 2026, 10:00 Dutch time.
        ClockUtil.setCurrentTime(moment(2026, 12, 1, 10, 0));
        // A pupil of this test's own, as the demo's Noor: the scenario tests' context starts without demo pupils, so
        // what the demo made is there only when another context filled the database first.
        gezin = new Gezinstest(context, port, clock);
        nummer = dossiers.open(new NieuwDossier(new NieuwDossier.Leerling("Noor", null, achternaam(), LocalDate.of(2015, 5,
                14), null, "99ZZ00", Onderwijssoort.PO, 6, List.of(
                new NieuwDossier.Ouder("Karin Verzoek", Ouder.Relatie.OUDER, "06 1234 5678", "karin@example.nl", true,
                        false),
                new NieuwDossier.Ouder("Erik Verzoek", Ouder.Relatie.OUDER, "06 8765 4321", "erik@example.nl", false,
                        false))), Groepen.ZORGCOORDINATOR), Groepen.MENTOR).nummer();
        List<DossierView.OuderView> ouders = dossiers.haalOp(nummer).leerling().ouders();
        gezin.koppel("ouder", nummer, ouders.get(0).id());
        gezin.koppel("ouder2", nummer, ouders.get(1).id());
        karin = gezin.meldAan("ouder");
        noor = Gezinstest.idVan(karin, "Noor");
    }

    @AfterEach
    void geenLopendeVerzoeken() {
        gezin.ruimOp();
        runtimeService.createProcessInstanceQuery().processDefinitionKey(AvgVerzoekVariabelen.PROCES).list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "einde test"));
    }

    @Test
    void binnenEenMaandHerinneringEscalatieNaarSchoolleidingEnHetAntwoordVoorHetGezin() {
        ProcessInstance verzoek = dienIn(karin, noor, "CORRECTIE", "KIND", "Het telefoonnummer van de school",
                "In het plan staat een oud nummer.");
        assertThat(verzoek).isWaitingAt("verzoekBehandelen").hasBusinessKey(nummer);
        assertThat(verzoek.getTenantId()).isEqualTo("99ZZ00");
        Task taak = taak(verzoek);
        assertThat(taak).hasCandidateGroup("zorgcoordinator").hasName("AVG-verzoek behandelen");
        // One month from Tuesday 1 December 2026: Friday 1 January 2027 is Nieuwjaarsdag, so Monday 4 January.
        assertThat(taak.getDueDate()).isEqualTo(moment(2027, 1, 4, 23, 59, 59));
        // Nothing of the request in the process: the routing facts (which keep no history, engine.Historie) and the
        // request's id.
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(verzoek.getId()).list())
                .extracting(HistoricVariableInstance::getName).containsExactly("avgVerzoekId");
        assertThat(gezinspagina(karin, noor)).contains("Het telefoonnummer van de school",
                "De school werkt eraan. U krijgt antwoord uiterlijk op 4 januari 2027.");

        // The school's task page shows the request, as text.
        Sessie zc = new Sessie(port);
        zc.meldAan("zorgcoordinator", "demo");
        assertThat(zc.get("/taken/" + taak.getId(), "Accept", HTML).body()).contains("Het telefoonnummer van de school",
                "In het plan staat een oud nummer", "verbetering (AVG art. 16)");

        // The reminder before the month ends, the escalation to the schoolleiding at its end; the task stays.
        assertThat(herinnering(verzoek, "verzoekBehandelen").getDuedate()).isEqualTo(taak.getFollowUpDate())
                .isBefore(taak.getDueDate());
        managementService.executeJob(herinnering(verzoek, "verzoekBehandelen").getId());
        assertThat(meldingen.overTaak(taak.getId())).isNotEmpty();
        assertThat(termijnVerstreken(verzoek, "verzoekBehandelen").getDuedate()).isEqualTo(taak.getDueDate());
        managementService.executeJob(termijnVerstreken(verzoek, "verzoekBehandelen").getId());
        assertThat(escalaties.vanProcesInstantie(verzoek.getId())).singleElement().satisfies(e -> {
            assertThat(e.getGroep()).isEqualTo("schoolleiding");
            assertThat(e.getReden()).contains("AVG art. 12 lid 3");
        });
        assertThat(verzoek).isWaitingAt("verzoekBehandelen");

        // After the first month: no extension any more (the task's due day was the last one), the answer is due now.
        ClockUtil.setCurrentTime(moment(2027, 1, 5, 9, 0));
        Http.Antwoord teLaat = voltooi(taak, "{\"uitkomst\": \"VERLENGD\", \"reden\": \"Drukte.\", "
                + "\"verlengdTot\": \"2027-02-26\"}");
        assertThat(teLaat.status()).as(teLaat.body()).isEqualTo(400);
        assertThat(teLaat.body()).contains("Verlengen kan alleen binnen een maand na ontvangst");
        assertThat(verzoek).isWaitingAt("verzoekBehandelen");
        // Granted needs what the school did; then it ends and the family reads it.
        assertThat(voltooi(taak, "{\"uitkomst\": \"TOEGEKEND\"}").body()).contains("besluit");
        Http.Antwoord toegekend = voltooi(taak, "{\"uitkomst\": \"TOEGEKEND\", \"besluit\": \"Het nummer is verbeterd.\"}");
        assertThat(toegekend.status()).as(toegekend.body()).isIn(200, 204);
        assertThat(verzoek).isEnded().hasPassed("beantwoord").hasNotPassed("verlengdVerzoekBehandelen");
        assertThat(gezinspagina(karin, noor)).contains("De school heeft uw verzoek toegekend op 5 januari 2027.",
                "Het nummer is verbeterd.");
    }

    @Test
    void verlengenBinnenDeEersteMaandMetRedenHoogstensTweeMaandenEnDaarnaNietNogEens() {
        ProcessInstance verzoek = dienIn(karin, noor, "BEZWAAR", "EIGEN", "Mijn e-mailadres in de nieuwsbrief",
                "Ik wil niet dat de school mijn e-mailadres daarvoor gebruikt.");
        Task taak = taak(verzoek);
        ClockUtil.setCurrentTime(moment(2026, 12, 10, 9, 0));

        // Beyond three months after receipt (1 March 2027): refused; without a reason: refused; nothing changed.
        assertThat(voltooi(taak, "{\"uitkomst\": \"VERLENGD\", \"reden\": \"Uitzoeken bij de mailleverancier.\", "
                + "\"verlengdTot\": \"2027-03-02\"}").body()).contains("verlengdTot", "uiterlijk 2027-03-01");
        assertThat(voltooi(taak, "{\"uitkomst\": \"VERLENGD\", \"verlengdTot\": \"2027-02-26\"}").body())
                .contains("reden", "Geef de reden van de verlenging");
        assertThat(voltooi(taak, "{\"uitkomst\": \"VERLENGD\", \"reden\": \"Te vroeg.\", "
                + "\"verlengdTot\": \"2027-01-04\"}").body()).contains("verlengdTot");
        assertThat(verzoek).isWaitingAt("verzoekBehandelen");

        Http.Antwoord verlengd = voltooi(taak, "{\"uitkomst\": \"VERLENGD\", \"reden\": \"We zoeken het uit bij de "
                + "mailleverancier.\", \"verlengdTot\": \"2027-02-26\"}");
        assertThat(verlengd.status()).as(verlengd.body()).isIn(200, 204);
        assertThat(verzoek).isWaitingAt("verlengdVerzoekBehandelen");
        Task verlengdeTaak = taak(verzoek);
        // Its due date is the extension's date (termijnen.dmn: 0 werkdagen from verlengdTot, a Friday).
        assertThat(verlengdeTaak.getDueDate()).isEqualTo(moment(2027, 2, 26, 23, 59, 59));
        assertThat(gezinspagina(karin, noor)).contains("De school heeft meer tijd nodig. U krijgt antwoord uiterlijk "
                + "op 26 februari 2027.", "We zoeken het uit bij de mailleverancier.");

        // Its escalation goes to the schoolleiding too.
        managementService.executeJob(termijnVerstreken(verzoek, "verlengdVerzoekBehandelen").getId());
        assertThat(escalaties.vanProcesInstantie(verzoek.getId())).singleElement()
                .satisfies(e -> assertThat(e.getGroep()).isEqualTo("schoolleiding"));

        // Once only (AVG art. 12 lid 3): the extended task's input has no third outcome; a refusal needs its reason.
        ClockUtil.setCurrentTime(moment(2027, 2, 1, 9, 0));
        assertThat(voltooi(verlengdeTaak, "{\"uitkomst\": \"VERLENGD\", \"reden\": \"Nog meer tijd.\", "
                + "\"verlengdTot\": \"2027-02-28\"}").body()).contains("Kies uit: TOEGEKEND, AFGEWEZEN");
        assertThat(voltooi(verlengdeTaak, "{\"uitkomst\": \"AFGEWEZEN\"}").body()).contains("reden");
        Http.Antwoord afgewezen = voltooi(verlengdeTaak, "{\"uitkomst\": \"AFGEWEZEN\", \"reden\": \"Het adres is nodig "
                + "voor berichten over uw kind (AVG art. 6 lid 1 sub e).\"}");
        assertThat(afgewezen.status()).as(afgewezen.body()).isIn(200, 204);
        assertThat(verzoek).isEnded().hasPassed("verlengdVerzoekBehandelen", "beantwoordNaVerlenging");
        assertThat(gezinspagina(karin, noor)).contains("De school heeft uw verzoek afgewezen op 1 februari 2027.",
                "Het adres is nodig voor berichten over uw kind");
    }

    @Test
    void eenAndereSchoolZietEnRondtNietsAfEnHetGezinHeeftGeenDeurNaarDeEngine() throws Exception {
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        ProcessInstance verzoek = dienIn(karin, noor, "CORRECTIE", "KIND", "Geboortedatum", "Die klopt niet.");
        Task taak = taak(verzoek);
        String antwoord = "{\"uitkomst\": \"TOEGEKEND\", \"besluit\": \"Verbeterd.\"}";
        Http ander = http().als("zorgcoordinatorAmersfoort");
        assertThat(ander.get("/api/taken").json().findValuesAsText("id")).doesNotContain(taak.getId());
        assertThat(ander.post("/api/taken/" + taak.getId() + "/voltooien", antwoord).status()).isIn(403, 404);
        assertThat(ander.get("/engine-rest/task?processDefinitionKey=avgVerzoek").json()).isEmpty();
        assertThat(ander.get("/engine-rest/task/" + taak.getId()).status()).isIn(403, 404);
        assertThat(ander.post("/engine-rest/task/" + taak.getId() + "/complete",
                "{\"variables\": {\"uitkomst\": {\"value\": \"TOEGEKEND\"}, \"besluit\": {\"value\": \"x\"}}}").status())
                .isIn(403, 404);
        Webapp tasklist = new Webapp(port);
        assertThat(tasklist.meldAan("zorgcoordinatorAmersfoort", "demo", "tasklist")).isEqualTo(200);
        assertThat(tasklist.get("/api/engine/engine/default/task?processDefinitionKey=avgVerzoek"))
                .doesNotContain(taak.getId());
        // Tasklist answers a task the user cannot see in Camunda's error shape (404, as /engine-rest), as if there were
        // none; the input
        // itself would be accepted, so the refusal is the door's.
        Http.Antwoord inTasklist = tasklist.post("/api/engine/engine/default/task/" + taak.getId() + "/submit-form",
                "{\"variables\": {\"uitkomst\": {\"value\": \"TOEGEKEND\"}, \"besluit\": {\"value\": \"Verbeterd.\"}}}");
        assertThat(inTasklist.status()).isEqualTo(404);
        assertThat(inTasklist.body()).contains("Er is geen taak " + taak.getId());
        Sessie amersfoort = new Sessie(port);
        amersfoort.meldAan("zorgcoordinatorAmersfoort", "demo");
        assertThat(amersfoort.get("/taken/" + taak.getId(), "Accept", HTML).status()).isIn(403, 404);

        // The family: no task list, no engine, no completion (401/403), and the request waits untouched.
        assertThat(karin.get("/api/taken").status()).isEqualTo(403);
        assertThat(karin.post("/api/taken/" + taak.getId() + "/voltooien", antwoord, "X-CSRF-TOKEN", karin.csrfToken())
                .status()).isEqualTo(403);
        assertThat(karin.get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(http().als("ouder").post("/engine-rest/task/" + taak.getId() + "/complete", "{}").status())
                .isEqualTo(401);
        assertThat(verzoek).isWaitingAt("verzoekBehandelen");
        assertThat(jdbc.queryForObject("select status from avg_verzoek where id = ?", String.class,
                runtimeService.getVariable(verzoek.getId(), "avgVerzoekId"))).isEqualTo("ONTVANGEN");
    }

    @Test
    void eenOuderZonderGezagVraagtAlleenOverZichZelfEnFoutenStaanPerVeldOpDePagina() {
        Sessie erik = gezin.meldAan("ouder2");
        String noorVanErik = Gezinstest.idVan(erik, "Noor");
        Http.Antwoord pagina = erik.get("/gezin/kind/" + noorVanErik + "/verzoeken", "Accept", HTML);
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.body()).contains("alleen iets vragen over uw eigen gegevens").doesNotContain("over-KIND");
        long voor = jdbc.queryForObject("select count(*) from avg_verzoek", Long.class);

        // About the child: refused on the page (400), the input kept; an empty explanation too.
        Http.Antwoord overKind = stuur(erik, noorVanErik, "CORRECTIE", "KIND", "Het cijfer voor rekenen", "");
        assertThat(overKind.status()).isEqualTo(400);
        assertThat(overKind.body()).contains("Zonder gezag kunt u alleen iets vragen over uw eigen gegevens",
                "Schrijf wat er niet goed is", "value=\"Het cijfer voor rekenen\"", "aria-invalid=\"true\"");
        assertThat(jdbc.queryForObject("select count(*) from avg_verzoek", Long.class)).isEqualTo(voor);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("avgVerzoek").count()).isZero();

        // About his own data: received, a task for the school.
        Http.Antwoord eigen = stuur(erik, noorVanErik, "CORRECTIE", "EIGEN", "Mijn telefoonnummer",
                "Het is 06 8765 4322.");
        assertThat(eigen.status()).as(eigen.body()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select over_wie || ' ' || rol from avg_verzoek where id = (select max(id) from "
                + "avg_verzoek)", String.class)).isEqualTo("EIGEN OUDER");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("avgVerzoek").count()).isOne();
        // And in English the page is English.
        erik.postFormulier("/gezin/taal", "taal=en&_csrf=" + erik.csrfToken());
        try {
            assertThat(gezinspagina(erik, noorVanErik)).contains("You get an answer by 4 January 2027 at the latest");
        } finally {
            erik.postFormulier("/gezin/taal", "taal=nl&_csrf=" + erik.csrfToken());
        }
    }

    @Test
    void eenLeerlingVan16VraagtZelf() {
        gezin.koppel("leerling", dossiers.open(new NieuwDossier(new NieuwDossier.Leerling("Sanne", null, achternaam(),
                LocalDate.of(2010, 3, 10), null, "99ZZ00", Onderwijssoort.VO, 4, List.of()), Groepen.ZORGCOORDINATOR),
                Groepen.MENTOR).nummer(), null);
        Sessie sanne = gezin.meldAan("leerling");
        String eigen = Gezinstest.idVan(sanne, "Sanne");
        assertThat(sanne.get("/gezin/kind/" + eigen, "Accept", HTML).body()).contains("/verzoeken");
        Http.Antwoord verstuurd = stuur(sanne, eigen, "BEZWAAR", null, "Mijn foto", "Ik wil niet dat mijn foto in het "
                + "plan staat.");
        assertThat(verstuurd.status()).as(verstuurd.body()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select over_wie || ' ' || rol from avg_verzoek where id = (select max(id) from "
                + "avg_verzoek)", String.class)).isEqualTo("KIND LEERLING");
    }

    private ProcessInstance dienIn(Sessie wie, String kind, String soort, String over, String onderwerp,
                                   String toelichting) {
        Http.Antwoord antwoord = stuur(wie, kind, soort, over, onderwerp, toelichting);
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(302);
        assertThat(antwoord.headers().firstValue("Location").orElseThrow()).endsWith("/verzoeken?verstuurd");
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(AvgVerzoekVariabelen.PROCES)
                .processInstanceBusinessKey(nummer).singleResult();
    }

    private static Http.Antwoord stuur(Sessie wie, String kind, String soort, String over, String onderwerp,
                                       String toelichting) {
        String formulier = "_csrf=" + url(wie.csrfToken()) + "&soort=" + soort + (over == null ? "" : "&over=" + over)
                + "&onderwerp=" + url(onderwerp) + "&toelichting=" + url(toelichting);
        return wie.postFormulier("/gezin/kind/" + kind + "/verzoeken", formulier);
    }

    private Task taak(ProcessInstance verzoek) {
        return taskService.createTaskQuery().processInstanceId(verzoek.getId()).singleResult();
    }

    private Http.Antwoord voltooi(Task taak, String json) {
        return http().als("zorgcoordinator").post("/api/taken/" + taak.getId() + "/voltooien", json);
    }

    private static String gezinspagina(Sessie wie, String kind) {
        Http.Antwoord pagina = wie.get("/gezin/kind/" + kind + "/verzoeken", "Accept", HTML);
        assertThat(pagina.status()).isEqualTo(200);
        return pagina.body();
    }

    /** One pupil per test: a school has one open dossier per pupil. */
    private static String achternaam() {
        return "Verzoek" + (char) ('A' + VOLGNUMMER.getAndIncrement() % 26) + VOLGNUMMER.get();
    }

    private static String url(String waarde) {
        return URLEncoder.encode(waarde, StandardCharsets.UTF_8);
    }
}
