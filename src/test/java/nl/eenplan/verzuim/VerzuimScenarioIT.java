package nl.eenplan.verzuim;

import static nl.eenplan.Tijd.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.eenplan.Http;
import nl.eenplan.ScenarioTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.leerplicht.EscalatieView;
import nl.eenplan.leerplicht.LeerplichtEscalatie;
import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.leerplicht.Reden;
import nl.eenplan.melding.Melding;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.melding.MeldingView;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scenarios of process "verzuim": a school registers 16 hours in the week of 2 November 2026, EenPlan
 * drafts the report on Friday 6 November; sent in time, refused while incomplete, the reminder, sent
 * late by EenPlan, withdrawn as a draft (Tasklist and API) and after sending.
 */
@ScenarioTest.Model("verzuim")
class VerzuimScenarioIT extends ScenarioTest {

    static final String AANVULLING = """
            {"vermoedelijkeReden": "Leerling zegt zich niet goed te voelen; ouders niet bereikbaar.",
             "toelichting": "Drie gesprekken met de mentor zonder resultaat.",
             "gevraagdeActie": "Gesprek met leerling en ouders op school.",
             "contactpersoon": "Z. Coördinator, 030 123 4567", "rolMelder": "Zorgcoördinator",
             "locatie": "Hoofdgebouw"}
            """;

    @Autowired
    VerzuimService verzuim;
    @Autowired
    LeerplichtService leerplicht;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    MeldingService meldingen;

    String nummer;
    long id;
    ProcessInstance proces;
    Task melden;

    @BeforeEach
    void gegeven16UurVerzuimInDeWeekVan2November() {
        ClockUtil.setCurrentTime(moment(2026, 11, 6, 10, 0));
        nummer = school().post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
        Http.Antwoord geregistreerd = school().post("/api/dossiers/" + nummer + "/verzuim", """
                {"dagen": [{"datum": "2026-11-02", "uren": 4}, {"datum": "2026-11-03", "uren": 4},
                           {"datum": "2026-11-04", "uren": 4}, {"datum": "2026-11-05", "uren": 4}]}
                """);
        assertThat(geregistreerd.status()).as(geregistreerd.body()).isEqualTo(201);
        assertThat(geregistreerd.json().get("nieuweMeldingen")).hasSize(1);
        id = geregistreerd.json().at("/nieuweMeldingen/0").asLong();
        proces = runtimeService.createProcessInstanceQuery().processDefinitionKey("verzuim")
                .processInstanceBusinessKey(nummer).singleResult();
        melden = taskService.createTaskQuery().processInstanceId(proces.getId()).singleResult();
    }

    @AfterEach
    void niemandAangemeld() {
        identityService.clearAuthentication();
    }

