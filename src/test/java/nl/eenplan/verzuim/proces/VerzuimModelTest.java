package nl.eenplan.verzuim.proces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import nl.eenplan.Modelengine;
import nl.eenplan.Termijntimers;
import nl.eenplan.engine.Termijnconventie;
import nl.eenplan.engine.Termijnconventie.Taaktermijn;
import nl.eenplan.termijn.Termijn;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * processes/verzuim.bpmn on its own (issue #19: model tests without the web stack): its gateways (send or withdraw,
 * confirmed by DUO or not), the reminder the convention gives task melden, and the norm of 5 werkdagen as the model
 * draws it (non-interrupting, at melden and at duoIndienen), with mocked delegates. The journeys through EenPlan (the
 * report, DUO, leerplicht's inbox, Tasklist) stay in VerzuimScenarioIT.
 */
class VerzuimModelTest {

    static final Date NU = Date.from(Instant.parse("2026-11-09T09:00:00Z"));
    static final Date HERINNERING = Date.from(Instant.parse("2026-11-12T07:00:00Z"));
    static final Date NORM = Date.from(Instant.parse("2026-11-13T22:59:59Z"));
    /** The day 16 hours were reached (Fri 6 Nov), start of the day in Dutch time. */
    static final Date DREMPEL = Date.from(Instant.parse("2026-11-05T23:00:00Z"));

    ProcessEngine engine = Modelengine.engine();
    JavaDelegate verstuur = mock(JavaDelegate.class);
    JavaDelegate trekIn = mock(JavaDelegate.class);
    JavaDelegate teLaat = mock(JavaDelegate.class);
    /** Plays step "Indienen bij DUO": DUO confirms or not, as the test says. */
    boolean bevestigd = true;
    JavaDelegate dienIn = execution -> execution.setVariable("duoBevestigd", bevestigd);
    Termijn termijn = mock(Termijn.class);
    String deployment;
    ProcessInstance proces;

    @BeforeEach
    void gegevenEenConceptmelding() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(NU);
        Mocks.register("verstuurVerzuimmelding", verstuur);
        Mocks.register("trekVerzuimmeldingIn", trekIn);
        Mocks.register("dienInBijDuo", (JavaDelegate) execution -> dienIn.execute(execution));
        Mocks.register("meldTeLateVerzuimmelding", teLaat);
        Mocks.register("termijn", termijn);
        // The norm counts from the day the threshold was reached, at both tasks.
        when(termijn.deadlineVanaf(any(VariableScope.class), eq("verzuim"), eq("melden"), eq(DREMPEL)))
                .thenReturn(NORM);
        // The norm counts from the day the threshold was reached (termijnVanaf ${drempeldatum}), not from the draft.
        Modelengine.BEREKENING.set((execution, p, stap, vanaf) -> {
            assertThat(vanaf).isEqualTo(DREMPEL);
            return Optional.of(new Taaktermijn(NORM, HERINNERING));
        });
        deployment = engine.getRepositoryService().createDeployment().addClasspathResource("processes/verzuim.bpmn")
                .deploy().getId();
        proces = engine.getRuntimeService().startProcessInstanceByKey("verzuim", "2026-00001",
                Map.of("schoolBrin", "99ZZ00", "verzuimmeldingId", 1L, "drempeldatum", DREMPEL));
    }

    @AfterEach
    void ruimOp() {
        Modelengine.ruimOp(deployment);
    }

    @Test
    void deSchoolMeldtBinnenDeNormEnTaakMeldenHeeftDieNormAlsTermijn() throws Exception {
        assertThat(proces).isWaitingAt("melden");
        assertThat(task(proces).getDueDate()).isEqualTo(NORM);
        assertThat(task(proces).getFollowUpDate()).isEqualTo(HERINNERING);

        complete(task(proces), withVariables("besluit", "versturen"));
        // Submitting to DUO is a job of its own: when DUO cannot be reached, it fails and is retried.
        assertThat(proces).isWaitingAt("indienenBijDuo");
        indienen();

        assertThat(proces).isEnded().hasPassed("indienenBijDuo", "duoBevestigd", "versturen", "gemeld")
                .hasNotPassed("duoIndienen");
        verify(verstuur).execute(any());
        verify(trekIn, never()).execute(any());
    }

    @Test
    void nietDoorDuoBevestigdLegtDeSchoolHetKenmerkVastEnDanGaatDeMeldingNaarLeerplicht() throws Exception {
        bevestigd = false;
        complete(task(proces), withVariables("besluit", "versturen"));
        indienen();

        assertThat(proces).isWaitingAt("duoIndienen");
        assertThat(task(proces).getName()).isEqualTo("DUO-kenmerk vastleggen");
        // The same norm as melden, from the same day (termijnStap melden, termijnVanaf drempeldatum).
        assertThat(task(proces).getDueDate()).isEqualTo(NORM);
        verify(verstuur, never()).execute(any());

        complete(task(proces));
        assertThat(proces).isEnded().hasPassed("duoIndienen", "versturen", "gemeld");
        verify(verstuur).execute(any());
        verify(teLaat, never()).execute(any());
    }

    @Test
    void deNormVerstrijktBijHetKenmerkDeTaakBlijftEnDeSchoolKanNogIndienen() throws Exception {
        bevestigd = false;
        complete(task(proces), withVariables("besluit", "versturen"));
        indienen();
        var norm = engine.getManagementService().createJobQuery().processInstanceId(proces.getId())
                .activityId("termijnDuoVerstreken").singleResult();
        assertThat(norm.getDuedate()).isEqualTo(NORM);

        engine.getManagementService().executeJob(norm.getId());

        assertThat(proces).isWaitingAt("duoIndienen").hasPassed("teLaatSignaleren", "teLaatGesignaleerd");
        verify(teLaat).execute(any());
        complete(task(proces));
        assertThat(proces).isEnded().hasPassed("versturen", "gemeld");
    }

    private void indienen() {
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(proces.getId()).activityId("indienenBijDuo").singleResult().getId());
    }

    @Test
    void deSchoolTrektHetConceptIn() throws Exception {
        complete(task(proces), withVariables("besluit", "intrekken"));

        assertThat(proces).isEnded().hasPassed("intrekken", "ingetrokken");
        verify(trekIn).execute(any());
        verify(verstuur, never()).execute(any());
    }

    @Test
    void voorDeNormKomtDeHerinneringVanDeConventie() {
        var herinnering = Termijntimers.van(engine.getManagementService(), proces.getId(), "melden",
                Termijnconventie.HERINNERING);
        assertThat(herinnering.getDuedate()).isEqualTo(HERINNERING);

        engine.getManagementService().executeJob(herinnering.getId());

        verify(Modelengine.BEWAKING.get()).herinner(any());
        assertThat(proces).isWaitingAt("melden");
    }

    @Test
    void naDeNormKrijgenSchoolleidingEnLeerplichtBerichtEnBlijftTaakMeldenOpen() throws Exception {
        assertThat(Termijntimers.van(engine.getManagementService(), proces.getId(), "melden",
                Termijnconventie.VERSTREKEN)).isNull();
        var norm = engine.getManagementService().createJobQuery().processInstanceId(proces.getId())
                .activityId("termijnMeldenVerstreken").singleResult();
        assertThat(norm.getDuedate()).isEqualTo(NORM);

        engine.getManagementService().executeJob(norm.getId());

        // Non-interrupting: the school still sends; EenPlan no longer sends a report it never had confirmed by DUO.
        assertThat(proces).isWaitingAt("melden").hasPassed("teLaatSignaleren", "teLaatGesignaleerd")
                .hasNotPassed("versturen");
        verify(teLaat).execute(any());
        verify(verstuur, never()).execute(any());
        verify(Modelengine.BEWAKING.get(), never()).escaleer(any(), any(), any());

        complete(task(proces), withVariables("besluit", "versturen"));
        indienen();
        assertThat(proces).isEnded().hasPassed("versturen", "gemeld");
    }
}
