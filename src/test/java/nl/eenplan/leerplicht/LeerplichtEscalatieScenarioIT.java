package nl.eenplan.leerplicht;

import static nl.eenplan.Tijd.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import nl.eenplan.Http;
import nl.eenplan.ScenarioTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.melding.Melding;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.melding.MeldingView;
import nl.eenplan.termijn.EscalatieService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Scenarios of process "leerplichtEscalatie": every MAS route and outcome, withdrawal by the school, every reminder and escalation to the team lead. */
@ScenarioTest.Model("leerplichtEscalatie")
class LeerplichtEscalatieScenarioIT extends ScenarioTest {

    @Autowired
    LeerplichtService leerplicht;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    MeldingService meldingen;
    @Autowired
    EscalatieService termijnEscalaties;

    LeerplichtEscalatie escalatie;
    ProcessInstance proces;
    Task beoordelen;

    @BeforeEach
    void gegevenEenEscalatieOpMaandag2November2026() {
        ClockUtil.setCurrentTime(moment(2026, 11, 2, 10, 0));
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw())
                .json().get("nummer").asText();
        escalatie = leerplicht.escaleer(nummer, Reden.ZORGPLICHT_OVERSCHREDEN,
                "Zorgplicht (6 weken) verstreken op 30-10-2026 zonder passende plek.", "arrangement");
        proces = runtimeService.createProcessInstanceQuery().processInstanceId(escalatie.getProcesInstantieId())
                .singleResult();
        // The hand-over is a job of its own (a failure in leerplicht's model is retried, not the escalating request
        // undone); the escalation is recorded at once.
        assertThat(proces).isWaitingAt("escalatieOntvangen");
        assertThat(leerplicht.haalOp(escalatie.getId()).status()).isEqualTo(LeerplichtEscalatie.Status.GEREGISTREERD);
        overdrachtenNaarLeerplicht();
        beoordelen = taskService.createTaskQuery().processInstanceId(proces.getId()).singleResult();
    }

    @Test
    void wetboekVanStrafrechtArt486_haltEnProcesVerbaalNietVoorEenLeerlingVan11() {
        // Turns 12 on Tue 10 November 2026; the escalation arrives on Mon 2 November: 11 years old.
        String nummer = http().als("zorgcoordinator").post("/api/dossiers",
                Testdossiers.nieuw().replace("2014-03-02", "2014-11-10")).json().get("nummer").asText();
        LeerplichtEscalatie elf = leerplicht.escaleer(nummer, Reden.ZORGPLICHT_OVERSCHREDEN, "Zorgplicht verstreken.",
                "arrangement");
        overdrachtenNaarLeerplicht();
        Task taak = taskService.createTaskQuery().processInstanceId(elf.getProcesInstantieId()).singleResult();

        // EenPlan's task API: 400, per field, in Dutch.
        Http.Antwoord api = http().als("leerplicht").post("/api/taken/" + taak.getId() + "/voltooien",
                "{\"route\": \"halt\"}");
        assertThat(api.status()).as(api.body()).isEqualTo(400);
        assertThat(api.json().at("/fouten/0/veld").asText()).isEqualTo("route");
        assertThat(api.json().at("/fouten/0/melding").asText()).contains("jonger dan 12", "art. 486");
        // /engine-rest: the same refusal.
        Http.Antwoord engineRest = http().als("leerplicht").post("/engine-rest/task/" + taak.getId() + "/complete",
                "{\"variables\": {\"route\": {\"value\": \"procesVerbaal\", \"type\": \"String\"}}}");
        assertThat(engineRest.status()).as(engineRest.body()).isEqualTo(400);
        assertThat(engineRest.body()).contains("jonger dan 12");
        assertThat(taskService.createTaskQuery().taskId(taak.getId()).count()).isOne();
        // Another route is fine.
        Http.Antwoord zorg = http().als("leerplicht").post("/api/taken/" + taak.getId() + "/voltooien",
                "{\"route\": \"zorgmelding\"}");
        assertThat(zorg.status()).as(zorg.body()).isBetween(200, 204);
    }

    @Test
    void wetboekVanStrafrechtArt486_vanaf12IsHaltMogelijk_deLeeftijdOpDeEersteVerzuimdag() {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers",
                Testdossiers.nieuw().replace("2014-03-02", "2014-11-10")).json().get("nummer").asText();
        // The absence began on his 12th birthday: Halt may be chosen, although the escalation came in earlier.
        LeerplichtEscalatie twaalf = leerplicht.escaleer(nummer, Reden.VERZUIM, "16 uur.", "verzuim", null, false,
                java.time.LocalDate.of(2026, 11, 10));
        overdrachtenNaarLeerplicht();
        Task taak = taskService.createTaskQuery().processInstanceId(twaalf.getProcesInstantieId()).singleResult();
        Http.Antwoord halt = http().als("leerplicht").post("/api/taken/" + taak.getId() + "/voltooien",
                "{\"route\": \"halt\"}");
        assertThat(halt.status()).as(halt.body()).isBetween(200, 204);
        assertThat(leerplicht.haalOp(twaalf.getId()).route()).isEqualTo(MasRoute.HALT);
    }

    @Test
    void deSchoolTrektInVoordatDeOverdrachtLiep() {
        String nummer = escalatie.getDossierNummer();
        LeerplichtEscalatie tweede = leerplicht.escaleer(nummer, Reden.ZORGPLICHT_OVERSCHREDEN, "Opnieuw.", "arrangement");

        leerplicht.trekIn(tweede.getId(), "Vergissing.", "zorgcoordinator");

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(tweede.getProcesInstantieId()).count())
                .isZero();
        assertThat(leerplicht.haalOp(tweede.getId()).status()).isEqualTo(LeerplichtEscalatie.Status.INGETROKKEN);
        assertThat(Overdrachten.voerUit(managementService)).isZero();
    }

    @Test
    void leerplichtKrijgtDeEscalatieMetTermijn() {
        assertThat(proces).isWaitingAt("beoordelen").hasBusinessKey(escalatie.getDossierNummer());
        assertThat(beoordelen).hasCandidateGroup("leerplicht").hasName("Escalatie beoordelen");
        assertThat(beoordelen.getDueDate()).isEqualTo(moment(2026, 11, 9, 23, 59, 59));
        assertThat(escalatie.getStatus()).isEqualTo(LeerplichtEscalatie.Status.GEREGISTREERD);
        assertThat(leerplicht.haalOp(escalatie.getId()).beoordelenVoor()).isEqualTo(beoordelen.getDueDate().toInstant());
        // The process carries ids and routing facts; the facts themselves stay in the escalation record.
        assertThat(runtimeService.getVariables(proces.getId())).containsOnlyKeys("escalatieId", "dossierNummer",
                "schoolBrin", "onderwijssoort", "zorgcoordinator", "reden", "redenOmschrijving", "behandelendeGemeente", "behandelaar");
    }

    @ParameterizedTest
    @EnumSource(MasRoute.class)
    void elkeRouteWordtVastgelegdEnDeSchoolHoortHet(MasRoute route) {
        complete(beoordelen, withVariables("route", route.code()));

        if (route == MasRoute.TER_KENNISGEVING) {
            assertThat(proces).isEnded().hasPassedInOrder("beoordelen", "beoordelingVerwerken", "routeGekozen",
                    "terKennisgevingAangenomen");
        } else {
            assertThat(proces).hasPassedInOrder("beoordelen", "beoordelingVerwerken", "routeGekozen")
                    .isWaitingAt("afsluiten");
        }
        EscalatieView na = leerplicht.haalOp(escalatie.getId());
        assertThat(na.route()).isEqualTo(route);
        assertThat(na.status()).isEqualTo(route == MasRoute.TER_KENNISGEVING
                ? LeerplichtEscalatie.Status.TER_KENNISGEVING_AANGENOMEN : LeerplichtEscalatie.Status.IN_BEHANDELING);
        assertThat(meldingen.voor("zorgcoordinator", java.util.List.of(), false)).anySatisfy(m -> {
            assertThat(m.dossierNummer()).isEqualTo(escalatie.getDossierNummer());
            assertThat(m.tekst()).contains(route.omschrijving());
        });
    }

    @ParameterizedTest
    @EnumSource(Uitkomst.class)
    void leerplichtSluitAfMetEenUitkomstEnDeSchoolHoortHet(Uitkomst uitkomst) {
        complete(beoordelen, withVariables("route", MasRoute.HALT.code()));
        Task afsluiten = taskService.createTaskQuery().processInstanceId(proces.getId()).singleResult();
        assertThat(afsluiten).hasCandidateGroup("leerplicht").hasName("Escalatie afsluiten");
        // Three months from Monday 2 November: Tuesday 2 February.
        assertThat(afsluiten.getDueDate()).isEqualTo(moment(2027, 2, 2, 23, 59, 59));

        complete(afsluiten, withVariables("uitkomst", uitkomst.code()));

        assertThat(proces).isEnded().hasPassedInOrder("afsluiten", "afsluitingVerwerken", "afgesloten");
        EscalatieView na = leerplicht.haalOp(escalatie.getId());
        assertThat(na.status()).isEqualTo(LeerplichtEscalatie.Status.AFGESLOTEN);
        assertThat(na.uitkomst()).isEqualTo(uitkomst);
        assertThat(meldingen.voor("zorgcoordinator", java.util.List.of(), false)).anySatisfy(m -> {
            assertThat(m.onderwerp()).contains("afgesloten").contains(escalatie.getDossierNummer());
            assertThat(m.tekst()).contains(uitkomst.omschrijving());
        });
    }

    @Test
    void eenZaakDieNietWordtAfgeslotenKomtBijDeTeamleider() {
        complete(beoordelen, withVariables("route", MasRoute.ZORGMELDING.code()));
        Task afsluiten = taskService.createTaskQuery().processInstanceId(proces.getId()).singleResult();

        ClockUtil.setCurrentTime(moment(2027, 1, 26, 8, 0));
        managementService.executeJob(herinnering(proces, "afsluiten").getId());
        ClockUtil.setCurrentTime(moment(2027, 2, 3, 0, 0));
        managementService.executeJob(termijnVerstreken(proces, "afsluiten").getId());

        assertThat(proces).isWaitingAt("afsluiten");
        assertThat(termijnEscalaties.vanProcesInstantie(proces.getId())).singleElement().satisfies(e -> {
            assertThat(e.getGroep()).isEqualTo("leerplichtteamleider");
            assertThat(e.getReden()).isEqualTo("Escalatie niet binnen de termijn afgesloten");
        });
        assertThat(meldingen.overTaak(afsluiten.getId())).filteredOn(m -> m.soort() == Melding.Soort.ESCALATIE)
                .singleElement().satisfies(m -> assertThat(m.aanGroep()).isEqualTo("leerplichtteamleider"));
    }

    @Test
    void deSchoolTrektInVoordatLeerplichtBeoordeelt() {
        leerplicht.trekIn(escalatie.getId(), "Melding was een vergissing.", "zorgcoordinator");

        assertThat(proces).isEnded().hasPassed("ingetrokkenDoorSchool", "ingetrokken").hasNotPassed("beoordelingVerwerken");
        EscalatieView na = leerplicht.haalOp(escalatie.getId());
        assertThat(na.status()).isEqualTo(LeerplichtEscalatie.Status.INGETROKKEN);
        assertThat(na.intrekReden()).isEqualTo("Melding was een vergissing.");
        assertThat(na.ingetrokkenOp()).isNotNull();
    }

    @Test
    void eenEscalatieDieBlijftLiggenGaatNaarDeTeamleider() {
        ClockUtil.setCurrentTime(moment(2026, 11, 6, 8, 0));
        assertThat(beoordelen.getFollowUpDate()).isEqualTo(moment(2026, 11, 6, 8, 0));
        managementService.executeJob(herinnering(proces, "beoordelen").getId());
        assertThat(meldingen.overTaak(beoordelen.getId())).extracting(MeldingView::aanGroep)
                .containsExactlyInAnyOrder("leerplicht", "leerplichtteamleider");

        ClockUtil.setCurrentTime(moment(2026, 11, 10, 0, 0));
        managementService.executeJob(termijnVerstreken(proces, "beoordelen").getId());

        assertThat(proces).isWaitingAt("beoordelen");
        assertThat(termijnEscalaties.vanProcesInstantie(proces.getId())).singleElement()
                .satisfies(e -> assertThat(e.getGroep()).isEqualTo("leerplichtteamleider"));
        assertThat(meldingen.overTaak(beoordelen.getId())).filteredOn(m -> m.soort() == Melding.Soort.ESCALATIE)
                .singleElement().satisfies(m -> assertThat(m.aanGroep()).isEqualTo("leerplichtteamleider"));
        assertThat(leerplicht.haalOp(escalatie.getId()).teLaat()).isTrue();

        complete(beoordelen, withVariables("route", "terKennisgeving"));
        assertThat(proces).isEnded();
    }
}
