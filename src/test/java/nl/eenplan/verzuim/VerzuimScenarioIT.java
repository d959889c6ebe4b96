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
 * drafts the report on Friday 6 November; the norm of 5 werkdagen ends Thursday 12 November. Sent in time and
 * confirmed by DUO (the played register), not confirmed so that the school enters DUO's kenmerk, DUO unreachable,
 * refused while incomplete, the reminder, the norm passing at melden and at the kenmerk task (schoolleiding and
 * leerplicht told once), withdrawn as a draft (Tasklist and API) and after sending.
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
    @Autowired
    nl.eenplan.verzuim.duo.ProefVerzuimregister duo;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

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
        duo.herstel();
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
        assertThat(verstuurd.status()).as(verstuurd.body()).isEqualTo(200);
        // Sending is submitting to DUO: a job of its own, after which leerplicht's work follows.
        assertThat(verstuurd.json().get("status").asText()).isEqualTo("NAAR_DUO");
        assertThat(proces).isWaitingAt("indienenBijDuo");
        overdrachtenNaarLeerplicht();
        VerzuimmeldingView m = verzuim.haalOp(id);
        assertThat(m.status()).isEqualTo(Verzuimmelding.Status.VERSTUURD);
        assertThat(m.leerplichtStatus()).isEqualTo(LeerplichtEscalatie.Status.GEREGISTREERD);
        assertThat(m.verstuurdDoor()).isEqualTo("zorgcoordinator");
        assertThat(m.duoKenmerk()).startsWith("PROEF-");
        assertThat(m.ingediendBijDuoOp()).isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(m.ingediendDoor()).isEqualTo("zorgcoordinator");
        assertThat(m.teLaatGesignaleerdOp()).isNull();
        // DUO gets the facts, never care details.
        assertThat(duo.ingediend()).filteredOn(d -> d.id() == id).singleElement().satisfies(d -> {
            assertThat(d.soort()).isEqualTo(Meldingsoort.ZESTIEN_UUR);
            assertThat(d.startdatum()).isEqualTo(LocalDate.of(2026, 11, 2));
            assertThat(d.uren()).isEqualByComparingTo("16");
            assertThat(d.toString()).doesNotContain("niet goed te voelen");
        });

        assertThat(proces).isEnded().hasPassedInOrder("melden", "besluit", "indienenBijDuo", "duoBevestigd",
                "versturen", "gemeld").hasNotPassed("duoIndienen");
        EscalatieView e = leerplicht.vanDossier(nummer).get(0);
        assertThat(e.reden()).isEqualTo(Reden.VERZUIM);
        assertThat(e.laatGemeld()).isFalse();
        assertThat(e.verwijzing()).isEqualTo("/api/verzuimmeldingen/" + id);
        assertThat(e.feiten()).contains("16 klokuur", "2 november 2026", "5 november 2026", "niet goed te voelen",
                "Ingediend in het verzuimregister van DUO op 6 november 2026, kenmerk " + m.duoKenmerk());
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
    void naDeNormKrijgenSchoolleidingEnLeerplichtEenmaalBerichtEnBlijftDeTaakBijDeSchool() {
        ClockUtil.setCurrentTime(moment(2026, 11, 14, 0, 0));
        // The model draws what happens at the norm itself: no escalation of the convention besides it.
        assertThat(termijnVerstreken(proces, "melden")).isNull();
        assertThat(timer(proces, "termijnMeldenVerstreken").getDuedate()).isEqualTo(moment(2026, 11, 12, 23, 59, 59));
        managementService.executeJob(timer(proces, "termijnMeldenVerstreken").getId());

        // Non-interrupting: EenPlan sends nothing itself (the report goes through DUO); the school still has the task.
        assertThat(proces).isWaitingAt("melden").hasPassed("teLaatSignaleren", "teLaatGesignaleerd")
                .hasNotPassed("versturen");
        VerzuimmeldingView m = verzuim.haalOp(id);
        assertThat(m.status()).isEqualTo(Verzuimmelding.Status.CONCEPT);
        assertThat(m.teLaatGesignaleerdOp()).isEqualTo(moment(2026, 11, 14, 0, 0).toInstant());
        assertThat(leerplicht.vanDossier(nummer)).isEmpty();
        assertThat(teLaatBerichten("schoolleiding")).hasSize(1);
        assertThat(teLaatBerichten("leerplicht")).singleElement().satisfies(b -> assertThat(b.get("tekst").asText())
                .contains("16 uur verzuim", "2 november 2026 tot en met 5 november 2026",
                        "niet binnen de norm van 5 werkdagen bij DUO ingediend", "99ZZ00")
                .doesNotContain("niet goed te voelen"));
        assertThat(termijnescalaties()).isEqualTo(1);
        assertThat(meldingen.voor("zorgcoordinator", List.of(), false))
                .filteredOn(b -> b.soort() == Melding.Soort.ESCALATIE && nummer.equals(b.dossierNummer()))
                .singleElement().satisfies(b -> assertThat(b.onderwerp()).contains("niet binnen de norm"));

        // The school sends after all, DUO does not confirm, the kenmerk task's norm has passed too: no second signal.
        duo.antwoord(nl.eenplan.verzuim.duo.ProefVerzuimregister.Antwoord.NIET_BEVESTIGEN);
        school().put("/api/verzuimmeldingen/" + id, AANVULLING);
        assertThat(school().post("/api/verzuimmeldingen/" + id + "/versturen", "").status()).isEqualTo(200);
        overdrachtenNaarLeerplicht();
        assertThat(proces).isWaitingAt("duoIndienen");
        managementService.executeJob(timer(proces, "termijnDuoVerstreken").getId());
        assertThat(verzuim.haalOp(id).teLaatGesignaleerdOp()).isEqualTo(moment(2026, 11, 14, 0, 0).toInstant());
        assertThat(teLaatBerichten("schoolleiding")).hasSize(1);
        assertThat(teLaatBerichten("leerplicht")).hasSize(1);
        assertThat(termijnescalaties()).isEqualTo(1);

        legKenmerkVast("DUO-2026-77", "2026-11-13");
        overdrachtenNaarLeerplicht();
        EscalatieView e = leerplicht.vanDossier(nummer).get(0);
        assertThat(e.laatGemeld()).isTrue();
        assertThat(e.feiten()).contains("kenmerk DUO-2026-77");
    }

    @Test
    void nietDoorDuoBevestigdLegtDeSchoolHetKenmerkVastEnGaatDeMeldingNaarLeerplicht() {
        duo.antwoord(nl.eenplan.verzuim.duo.ProefVerzuimregister.Antwoord.NIET_BEVESTIGEN);
        school().put("/api/verzuimmeldingen/" + id, AANVULLING);
        school().post("/api/verzuimmeldingen/" + id + "/versturen", "");
        overdrachtenNaarLeerplicht();

        assertThat(proces).isWaitingAt("duoIndienen").hasPassed("indienenBijDuo", "duoBevestigd");
        Task kenmerk = taskService.createTaskQuery().processInstanceId(proces.getId()).singleResult();
        assertThat(kenmerk).hasCandidateGroup("zorgcoordinator").hasName("DUO-kenmerk vastleggen");
        // The same norm as melden: 5 werkdagen from the day 16 hours were reached.
        assertThat(kenmerk.getDueDate()).isEqualTo(moment(2026, 11, 12, 23, 59, 59));
        assertThat(verzuim.haalOp(id).status()).isEqualTo(Verzuimmelding.Status.NAAR_DUO);
        assertThat(leerplicht.vanDossier(nummer)).isEmpty();
        Http.Antwoord intrekken = school().post("/api/verzuimmeldingen/" + id + "/intrekken", "{\"reden\": \"Oeps.\"}");
        assertThat(intrekken.status()).isEqualTo(409);
        assertThat(intrekken.json().get("detail").asText()).contains("kenmerk van DUO");

        // Refused per field, in Dutch, and nothing recorded.
        identityService.setAuthentication("zorgcoordinator", List.of("zorgcoordinator"), List.of("99ZZ00"));
        assertThatThrownBy(() -> complete(kenmerk, withVariables("duoKenmerk", "", "ingediendBijDuoOp", "2026-11-09")))
                .hasMessageContaining("kenmerk");
        assertThatThrownBy(() -> complete(kenmerk, withVariables("duoKenmerk", "DUO-1", "ingediendBijDuoOp",
                "2026-11-07"))).hasMessageContaining("toekomst");
        assertThatThrownBy(() -> complete(kenmerk, withVariables("duoKenmerk", "DUO-1", "ingediendBijDuoOp",
                "2026-10-30"))).hasMessageContaining("niet eerder bij DUO");
        identityService.clearAuthentication();
        assertThat(verzuim.haalOp(id).duoKenmerk()).isNull();
        assertThat(proces).isWaitingAt("duoIndienen");

        legKenmerkVast("DUO-2026-42", "2026-11-06");
        overdrachtenNaarLeerplicht();
        assertThat(proces).isEnded().hasPassedInOrder("duoIndienen", "versturen", "gemeld");
        VerzuimmeldingView m = verzuim.haalOp(id);
        assertThat(m.status()).isEqualTo(Verzuimmelding.Status.VERSTUURD);
        assertThat(m.duoKenmerk()).isEqualTo("DUO-2026-42");
        assertThat(m.ingediendBijDuoOp()).isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(m.ingediendDoor()).isEqualTo("zorgcoordinator");
        EscalatieView e = leerplicht.vanDossier(nummer).get(0);
        assertThat(e.laatGemeld()).isFalse();
        assertThat(e.feiten()).contains("kenmerk DUO-2026-42", "6 november 2026");
        assertThat(termijnescalaties()).isZero();
    }

    @Test
    void ingediendBinnenDeNormMaarHetKenmerkLaterVastgelegdIsNietTeLaat() {
        duo.antwoord(nl.eenplan.verzuim.duo.ProefVerzuimregister.Antwoord.NIET_BEVESTIGEN);
        school().put("/api/verzuimmeldingen/" + id, AANVULLING);
        school().post("/api/verzuimmeldingen/" + id + "/versturen", "");
        overdrachtenNaarLeerplicht();
        ClockUtil.setCurrentTime(moment(2026, 11, 16, 9, 0));
        managementService.executeJob(timer(proces, "termijnDuoVerstreken").getId());
        assertThat(proces).isWaitingAt("duoIndienen").hasPassed("teLaatSignaleren");
        assertThat(teLaatBerichten("schoolleiding")).hasSize(1);

        // Submitted in DUO's verzuimloket on the last day of the norm, entered in EenPlan later.
        legKenmerkVast("DUO-2026-43", "2026-11-12");
        overdrachtenNaarLeerplicht();
        assertThat(leerplicht.vanDossier(nummer).get(0).laatGemeld()).isFalse();
    }

    @Test
    void isDuoNietBereikbaarDanFaaltDeStapEnWordtZeOpnieuwGeprobeerdZonderIetsHalfs() {
        duo.antwoord(nl.eenplan.verzuim.duo.ProefVerzuimregister.Antwoord.STORING);
        school().put("/api/verzuimmeldingen/" + id, AANVULLING);
        school().post("/api/verzuimmeldingen/" + id + "/versturen", "");
        var job = managementService.createJobQuery().processInstanceId(proces.getId()).activityId("indienenBijDuo")
                .singleResult();
        assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("niet bereikbaar");
        assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries())
                .isLessThan(job.getRetries());
        assertThat(proces).isWaitingAt("indienenBijDuo");
        assertThat(verzuim.haalOp(id).status()).isEqualTo(Verzuimmelding.Status.NAAR_DUO);
        assertThat(verzuim.haalOp(id).duoKenmerk()).isNull();
        assertThat(leerplicht.vanDossier(nummer)).isEmpty();

        duo.herstel();
        managementService.executeJob(job.getId());
        overdrachtenNaarLeerplicht();
        assertThat(proces).isEnded().hasPassed("versturen");
        assertThat(verzuim.haalOp(id).duoKenmerk()).startsWith("PROEF-");
    }

    /**
     * Issue #22, DUO idempotency: DUO registered the report but its answer was lost, so the step fails and is retried;
     * the retry carries the same key (the report's UUID, stored with it) and gets DUO's first answer: one report in DUO's
     * register, one kenmerk in EenPlan.
     */
    @Test
    void eenHerhaaldeIndieningBijDuoIsGeenTweedeMelding() {
        duo.antwoord(nl.eenplan.verzuim.duo.ProefVerzuimregister.Antwoord.ONTVANGEN_ZONDER_ANTWOORD);
        school().put("/api/verzuimmeldingen/" + id, AANVULLING);
        school().post("/api/verzuimmeldingen/" + id + "/versturen", "");
        var job = managementService.createJobQuery().processInstanceId(proces.getId()).activityId("indienenBijDuo")
                .singleResult();
        assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("geen antwoord");
        assertThat(verzuim.haalOp(id).duoKenmerk()).isNull();

        duo.herstel();
        managementService.executeJob(job.getId());
        overdrachtenNaarLeerplicht();
        assertThat(proces).isEnded().hasPassed("versturen");
        // The key is the report's own UUID, stored with it when it was made, and the same on the attempt and its retry.
        String sleutel = jdbc.queryForObject("select duo_sleutel from verzuimmelding where id = ?", String.class, id);
        assertThat(java.util.UUID.fromString(sleutel).toString()).isEqualTo(sleutel);
        assertThat(duo.pogingen()).filteredOn(d -> d.id() == id).extracting(d -> d.idempotentiesleutel())
                .containsExactly(sleutel, sleutel);
        assertThat(duo.ingediend()).filteredOn(d -> d.id() == id).singleElement().satisfies(d ->
                assertThat(d.idempotentiesleutel()).isEqualTo(sleutel));
        String kenmerk = verzuim.haalOp(id).duoKenmerk();
        assertThat(kenmerk).startsWith("PROEF-");
        // Asked again with the same key, the played DUO answers as the first time.
        var nogEens = duo.dienIn(duo.ingediend().stream().filter(d -> d.id() == id).findFirst().orElseThrow());
        assertThat(nogEens.kenmerk()).isEqualTo(kenmerk);
        assertThat(duo.ingediend()).filteredOn(d -> d.id() == id).hasSize(1);
    }

    /** Task duoIndienen completed as Tasklist's form does. */
    private void legKenmerkVast(String kenmerk, String datum) {
        identityService.setAuthentication("zorgcoordinator", List.of("zorgcoordinator"), List.of("99ZZ00"));
        try {
            complete(taskService.createTaskQuery().processInstanceId(proces.getId()).taskDefinitionKey("duoIndienen")
                    .singleResult(), withVariables("duoKenmerk", kenmerk, "ingediendBijDuoOp", datum));
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** The notifications that say this pupil's report is late, as the user reads them. */
    private List<JsonNode> teLaatBerichten(String gebruiker) {
        List<JsonNode> berichten = new java.util.ArrayList<>();
        http().als(gebruiker).get("/api/meldingen").json().forEach(b -> {
            if (nummer.equals(b.path("dossierNummer").asText()) && b.get("soort").asText().equals("ESCALATIE")) {
                berichten.add(b);
            }
        });
        return berichten;
    }

    /** Deadline escalations recorded for the school's leadership for this pupil. */
    private int termijnescalaties() {
        return jdbc.queryForObject("select count(*) from escalatie where dossier_nummer = ? and groep = 'schoolleiding'",
                Integer.class, nummer);
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
