package nl.eenplan.overstap.proces;

import static nl.eenplan.Tijd.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.eenplan.Modelengine;
import nl.eenplan.engine.Taak;
import nl.eenplan.engine.Termijnconventie;
import nl.eenplan.engine.Termijnconventie.Taaktermijn;
import nl.eenplan.overstap.Overstapkalender;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockito.ArgumentCaptor;

/**
 * processes/overstap.bpmn on its own (issue #19: model tests without the web stack), on nl.eenplan.Modelengine
 * (in memory, no Spring), its beans mocked (camunda's Mocks with Mockito), deadlines by
 * convention with a calculation of its own (0 dagen from the anchor, the reminder a few days before) and the
 * engine's mocked Termijnbewaking. Every path, the 1 October timer, the async handovers and a task's reminder and escalation.
 * The journeys with the real beans (dossier, OKR, arrangement, leerplicht) stay in OverstapScenarioIT.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OverstapModelTest {

    ProcessEngine engine = Modelengine.engine();
    Overstapkalender kalender;
    JavaDelegate zetArrangementVoort;
    JavaDelegate escaleerOverstap;
    TaskListener overstapFeiten;
    TaskListener controleerOverstapdossier;
    String deployment;
    ProcessInstance overstap;

    /** 0 dagen from the anchor (the date of overstapkalender.dmn) at the end of its day; the reminder 3 days before. */
    static Optional<Taaktermijn> termijn(java.util.Map<String, ?> variabelen, String proces, String stap, Date vanaf) {
        return Optional.of(new Taaktermijn(vanaf, new Date(vanaf.getTime() - TimeUnit.DAYS.toMillis(3))));
    }

    @BeforeEach
    void mocks() {
        BpmnAwareTests.init(engine);
        Modelengine.BEREKENING.set(OverstapModelTest::termijn);
        deployment = engine.getRepositoryService().createDeployment().addClasspathResource("processes/overstap.bpmn")
                .deploy().getId();
        ClockUtil.setCurrentTime(moment(2026, 11, 3, 10, 0));
        kalender = mock(Overstapkalender.class);
        when(kalender.deadline(any(), anyString())).thenAnswer(a -> switch ((String) a.getArgument(1)) {
            case "voorlopigAdvies" -> moment(2027, 1, 31, 23, 59, 59);
            case "definitiefAdvies" -> moment(2027, 3, 24, 23, 59, 59);
            case "aanmelden" -> moment(2027, 3, 31, 23, 59, 59);
            case "overdracht" -> moment(2027, 7, 1, 23, 59, 59);
            case "plaatsing" -> moment(2027, 7, 15, 23, 59, 59);
            case "controleBevestigen" -> moment(2027, 10, 15, 23, 59, 59);
            default -> throw new IllegalArgumentException((String) a.getArgument(1));
        });
        when(kalender.moment(any(), eq("controle"))).thenReturn(moment(2027, 10, 1, 8, 0));
        zetArrangementVoort = mock(JavaDelegate.class);
        escaleerOverstap = mock(JavaDelegate.class);
        overstapFeiten = mock(TaskListener.class);
        controleerOverstapdossier = mock(TaskListener.class);
        Mocks.register("overstapkalender", kalender);
        Mocks.register("zetArrangementVoort", zetArrangementVoort);
        Mocks.register("escaleerOverstap", escaleerOverstap);
        Mocks.register("overstapFeiten", overstapFeiten);
        Mocks.register("controleerOverstapdossier", controleerOverstapdossier);
        feiten(false, false);
    }

    @AfterEach
    void ruimOp() {
        Modelengine.ruimOp(deployment);
    }

    @Test
    void poNaarVoMetOndersteuningEnEenLopendArrangement() throws Exception {
        feiten(true, true);
        start("PO_VO");
        assertThat(taak().getTaskDefinitionKey()).isEqualTo("voorlopigAdvies");
        assertThat(taak().getDueDate()).isEqualTo(moment(2027, 1, 31, 23, 59, 59));
        assertThat(taak()).hasCandidateGroup("zorgcoordinator");
        voltooi("voorlopigAdvies", Map.of());
        voltooi("definitiefAdvies", Map.of());
        voltooi("overstapdossier", Map.of());
        verify(controleerOverstapdossier).notify(any());
        voltooi("oudersLatenZien", Map.of());
        voltooi("warmeOverdracht", Map.of());
        voltooi("plaatsing", Map.of("geplaatst", true));

        // The handover to arrangement is a job of its own.
        assertThat(overstap).isWaitingAt("arrangementVoortzetten");
        verify(zetArrangementVoort, never()).execute(any());
        voerUit("arrangementVoortzetten");
        verify(zetArrangementVoort).execute(any());
        assertThat(overstap).isWaitingAt("eenOktober");
        Job oktober = job("eenOktober");
        assertThat(oktober.getDuedate()).isEqualTo(moment(2027, 10, 1, 8, 0));
        engine.getManagementService().executeJob(oktober.getId());
        voltooi("controle", Map.of("ingeschreven", true));

        assertThat(overstap).isEnded().hasPassedInOrder("voorlopigAdvies", "definitiefAdvies", "overstapdossier",
                "oudersLatenZien", "warmeOverdracht", "plaatsing", "arrangementVoortzetten", "eenOktober", "controle",
                "overstapGeslaagd");
        verify(escaleerOverstap, never()).execute(any());
    }

    @Test
    void voNaarMboZonderOndersteuningNietGeplaatst() throws Exception {
        start("VO_MBO");
        assertThat(taak().getTaskDefinitionKey()).isEqualTo("overstapdossier");
        voltooi("overstapdossier", Map.of());
        voltooi("oudersLatenZien", Map.of());
        voltooi("plaatsing", Map.of("geplaatst", false));

        assertThat(overstap).isWaitingAt("leerplichtInlichten");
        voerUit("leerplichtInlichten");
        verify(escaleerOverstap).execute(any());
        assertThat(overstap).isEnded().hasPassed("naarLeerplicht")
                .hasNotPassed("voorlopigAdvies", "warmeOverdracht", "arrangementVoortzetten");
    }

    @Test
    void nietIngeschrevenOp1Oktober() throws Exception {
        start("PO_VO");
        voltooi("voorlopigAdvies", Map.of());
        voltooi("definitiefAdvies", Map.of());
        voltooi("overstapdossier", Map.of());
        voltooi("oudersLatenZien", Map.of());
        voltooi("plaatsing", Map.of("geplaatst", true));
        assertThat(overstap).isWaitingAt("eenOktober");
        engine.getManagementService().executeJob(job("eenOktober").getId());
        voltooi("controle", Map.of("ingeschreven", false));

        assertThat(overstap).isWaitingAt("leerplichtInlichten");
        voerUit("leerplichtInlichten");
        assertThat(overstap).isEnded().hasPassed("naarLeerplicht").hasNotPassed("overstapGeslaagd");
        verify(zetArrangementVoort, never()).execute(any());
    }

    @Test
    void eenTaakHerinnertEnEscaleertNaarDeZorgcoordinatoren() {
        start("PO_VO");
        Task voorlopig = taak();
        assertThat(voorlopig.getFollowUpDate()).isEqualTo(moment(2027, 1, 28, 23, 59, 59));
        Job herinnering = termijntimer("voorlopigAdvies", Termijnconventie.HERINNERING);
        Job verstreken = termijntimer("voorlopigAdvies", Termijnconventie.VERSTREKEN);
        assertThat(herinnering.getDuedate()).isEqualTo(voorlopig.getFollowUpDate());
        assertThat(verstreken.getDuedate()).isEqualTo(voorlopig.getDueDate());

        engine.getManagementService().executeJob(herinnering.getId());
        ArgumentCaptor<Taak> taak = ArgumentCaptor.forClass(Taak.class);
        verify(Modelengine.BEWAKING.get()).herinner(taak.capture());
        assertThat(taak.getValue().stap()).isEqualTo("voorlopigAdvies");
        engine.getManagementService().executeJob(verstreken.getId());
        verify(Modelengine.BEWAKING.get()).escaleer(any(), eq("zorgcoordinator"), eq("Voorlopig schooladvies niet voor 31 januari gegeven"));
        assertThat(overstap).isWaitingAt("voorlopigAdvies");
    }

    @Test
    void eenOnvolledigOverstapdossierBlijftOpen() {
        doAnswer(a -> {
            throw new IllegalStateException("ontvangende school ontbreekt");
        }).when(controleerOverstapdossier).notify(any());
        start("VO_MBO");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> voltooi("overstapdossier", Map.of()))
                .hasMessageContaining("ontvangende school");
        assertThat(overstap).isWaitingAt("overstapdossier");
    }

    /** What the listener on oudersLatenZien and plaatsing sets for the gateways. */
    private void feiten(boolean metOndersteuning, boolean lopendArrangement) {
        doAnswer(a -> {
            DelegateTask t = a.getArgument(0);
            OverstapVariabelen.MET_ONDERSTEUNING.zet(t.getExecution(), metOndersteuning);
            OverstapVariabelen.LOPEND_ARRANGEMENT.zet(t.getExecution(), lopendArrangement);
            return null;
        }).when(overstapFeiten).notify(any());
    }

    private void start(String soort) {
        overstap = engine.getRuntimeService().startProcessInstanceByKey("overstap", "D-1", Map.of(
                "dossierNummer", "D-1", "schoolBrin", "99ZZ00", "onderwijssoort", "PO", "zorgcoordinator", "zc",
                OverstapVariabelen.OVERSTAPSOORT.naam(), soort, OverstapVariabelen.SCHOOLJAAR.naam(), "2026-2027"));
    }

    private Task taak() {
        return engine.getTaskService().createTaskQuery().processInstanceId(overstap.getId()).singleResult();
    }

    private void voltooi(String taakId, Map<String, Object> variabelen) {
        Task t = taak();
        assertThat(t.getTaskDefinitionKey()).isEqualTo(taakId);
        engine.getTaskService().complete(t.getId(), variabelen);
    }

    private Job job(String activiteit) {
        return engine.getManagementService().createJobQuery().processInstanceId(overstap.getId()).activityId(activiteit)
                .singleResult();
    }

    private void voerUit(String activiteit) {
        Job j = job(activiteit);
        assertThat(j).as("job van " + activiteit).isNotNull();
        engine.getManagementService().executeJob(j.getId());
    }

    private Job termijntimer(String taak, String soort) {
        return nl.eenplan.Termijntimers.van(engine.getManagementService(), overstap.getId(), taak, soort);
    }
}
