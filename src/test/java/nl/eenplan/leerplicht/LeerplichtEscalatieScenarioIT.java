package nl.eenplan.leerplicht;

import static nl.eenplan.Tijd.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

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

/** Scenarios of process "leerplichtEscalatie": every MAS route, the reminder, the escalation to the team lead. */
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
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.GELDIG)
                .json().get("nummer").asText();
        escalatie = leerplicht.escaleer(nummer, Reden.ZORGPLICHT_OVERSCHREDEN,
                "Zorgplicht (6 weken) verstreken op 30-10-2026 zonder passende plek.", "arrangement");
        proces = runtimeService.createProcessInstanceQuery().processInstanceId(escalatie.getProcesInstantieId())
                .singleResult();
        beoordelen = taskService.createTaskQuery().processInstanceId(proces.getId()).singleResult();
    }

    @Test
    void leerplichtKrijgtDeEscalatieMetTermijn() {
        assertThat(proces).isWaitingAt("beoordelen").hasBusinessKey(escalatie.getDossierNummer());
        assertThat(beoordelen).hasCandidateGroup("leerplicht").hasName("Escalatie beoordelen");
        assertThat(beoordelen.getDueDate()).isEqualTo(moment(2026, 11, 9, 23, 59, 59));
        assertThat(escalatie.getStatus()).isEqualTo(LeerplichtEscalatie.Status.GEREGISTREERD);
        assertThat(escalatie.getBeoordelenVoor()).isEqualTo(beoordelen.getDueDate().toInstant());
        // The process carries ids and routing facts; the facts themselves stay in the escalation record.
        assertThat(runtimeService.getVariables(proces.getId())).containsOnlyKeys("escalatieId", "dossierNummer",
                "schoolBrin", "onderwijssoort", "zorgcoordinator", "reden", "redenOmschrijving");
    }

    @ParameterizedTest
    @EnumSource(MasRoute.class)
    void elkeRouteWordtVastgelegdEnDeSchoolHoortHet(MasRoute route) {
        complete(beoordelen, withVariables("route", route.code()));

        assertThat(proces).isEnded().hasPassedInOrder("beoordelen", "beoordelingVerwerken", "beoordeeld");
        EscalatieView na = leerplicht.haalOp(escalatie.getId());
        assertThat(na.route()).isEqualTo(route);
        assertThat(na.status()).isEqualTo(route == MasRoute.TER_KENNISGEVING
                ? LeerplichtEscalatie.Status.TER_KENNISGEVING_AANGENOMEN : LeerplichtEscalatie.Status.IN_BEHANDELING);
        assertThat(meldingen.voor("zorgcoordinator", java.util.List.of(), false)).anySatisfy(m -> {
            assertThat(m.dossierNummer()).isEqualTo(escalatie.getDossierNummer());
            assertThat(m.tekst()).contains(route.omschrijving());
        });
    }

    @Test
    void eenEscalatieDieBlijftLiggenGaatNaarDeTeamleider() {
        ClockUtil.setCurrentTime(moment(2026, 11, 6, 8, 0));
        managementService.executeJob(timer(proces, "herinneringBeoordelen").getId());
        assertThat(meldingen.overTaak(beoordelen.getId())).extracting(MeldingView::aanGroep)
                .containsExactlyInAnyOrder("leerplicht", "leerplichtteamleider");

        ClockUtil.setCurrentTime(moment(2026, 11, 10, 0, 0));
        managementService.executeJob(timer(proces, "termijnBeoordelenVerstreken").getId());

        assertThat(proces).hasPassed("teamleiderEscaleren").isWaitingAt("beoordelen");
        assertThat(termijnEscalaties.vanProcesInstantie(proces.getId())).singleElement()
                .satisfies(e -> assertThat(e.getGroep()).isEqualTo("leerplichtteamleider"));
        assertThat(meldingen.overTaak(beoordelen.getId())).filteredOn(m -> m.soort() == Melding.Soort.ESCALATIE)
                .singleElement().satisfies(m -> assertThat(m.aanGroep()).isEqualTo("leerplichtteamleider"));
        assertThat(leerplicht.haalOp(escalatie.getId()).teLaat()).isTrue();

        complete(beoordelen, withVariables("route", "vrijwilligeHulp"));
        assertThat(proces).isEnded();
    }
}
