package nl.eenplan.woonadres.proces;

import static nl.eenplan.Tijd.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.eenplan.Http;
import nl.eenplan.ScenarioTest;
import nl.eenplan.Tegelijk;
import nl.eenplan.Testdossiers;
import nl.eenplan.TweedeGemeente;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.leerplicht.Reden;
import nl.eenplan.organisatie.Gemeenten;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Process "woonadresVastleggen" over HTTP (issue #22, "a dossier without an address: a task for the school to add it,
 * the school's gemeente as the fallback meanwhile"). The demo school 99ZZ00 is in Utrecht (GM0344); the pupil lives in
 * Zeist (GM0355), whose officer works with this EenPlan. A verzuimmelding prepared for a pupil without address gives the
 * school's zorgcoördinator the task, in EenPlan's task API and in Tasklist (/engine-rest), for that school only;
 * a bad address is refused per field in Dutch and records nothing; a good one lands in the dossier and the report
 * then reaches Zeist. An escalation without address gives the task too; recording the address with PUT ends it;
 * closing the dossier removes it; never two for one pupil, and none for a pupil whose address EenPlan does not need.
 */
@ScenarioTest.Model("woonadresVastleggen")
class WoonadresVastleggenScenarioIT extends ScenarioTest {

    static final String ZEIST = "GM0355";

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    Gemeenten gemeenten;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;
    @Autowired
    SchoolService scholen;
    @Autowired
    LeerplichtService leerplicht;
    @Autowired
    DossierService dossiers;
    @Autowired
    PlatformTransactionManager transacties;
    @Autowired
    Woonadresproces proces;
    @Autowired
    Afgerond afgerond;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    String nummer;

    @BeforeEach
    void gegevenEenLeerlingZonderWoonadresEnZeistDatMetEenPlanWerkt() {
        ClockUtil.setCurrentTime(moment(2026, 11, 30, 10, 0));
        gemeenten.registreer(ZEIST, "Zeist");
        gebruikers.maakAlsNieuw("leerplichtzeist", "Lotte", "Zeist", "demo", Groepen.LEERPLICHT);
        organisaties.voegToeAanOrganisatie("leerplichtzeist", Organisaties.gemeenteGroep("Zeist"));
        nummer = nieuwDossier(null);
    }

    @Test
    void eenConceptmeldingZonderWoonadresGeeftDeTaakEnHetAdresStuurtDeMeldingNaarDeWoongemeente() {
        assertThat(lopend(nummer)).as("geen taak zolang EenPlan het adres niet nodig heeft").isNull();

        long melding = verzuimVan16Uur(nummer);

        ProcessInstance proces = lopend(nummer);
        assertThat(proces).isWaitingAt("vastleggen").hasBusinessKey(nummer);
        assertThat(proces.getTenantId()).isEqualTo("99ZZ00");
        Task taak = taskService.createTaskQuery().processInstanceId(proces.getId()).singleResult();
        assertThat(taak).hasCandidateGroup("zorgcoordinator").hasName("Woonadres vastleggen");
        // 5 werkdagen from Monday 30 November (termijnen.dmn): Monday 7 December, end of the day.
        assertThat(taak.getDueDate()).isEqualTo(moment(2026, 12, 7, 23, 59, 59));
        // EenPlan's task API and Tasklist's.
        assertThat(zc().get("/api/taken").json().findValuesAsText("id")).contains(taak.getId());
        JsonNode inTasklist = zc().get("/engine-rest/task?processInstanceBusinessKey=" + nummer
                + "&processDefinitionKey=" + Woonadresproces.PROCES).json();
        assertThat(inTasklist).singleElement().satisfies(t -> {
            assertThat(t.get("id").asText()).isEqualTo(taak.getId());
            assertThat(t.get("name").asText()).isEqualTo("Woonadres vastleggen");
        });

        // Refused per field, in Dutch, through both doors; nothing recorded, the task stays.
        Http.Antwoord fout = voltooi(taak, """
                {"postcode": "0123 A", "huisnummer": "12a", "woonplaats": "Zeist", "gemeentecode": "0355"}""");
        assertThat(fout.status()).as(fout.body()).isEqualTo(400);
        assertThat(fout.contentType()).startsWith("application/problem+json");
        assertThat(fout.body()).contains("postcode").contains("4 cijfers en 2 letters").contains("gemeentecode")
                .contains("GM0344");
        Http.Antwoord leeg = zc().post("/engine-rest/task/" + taak.getId() + "/complete",
                "{\"variables\": {\"postcode\": {\"value\": \"3701AB\"}, \"huisnummer\": {\"value\": \"12\"}}}");
        assertThat(leeg.status()).as(leeg.body()).isEqualTo(400);
        assertThat(leeg.body()).contains("woonplaats").contains("Vul de woonplaats in.");
        assertThat(zc().get("/api/dossiers/" + nummer).json().at("/leerling/woonadres").isObject())
                .as("geen adres vastgelegd").isFalse();
        assertThat(proces).isWaitingAt("vastleggen");

        // Completed in Tasklist (its form's fields, through /engine-rest).
        Http.Antwoord goed = zc().post("/engine-rest/task/" + taak.getId() + "/complete", """
                {"variables": {"postcode": {"value": "3701ab"}, "huisnummer": {"value": "12a"},
                 "woonplaats": {"value": "Zeist"}, "gemeentecode": {"value": "GM0355"},
                 "vertrouwelijk": {"value": false}}}""");
        assertThat(goed.status()).as(goed.body()).isEqualTo(204);

        assertThat(proces).isEnded().hasPassed("woonadresVastgelegd").hasNotPassed("woonadresAlBekend");
        JsonNode adres = zc().get("/api/dossiers/" + nummer).json().at("/leerling/woonadres");
        assertThat(adres.get("postcode").asText()).isEqualTo("3701 AB");
        assertThat(adres.get("huisnummer").asText()).isEqualTo("12a");
        assertThat(adres.get("gemeentecode").asText()).isEqualTo(ZEIST);
        // Nothing of the address in the process: only the routing facts it started with, which keep no history
        // (engine.Historie), so its variable history is empty.
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(proces.getId()).list())
                .extracting(HistoricVariableInstance::getName).isEmpty();

        // The report, sent now, goes to leerplicht of Zeist, where the pupil lives.
        verstuur(melding);
        JsonNode escalatie = zc().get("/api/dossiers/" + nummer + "/escalaties").json().get(0);
        assertThat(escalatie.at("/routering/soort").asText()).isEqualTo("WOONGEMEENTE");
        assertThat(escalatie.at("/routering/gemeentecode").asText()).isEqualTo(ZEIST);
        assertThat(aantalLopend(nummer)).as("geen nieuwe taak").isZero();
    }

    @Test
    void eenAndereSchoolZietEnRondtDeTaakNietAf() {
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        verzuimVan16Uur(nummer);
        Task taak = taskService.createTaskQuery().processInstanceBusinessKey(nummer)
                .processDefinitionKey(Woonadresproces.PROCES).singleResult();
        Http ander = http().als("zorgcoordinatorAmersfoort");
        String adres = "{\"postcode\": \"3811 AA\", \"huisnummer\": \"1\", \"woonplaats\": \"Amersfoort\", "
                + "\"gemeentecode\": \"GM0307\"}";

        assertThat(ander.get("/api/taken").json().findValuesAsText("id")).doesNotContain(taak.getId());
        assertThat(ander.post("/api/taken/" + taak.getId() + "/voltooien", adres).status()).isIn(403, 404);
        assertThat(ander.get("/engine-rest/task?processInstanceBusinessKey=" + nummer).json()).isEmpty();
        assertThat(ander.get("/engine-rest/task/" + taak.getId()).status()).isIn(403, 404);
        assertThat(ander.post("/engine-rest/task/" + taak.getId() + "/complete", """
                {"variables": {"postcode": {"value": "3811 AA"}, "huisnummer": {"value": "1"},
                 "woonplaats": {"value": "Amersfoort"}, "gemeentecode": {"value": "GM0307"}}}""").status())
                .isIn(403, 404);
        assertThat(ander.put("/api/dossiers/" + nummer + "/leerling/woonadres", adres).status()).isIn(403, 404);

        assertThat(lopend(nummer)).isWaitingAt("vastleggen");
        assertThat(zc().get("/api/dossiers/" + nummer).json().at("/leerling/woonadres").isObject()).isFalse();
    }

    @Test
    void eenEscalatieZonderWoonadresGeeftDeTaakEnVastleggenMetPutBeeindigtHaar() {
        leerplicht.escaleer(nummer, Reden.VERZUIM, "16 uur verzuim.", "test");
        ProcessInstance proces = lopend(nummer);
        assertThat(proces).isWaitingAt("vastleggen");

        Http.Antwoord vastgelegd = zc().put("/api/dossiers/" + nummer + "/leerling/woonadres",
                "{\"postcode\": \"3701 AB\", \"huisnummer\": \"12\", \"woonplaats\": \"Zeist\", "
                        + "\"gemeentecode\": \"" + ZEIST + "\"}");

        assertThat(vastgelegd.status()).as(vastgelegd.body()).isEqualTo(200);
        assertThat(proces).isEnded().hasPassed("eldersVastgelegd", "woonadresAlBekend")
                .hasNotPassed("woonadresVastgelegd");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(nummer)
                .processDefinitionKey(Woonadresproces.PROCES).count()).isZero();
        // The next escalation goes to Zeist and asks nothing.
        assertThat(leerplicht.escaleer(nummer, Reden.VERZUIM, "Weer 16 uur verzuim.", "test").getEigenaar())
                .isEqualTo(ZEIST);
        assertThat(aantalLopend(nummer)).isZero();
    }

    @Test
    void hetDossierSluitenVerwijdertDeTaak() {
        nodig(nummer);
        ProcessInstance proces = lopend(nummer);
        assertThat(proces).isWaitingAt("vastleggen");

        Http.Antwoord gesloten = zc().post("/api/dossiers/" + nummer + "/sluiten", "{\"reden\": \"Verhuisd.\"}");

        assertThat(gesloten.status()).as(gesloten.body()).isEqualTo(200);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(proces.getId()).count()).isZero();
        assertThat(taskService.createTaskQuery().processInstanceId(proces.getId()).count()).isZero();
    }

    @Test
    void nooitTweeVoorEenLeerlingEnGeenVoorWieEenAdresHeeft() throws Exception {
        // Two requests at the same moment, a report and an escalation after them: one task.
        Tegelijk.keer(2, () -> {
            nodig(nummer);
            return null;
        });
        verzuimVan16Uur(nummer);
        leerplicht.escaleer(nummer, Reden.VERZUIM, "16 uur verzuim.", "test");
        assertThat(aantalLopend(nummer)).isOne();
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(Woonadresproces.PROCES)
                .processInstanceBusinessKey(nummer).count()).isOne();

        // A pupil whose address is recorded: a report asks for nothing.
        String metAdres = nieuwDossier("{\"postcode\": \"3701 AB\", \"huisnummer\": \"3\", \"woonplaats\": \"Zeist\", "
                + "\"gemeentecode\": \"" + ZEIST + "\"}");
        verzuimVan16Uur(metAdres);
        assertThat(aantalLopend(metAdres)).isZero();
    }

    @Test
    void eenTaakWaarvanHetAdresInmiddelsBekendIsEindigtBijDeStartEnDeAndereBlijft() {
        // Ending the task after the address was recorded failed (Woonadresstart): the address is known, the task runs.
        nodig(nummer);
        String bekendGeworden = nieuwDossier(null);
        nodig(bekendGeworden);
        ProcessInstance teBeeindigen = lopend(bekendGeworden);
        jdbc.update("update leerling set woon_postcode = '3701 AB', woon_huisnummer = '12', woon_woonplaats = 'Zeist', "
                + "woon_gemeentecode = ? where id = (select leerling_id from dossier where id = ?)", ZEIST,
                nl.eenplan.Testdossiers.id(bekendGeworden));

        assertThat(proces.mogelijkBekend()).as("running tasks whose address is known now").contains(bekendGeworden)
                .doesNotContain(nummer);
        afgerond.run(null);

        assertThat(teBeeindigen).isEnded().hasPassed("woonadresAlBekend");
        assertThat(lopend(nummer)).as("address still unknown: the task stays").isWaitingAt("vastleggen");
    }

    /** What EenPlan's services do when they need the address, in a transaction of its own. */
    private void nodig(String dossier) {
        TransactionTemplate t = new TransactionTemplate(transacties);
        t.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        t.executeWithoutResult(s -> dossiers.woonadresNodig(dossier));
    }

    /** 4 days of 4 hours in November: a concept report of relatief verzuim (16 uur); its id. */
    private long verzuimVan16Uur(String dossier) {
        Http.Antwoord antwoord = zc().post("/api/dossiers/" + dossier + "/verzuim", """
                {"dagen": [{"datum": "2026-11-02", "uren": 4}, {"datum": "2026-11-03", "uren": 4},
                           {"datum": "2026-11-04", "uren": 4}, {"datum": "2026-11-05", "uren": 4}]}
                """);
        assertThat(antwoord.status()).as(antwoord.body()).isBetween(200, 201);
        return antwoord.json().at("/nieuweMeldingen/0").asLong();
    }

    private void verstuur(long melding) {
        zc().put("/api/verzuimmeldingen/" + melding, """
                {"vermoedelijkeReden": "Leerling zegt zich niet goed te voelen.", "toelichting": "Gesprekken gevoerd.",
                 "gevraagdeActie": "Gesprek met leerling en ouders.", "contactpersoon": "Z. Coördinator, 030 123 4567",
                 "rolMelder": "Zorgcoördinator", "locatie": "Hoofdgebouw"}
                """);
        Http.Antwoord verstuurd = zc().post("/api/verzuimmeldingen/" + melding + "/versturen", "");
        assertThat(verstuurd.status()).as(verstuurd.body()).isEqualTo(200);
        overdrachtenNaarLeerplicht(); // the submission to DUO and the escalation are jobs of their own
    }

    private String nieuwDossier(String woonadres) {
        String body = Testdossiers.nieuw();
        if (woonadres != null) {
            body = body.replace("\"leerjaar\": 7,", "\"leerjaar\": 7, \"woonadres\": " + woonadres + ",");
        }
        Http.Antwoord antwoord = zc().post("/api/dossiers", body);
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(201);
        return antwoord.json().get("nummer").asText();
    }

    private Http zc() {
        return http().als("zorgcoordinator");
    }

    private Http.Antwoord voltooi(Task taak, String invoer) {
        return zc().post("/api/taken/" + taak.getId() + "/voltooien", invoer);
    }

    private ProcessInstance lopend(String dossier) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(Woonadresproces.PROCES)
                .processInstanceBusinessKey(dossier).singleResult();
    }

    private long aantalLopend(String dossier) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(Woonadresproces.PROCES)
                .processInstanceBusinessKey(dossier).count();
    }
}
