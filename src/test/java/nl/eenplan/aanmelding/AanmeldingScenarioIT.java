package nl.eenplan.aanmelding;

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
import nl.eenplan.termijn.Escalatie;
import nl.eenplan.termijn.EscalatieService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scenarios of process "aanmelding" with the real beans: every path, every timer. The engine clock
 * is set by the test and timer jobs are run by hand (the job executor is off in tests).
 * Demo school 99ZZ00 is in region MIDDEN.
 */
@ScenarioTest.Model("aanmelding")
class AanmeldingScenarioIT extends ScenarioTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    AanmeldingService aanmeldingen;
    @Autowired
    MeldingService meldingen;
    @Autowired
    EscalatieService escalaties;

    ProcessInstance aanmelding;
    Task intake;

    @BeforeEach
    void gegevenEenAanmeldingOpMaandag2November2026() {
        ClockUtil.setCurrentTime(moment(2026, 11, 2, 10, 0));
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.GELDIG)
                .json().get("nummer").asText();
        String instantie = aanmeldingen.start(nummer, "mentor").procesInstantieId();
        aanmelding = runtimeService.createProcessInstanceQuery().processInstanceId(instantie).singleResult();
        intake = taskService.createTaskQuery().processInstanceId(aanmelding.getId()).singleResult();
    }

    @Test
    void deIntakeKrijgtTermijnEnHerinneringUitDeTermijnentabel() {
        assertThat(aanmelding).isWaitingAt("intake");
        assertThat(intake).hasCandidateGroup("zorgcoordinator");
        // 5 werkdagen from Mon 2 Nov 2026: Tue 3 ... Mon 9 Nov, end of day; reminder 1 werkdag before, 08:00.
        assertThat(intake.getDueDate()).isEqualTo(moment(2026, 11, 9, 23, 59, 59));
        assertThat(intake.getFollowUpDate()).isEqualTo(moment(2026, 11, 6, 8, 0));
        assertThat(timer(aanmelding, "herinneringIntake").getDuedate()).isEqualTo(moment(2026, 11, 6, 8, 0));
        assertThat(timer(aanmelding, "termijnIntakeVerstreken").getDuedate()).isEqualTo(moment(2026, 11, 9, 23, 59, 59));
    }

    @Test
    void eenIntakeDieBlijftLiggenKrijgtEenHerinneringEnDanEenEscalatie() {
        ClockUtil.setCurrentTime(moment(2026, 11, 6, 8, 0));
        managementService.executeJob(timer(aanmelding, "herinneringIntake").getId());

        assertThat(aanmelding).hasPassed("herinneringSturen").isWaitingAt("intake");
        assertThat(meldingen.overTaak(intake.getId())).singleElement().satisfies(m -> {
            assertThat(m.soort()).isEqualTo(Melding.Soort.HERINNERING);
            assertThat(m.aanGroep()).isEqualTo("zorgcoordinator");
            assertThat(m.tekst()).contains("09-11-2026").contains(aanmelding.getBusinessKey());
        });
        assertThat(escalaties.vanProcesInstantie(aanmelding.getId())).isEmpty();

        ClockUtil.setCurrentTime(moment(2026, 11, 10, 0, 0));
        managementService.executeJob(timer(aanmelding, "termijnIntakeVerstreken").getId());

        assertThat(aanmelding).hasPassed("intakeEscaleren").isWaitingAt("intake");
        Escalatie escalatie = escalaties.vanProcesInstantie(aanmelding.getId()).get(0);
        assertThat(escalatie.getGroep()).isEqualTo("zorgcoordinator");
        assertThat(escalatie.getStap()).isEqualTo("intake");
        assertThat(escalatie.getStapNaam()).isEqualTo("Intakegesprek voeren");
        assertThat(escalatie.getReden()).isEqualTo("Intakegesprek niet binnen de termijn gevoerd");
        assertThat(escalatie.getDossierNummer()).isEqualTo(aanmelding.getBusinessKey());
        assertThat(escalatie.getDeadline()).isEqualTo(moment(2026, 11, 9, 23, 59, 59).toInstant());
        assertThat(escalatie.getGeescaleerdOp()).isEqualTo(moment(2026, 11, 10, 0, 0).toInstant());
        assertThat(meldingen.overTaak(intake.getId())).extracting(MeldingView::soort)
                .containsExactly(Melding.Soort.HERINNERING, Melding.Soort.ESCALATIE);

        // The work must still be done: the intake stays open, and finishing it ends the referral.
        complete(intake, withVariables("gesprekOudersGevoerd", true));
        assertThat(aanmelding).isEnded().hasPassed("intakeAfgerond");
    }

    @Test
    void eenIntakeOpTijdGeeftGeenHerinneringEnGeenEscalatie() {
        ClockUtil.setCurrentTime(moment(2026, 11, 4, 14, 0));
        complete(intake, withVariables("gesprekOudersGevoerd", true, "gesprekLeerlingGevoerd", true,
                "signalenOnveiligheid", false));

        assertThat(aanmelding).isEnded().hasPassedInOrder("zorgGesignaleerd", "intake", "intakeAfgerond")
                .hasNotPassed("herinneringSturen", "intakeEscaleren");
        assertThat(managementService.createJobQuery().processInstanceId(aanmelding.getId()).count()).isZero();
        assertThat(meldingen.overTaak(intake.getId())).isEmpty();
        assertThat(escalaties.vanProcesInstantie(aanmelding.getId())).isEmpty();
    }
}