    @Test
    void eenConceptmeldingMetDeNormVan5Werkdagen() {
        assertThat(proces).isWaitingAt("melden").hasBusinessKey(nummer);
        assertThat(melden).hasCandidateGroup("zorgcoordinator").hasName("Verzuimmelding versturen");
        // The norm counts from the day 16 hours were reached (Thu 5 Nov), not from the draft (Fri 6 Nov).
        assertThat(melden.getDueDate()).isEqualTo(moment(2026, 11, 12, 23, 59, 59));
        VerzuimmeldingView m = verzuim.haalOp(id);
        assertThat(m.status()).isEqualTo(Verzuimmelding.Status.CONCEPT);
        assertThat(m.soort()).isEqualTo(Meldingsoort.ZESTIEN_UUR);
        assertThat(m.startdatum()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(m.einddatum()).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(m.uren()).isEqualByComparingTo("16");
        assertThat(m.dagen()).hasSize(4);
        assertThat(m.contactpersoon()).isEqualTo("zorgcoordinator");
        assertThat(m.versturenVoor()).isEqualTo(melden.getDueDate().toInstant());
        // Ids and routing facts only; the report itself stays in EenPlan.
        assertThat(runtimeService.getVariables(proces.getId())).containsOnlyKeys("verzuimmeldingId", "dossierNummer",
                "schoolBrin", "onderwijssoort", "zorgcoordinator", "soort", "soortOmschrijving", "drempeldatum");
    }

    @Test
    void opTijdVerstuurdGaatDeMeldingNaarLeerplicht() {
        assertThat(school().put("/api/verzuimmeldingen/" + id, AANVULLING).status()).isEqualTo(200);
        Http.Antwoord verstuurd = school().post("/api/verzuimmeldingen/" + id + "/versturen", "");
        overdrachtenNaarLeerplicht();
        assertThat(verstuurd.status()).as(verstuurd.body()).isEqualTo(200);
        assertThat(verstuurd.json().get("status").asText()).isEqualTo("VERSTUURD");
        assertThat(verstuurd.json().get("leerplichtStatus").asText()).isEqualTo("GEREGISTREERD");
        assertThat(verstuurd.json().get("verstuurdDoor").asText()).isEqualTo("zorgcoordinator");

        assertThat(proces).isEnded().hasPassedInOrder("melden", "besluit", "versturen", "gemeld");
        EscalatieView e = leerplicht.vanDossier(nummer).get(0);
        assertThat(e.reden()).isEqualTo(Reden.VERZUIM);
        assertThat(e.laatGemeld()).isFalse();
        assertThat(e.verwijzing()).isEqualTo("/api/verzuimmeldingen/" + id);
        assertThat(e.feiten()).contains("16 klokuur", "2 november 2026", "5 november 2026", "niet goed te voelen");
        // Sent from inside the process, the escalation still knows by when leerplicht assesses it, and turns late.
        Task beoordelen = taskService.createTaskQuery().processDefinitionKey("leerplichtEscalatie")
                .processInstanceBusinessKey(nummer).singleResult();
        assertThat(e.beoordelenVoor()).isEqualTo(beoordelen.getDueDate().toInstant());
        assertThat(e.teLaat()).isFalse();
        ClockUtil.setCurrentTime(java.util.Date.from(e.beoordelenVoor().plusSeconds(1)));
        assertThat(leerplicht.vanDossier(nummer).get(0).teLaat()).isTrue();
        // The operation log names who sent it: the API acts as the signed-in user.
        assertThat(engine.getHistoryService().createUserOperationLogQuery().taskId(melden.getId())
                .operationType("Complete").singleResult().getUserId()).isEqualTo("zorgcoordinator");
    }

    @Test
    void eenOnvolledigeMeldingGaatNietWeg() {
        Http.Antwoord fout = school().post("/api/verzuimmeldingen/" + id + "/versturen", "");
        overdrachtenNaarLeerplicht();
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.json().at("/fouten/0/veld").asText()).isEqualTo("vermoedelijkeReden");

        // The same in Tasklist: the engine refuses and the task stays.
        identityService.setAuthentication("zorgcoordinator", List.of("zorgcoordinator"), List.of("99ZZ00"));
        assertThatThrownBy(() -> complete(melden, withVariables("besluit", "versturen")))
                .hasMessageContaining("vermoedelijke reden");
        identityService.clearAuthentication();
        assertThat(proces).isWaitingAt("melden");
        assertThat(leerplicht.vanDossier(nummer)).isEmpty();
        assertThat(verzuim.haalOp(id).status()).isEqualTo(Verzuimmelding.Status.CONCEPT);
    }

    /** The form asks what the report still needs: sent from Tasklist (or EenPlan's page) in one go. */
    @Test
    void hetFormulierVultDeMeldingAanEnVerstuurtHaar() {
        identityService.setAuthentication("zorgcoordinator", List.of("zorgcoordinator"), List.of("99ZZ00"));
        // As a form sends it: every field, "" for one left empty (that keeps what the report has).
        complete(melden, withVariables("besluit", "versturen", "intrekReden", "",
                "vermoedelijkeReden", "Leerling zegt zich niet goed te voelen.", "toelichting", "",
                "gevraagdeActie", "Gesprek met leerling en ouders.", "contactpersoon", "", "rolMelder", "", "locatie", ""));
        identityService.clearAuthentication();
        overdrachtenNaarLeerplicht();

        assertThat(proces).isEnded().hasPassed("versturen", "gemeld");
        VerzuimmeldingView m = verzuim.haalOp(id);
        assertThat(m.status()).isEqualTo(Verzuimmelding.Status.VERSTUURD);
        assertThat(m.vermoedelijkeReden()).isEqualTo("Leerling zegt zich niet goed te voelen.");
        assertThat(m.gevraagdeActie()).isEqualTo("Gesprek met leerling en ouders.");
        assertThat(m.contactpersoon()).isEqualTo("zorgcoordinator");
        assertThat(leerplicht.vanDossier(nummer).get(0).feiten()).contains("niet goed te voelen");
        // Care content goes into the report, never into the process.
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(proces.getId())
                .variableName("vermoedelijkeReden").count()).isZero();
    }

    @Test
    void tweeWerkdagenVoorDeNormKomtEenHerinnering() {
        ClockUtil.setCurrentTime(moment(2026, 11, 10, 8, 0));
        assertThat(melden.getFollowUpDate()).isEqualTo(moment(2026, 11, 10, 8, 0));
        managementService.executeJob(herinnering(proces, "melden").getId());
        assertThat(proces).isWaitingAt("melden");
        assertThat(meldingen.overTaak(melden.getId())).extracting(MeldingView::aanGroep)
                .containsExactly("zorgcoordinator");
    }

    @Test
    void naDeNormStuurtEenPlanDeMeldingZelfGemarkeerdAlsTeLaat() {
        ClockUtil.setCurrentTime(moment(2026, 11, 14, 0, 0));
        // The model draws what happens at the norm itself: no escalation of the convention besides it.
        assertThat(termijnVerstreken(proces, "melden")).isNull();
        managementService.executeJob(timer(proces, "termijnMeldenVerstreken").getId());

        assertThat(proces).isEnded().hasPassed("teLaatVersturen", "teLaatGemeld").hasNotPassed("versturen");
        VerzuimmeldingView m = verzuim.haalOp(id);
        assertThat(m.status()).isEqualTo(Verzuimmelding.Status.VERSTUURD);
        assertThat(m.teLaat()).isTrue();
        assertThat(m.verstuurdDoor()).isEqualTo("EenPlan (termijn verstreken)");
        EscalatieView e = leerplicht.haalOp(m.escalatieId());
        assertThat(e.laatGemeld()).isTrue();
        assertThat(e.feiten()).contains("niet ingevuld");
        assertThat(meldingen.voor("zorgcoordinator", List.of(), false))
                .filteredOn(b -> b.soort() == Melding.Soort.ESCALATIE && nummer.equals(b.dossierNummer()))
                .singleElement().satisfies(b -> assertThat(b.onderwerp()).contains("te laat"));
    }

    @Test
    void eenConceptIntrekkenInTasklist() {
        identityService.setAuthentication("zorgcoordinator", List.of("zorgcoordinator"), List.of("99ZZ00"));
        complete(melden, withVariables("besluit", "intrekken", "intrekReden", "geoorloofd"));
        identityService.clearAuthentication();

        assertThat(proces).isEnded().hasPassed("intrekken", "ingetrokken").hasNotPassed("versturen");
        VerzuimmeldingView m = verzuim.haalOp(id);
        assertThat(m.status()).isEqualTo(Verzuimmelding.Status.INGETROKKEN);
        assertThat(m.intrekReden()).isEqualTo("Het verzuim bleek geoorloofd.");
        assertThat(leerplicht.vanDossier(nummer)).isEmpty();
        // Leerplicht never saw it.
        assertThat(http().als("leerplicht").get("/api/verzuimmeldingen/" + id).status()).isEqualTo(404);
    }

    @Test
    void eenConceptIntrekkenViaDeApi() {
        Http.Antwoord in = school().post("/api/verzuimmeldingen/" + id + "/intrekken",
                "{\"reden\": \"Ziekmelding kwam later binnen.\"}");
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        assertThat(proces).isEnded().hasPassed("intrekken");
        assertThat(verzuim.haalOp(id).intrekReden()).isEqualTo("Ziekmelding kwam later binnen.");
        assertThat(school().post("/api/verzuimmeldingen/" + id + "/versturen", "").status()).isEqualTo(409);
        overdrachtenNaarLeerplicht();
    }

    @Test
    void eenVerstuurdeMeldingIntrekkenVoordatLeerplichtHaarBeoordeelt() {
        school().put("/api/verzuimmeldingen/" + id, AANVULLING);
        school().post("/api/verzuimmeldingen/" + id + "/versturen", "");
        overdrachtenNaarLeerplicht();
        EscalatieView e = leerplicht.vanDossier(nummer).get(0);

        Http.Antwoord in = school().post("/api/verzuimmeldingen/" + id + "/intrekken",
                "{\"reden\": \"Verzuim bleek geoorloofd.\"}");
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        assertThat(in.json().get("leerplichtStatus").asText()).isEqualTo("INGETROKKEN");

        // The assessment in leerplicht's task list ends.
        String beoordeling = beoordelingsproces();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(beoordeling).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(beoordeling)
                .activityId("ingetrokken").count()).isEqualTo(1);
        EscalatieView na = leerplicht.haalOp(e.id());
        assertThat(na.status()).isEqualTo(LeerplichtEscalatie.Status.INGETROKKEN);
        assertThat(na.intrekReden()).isEqualTo("Verzuim bleek geoorloofd.");
        assertThat(meldingen.voor("leerplicht", List.of("leerplicht"), false))
                .anySatisfy(b -> assertThat(b.onderwerp()).contains("ingetrokken").contains(nummer));
        assertThat(school().post("/api/verzuimmeldingen/" + id + "/intrekken", "{\"reden\": \"Nog eens.\"}").status())
                .isEqualTo(409);
    }

    @Test
    void naDeBeoordelingKanDeSchoolNietMeerIntrekken() {
        school().put("/api/verzuimmeldingen/" + id, AANVULLING);
        school().post("/api/verzuimmeldingen/" + id + "/versturen", "");
        overdrachtenNaarLeerplicht();
        EscalatieView e = leerplicht.vanDossier(nummer).get(0);
        complete(taskService.createTaskQuery().processInstanceId(beoordelingsproces()).singleResult(),
                withVariables("route", "vrijwilligeHulp"));

        Http.Antwoord in = school().post("/api/verzuimmeldingen/" + id + "/intrekken", "{\"reden\": \"Te laat.\"}");
        assertThat(in.status()).isEqualTo(409);
        assertThat(in.contentType()).startsWith("application/problem+json");
        assertThat(in.json().get("detail").asText()).contains("al beoordeeld");
        assertThat(leerplicht.haalOp(e.id()).status()).isEqualTo(LeerplichtEscalatie.Status.IN_BEHANDELING);
        assertThat(verzuim.haalOp(id).status()).isEqualTo(Verzuimmelding.Status.VERSTUURD);
    }

    @Test
    void deDagenEnDeMeldingStaanInHetOverzicht() {
        JsonNode overzicht = school().get("/api/dossiers/" + nummer + "/verzuim").json();
        assertThat(overzicht.get("dagen")).hasSize(4);
        assertThat(overzicht.at("/meldingen/0/id").asLong()).isEqualTo(id);
        assertThat(new BigDecimal(overzicht.at("/meldingen/0/uren").asText())).isEqualByComparingTo("16");
    }

    /** The leerplicht assessment of this pupil, running or ended. */
    private String beoordelingsproces() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("leerplichtEscalatie")
                .processInstanceBusinessKey(nummer).singleResult().getId();
    }

    private Http school() {
        return http().als("zorgcoordinator");
    }
}
