package nl.eenplan.arrangement.proces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.eenplan.Modelengine;
import nl.eenplan.Termijntimers;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.engine.Termijnconventie;
import nl.eenplan.engine.Termijnconventie.Taaktermijn;
import nl.eenplan.termijn.Termijn;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * processes/arrangement.bpmn on its own (issue #19: model tests without the web stack): every gateway, the
 * zorgplicht clock and its extension, both decisions with their objections, consent withdrawn, the evaluations, the
 * async hand-over to leerplicht and the deadlines the convention gives the tasks, with mocked delegates that set
 * what the real ones would. The journeys through EenPlan (the API, the dossier, Tasklist, the SWV's and gemeente's
 * users) stay in ArrangementScenarioIT.
 */
class ArrangementModelTest {

    static final long DAG = 24L * 3600 * 1000;
    static final Date NU = Date.from(Instant.parse("2026-11-03T09:00:00Z"));
    static final Date ONTVANGEN = Date.from(Instant.parse("2026-11-01T23:00:00Z"));
    static final Date ZORGPLICHT = Date.from(Instant.parse("2026-12-14T22:59:59Z"));
    static final Date WEEK_ERVOOR = Date.from(Instant.parse("2026-12-07T07:00:00Z"));
    static final Date VERLENGD_TOT = Date.from(Instant.parse("2027-01-11T22:59:59Z"));
    static final Date BEZWAARTERMIJN = Date.from(Instant.parse("2026-12-15T22:59:59Z"));
    static final Date EVALUATIEMOMENT = Date.from(Instant.parse("2027-02-03T07:00:00Z"));

    ProcessEngine engine = Modelengine.engine();
    RuntimeService runtime = engine.getRuntimeService();
    TaskService taken = engine.getTaskService();
    ManagementService beheer = engine.getManagementService();
    Termijn termijn = mock(Termijn.class);
    Map<String, JavaDelegate> delegates = new HashMap<>();
    /** What the request is, as controleerAanvraag will find it. */
    boolean compleet = true;
    boolean tlv;
    boolean zorgBeslissen;
    String deployment;
    ProcessInstance proces;

    @BeforeEach
    void gegevenEenAanvraag() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(NU);
        delegate("controleerAanvraag", e -> {
            e.setVariable("aanvraagCompleet", compleet);
            if (compleet) {
                e.setVariable("registratieDatum", ONTVANGEN);
                e.setVariable("zorgplichtDeadline", ZORGPLICHT);
                e.setVariable("tlv", tlv);
                e.setVariable("zorgBeslissen", zorgBeslissen);
                e.setVariable("verlengd", false);
                e.setVariable("plaatsGeboden", false);
            }
            compleet = true;
        });
        delegate("controleerAdviezen", e -> { });
        // As LegBesluitVast: the rule of ArrangementService decides whether a place is offered.
        delegate("legBesluitVast", e -> e.setVariable("plaatsGeboden", ArrangementService.plaatsGeboden(
                (String) e.getVariable("onderwijsBesluit"), Boolean.TRUE.equals(e.getVariable("zorgBeslissen")),
                (String) e.getVariable("zorgBesluit"))));
        delegate("laatZorgdeelVervallen", e -> {
            e.setVariable("zorgBeslissen", false);
            e.setVariable("plaatsGeboden", "TOEGEKEND".equals(e.getVariable("onderwijsBesluit")));
        });
        delegate("meldAfwijzing", e -> { });
        delegate("legVerlengingVast", e -> {
            e.setVariable("verlengd", true);
            e.setVariable("verlengdTot", VERLENGD_TOT);
        });
        delegate("meldVerlengingVerlopen", e -> { });
        delegate("escaleerZorgplicht", e -> { });
        delegate("zetArrangementInPlan", e -> { });
        delegate("legGeenPlaatsVast", e -> { });
        delegate("legAfsluitingVast", e -> { });
        Mocks.register("termijn", termijn);
        when(termijn.herinneringVanaf(any(VariableScope.class), eq("arrangement"), eq("zorgplicht"), eq(ONTVANGEN)))
                .thenReturn(WEEK_ERVOOR);
        when(termijn.deadlineVanaf(any(VariableScope.class), eq("arrangement"), eq("verlengen"), eq(ZORGPLICHT)))
                .thenReturn(ZORGPLICHT);
        when(termijn.deadline(any(VariableScope.class), eq("arrangement"), eq("bezwaar"))).thenReturn(BEZWAARTERMIJN);
        when(termijn.deadline(any(VariableScope.class), eq("arrangement"), eq("evaluatie"))).thenReturn(EVALUATIEMOMENT);
        // termijnen.dmn: verlengen is due on the day the zorgplicht ends (0 werkdagen from termijnVanaf), 2 days ahead
        // a reminder; the other tasks 10 days, reminded after 8.
        Modelengine.BEREKENING.set((execution, p, stap, vanaf) -> Optional.of(stap.equals("verlengen")
                ? new Taaktermijn(vanaf, new Date(vanaf.getTime() - 2 * DAG))
                : new Taaktermijn(new Date(vanaf.getTime() + 10 * DAG), new Date(vanaf.getTime() + 8 * DAG))));
        deployment = engine.getRepositoryService().createDeployment()
                .addClasspathResource("processes/arrangement.bpmn").deploy().getId();
        proces = runtime.startProcessInstanceByKey("arrangement", "2026-00001", Map.of("dossierNummer", "2026-00001",
                "schoolBrin", "99ZZ00", "onderwijssoort", "PO", "zorgcoordinator", "zorgcoordinator"));
    }

    @AfterEach
    void ruimOp() {
        Modelengine.ruimOp(deployment);
    }

    @Test
    void eenOnvolledigeAanvraagKomtTerug() throws Exception {
        compleet = false;
        complete(taak("aanvraag"));
        assertThat(proces).hasPassed("aanvraagControleren").isWaitingAt("aanvraag");
        complete(taak("aanvraag"));
        assertThat(proces).isWaitingAt("besluitOnderwijs", "zorgplichtVerstreken", "weekVoorZorgplicht");
        verify(delegates.get("controleerAanvraag"), times(2)).execute(any());
    }

    @Test
    void beideToegekendStoptDeKlokEnZetHetArrangementInHetPlan() throws Exception {
        zorgBeslissen = true;
        complete(taak("aanvraag"));
        assertThat(proces).isWaitingAt("besluitOnderwijs", "besluitZorg", "zorgplichtVerstreken", "weekVoorZorgplicht");
        assertThat(taak("besluitOnderwijs")).hasCandidateGroup("swv");
        assertThat(taak("besluitZorg")).hasCandidateGroup("gemeente");

        complete(taak("besluitOnderwijs"), withVariables("onderwijsBesluit", "TOEGEKEND"));
        assertThat(proces).isWaitingAt("besluitZorg", "zorgplichtVerstreken", "weekVoorZorgplicht");
        complete(taak("besluitZorg"), withVariables("zorgBesluit", "TOEGEKEND"));

        assertThat(proces).hasPassed("plaatsGeboden", "inHetPlan").isWaitingAt("opp");
        assertThat(beheer.createJobQuery().processInstanceId(proces.getId()).activityId("zorgplichtVerstreken").count())
                .isZero();
        verify(delegates.get("zetArrangementInPlan")).execute(any());
    }

    @Test
    void eenTlvVraagtEerstTweeAdviezen() throws Exception {
        tlv = true;
        complete(taak("aanvraag"));
        assertThat(proces).isWaitingAt("adviezen");
        complete(taak("adviezen"));
        assertThat(proces).hasPassed("adviezenControleren").isWaitingAt("besluitOnderwijs");
        complete(taak("besluitOnderwijs"), withVariables("onderwijsBesluit", "TOEGEKEND"));
        assertThat(proces).hasNotPassed("besluitZorg").isWaitingAt("opp");
    }

    @Test
    void eenAfwijzingMetBezwaarWordtOpnieuwBesloten() throws Exception {
        zorgBeslissen = true;
        complete(taak("aanvraag"));
        complete(taak("besluitZorg"), withVariables("zorgBesluit", "AFGEWEZEN"));
        assertThat(proces).hasPassed("oudersInformerenZorg").isWaitingAt("bezwaarZorgMogelijk", "besluitOnderwijs");
        verify(delegates.get("meldAfwijzing")).execute(any());

        runtime.createMessageCorrelation("bezwaarZorgdeel").processInstanceId(proces.getId()).correlate();
        assertThat(proces).hasPassed("bezwaarZorg").isWaitingAt("besluitZorg");
        complete(taak("besluitZorg"), withVariables("zorgBesluit", "TOEGEKEND"));
        complete(taak("besluitOnderwijs"), withVariables("onderwijsBesluit", "TOEGEKEND"));
        assertThat(proces).isWaitingAt("opp");
    }

    @Test
    void zonderBezwaarBlijftDeAfwijzingEnOverschrijdtDeZorgplicht() throws Exception {
        complete(taak("aanvraag"));
        complete(taak("besluitOnderwijs"), withVariables("onderwijsBesluit", "AFGEWEZEN"));
        Job bezwaartermijn = timer("bezwaartermijnOnderwijsVerstreken");
        assertThat(bezwaartermijn.getDuedate()).isEqualTo(BEZWAARTERMIJN);
        beheer.executeJob(bezwaartermijn.getId());
        assertThat(proces).hasPassed("geenPlaatsBinnen").isWaitingAt("zorgplichtVerstreken", "weekVoorZorgplicht");

        // No extension decided in time: the model's own interrupting timer ends task verlengen on the zorgplicht.
        beheer.executeJob(timer("weekVoorZorgplicht").getId());
        assertThat(Termijntimers.van(beheer, proces.getId(), "verlengen", Termijnconventie.VERSTREKEN)).isNull();
        assertThat(timer("termijnVerlengenVerstreken").getDuedate()).isEqualTo(ZORGPLICHT)
                .isEqualTo(taak("verlengen").getDueDate());
        beheer.executeJob(timer("termijnVerlengenVerstreken").getId());
        verify(delegates.get("meldVerlengingVerlopen")).execute(any());

        assertThat(timer("zorgplichtVerstreken").getDuedate()).isEqualTo(ZORGPLICHT);
        beheer.executeJob(timer("zorgplichtVerstreken").getId());
        // The hand-over to leerplicht is a job of its own (async), retried on failure.
        assertThat(proces).isWaitingAt("zorgplichtEscaleren");
        verify(delegates.get("escaleerZorgplicht"), never()).execute(any());
        beheer.executeJob(beheer.createJobQuery().processInstanceId(proces.getId()).activityId("zorgplichtEscaleren")
                .messages().singleResult().getId());

        verify(delegates.get("escaleerZorgplicht")).execute(any());
        assertThat(proces).isEnded().hasPassed("zorgplichtOverschreden", "verlengenGeescaleerd", "geenPlaatsVastleggen",
                "geenArrangement");
        verify(Modelengine.BEWAKING.get(), never()).escaleer(any(), any(), any());
    }

    @Test
    void verlengdMet4WekenDanLooptDeVerlengdeKlok() throws Exception {
        complete(taak("aanvraag"));
        beheer.executeJob(timer("weekVoorZorgplicht").getId());
        Task verlengen = taak("verlengen");
        assertThat(verlengen).hasCandidateGroup("zorgcoordinator");
        assertThat(verlengen.getDueDate()).isEqualTo(ZORGPLICHT);
        assertThat(verlengen.getFollowUpDate()).isEqualTo(new Date(ZORGPLICHT.getTime() - 2 * DAG));

        complete(verlengen, withVariables("zorgplichtVerlengen", true));
        assertThat(proces).hasPassed("verlengingVastleggen").isWaitingAt("oudersInformeren");
        complete(taak("oudersInformeren"));
        assertThat(proces).hasPassed("zorgplichtVerlengd");

        beheer.executeJob(timer("zorgplichtVerstreken").getId());
        assertThat(proces).hasPassed("verlengd").isWaitingAt("verlengdeZorgplichtVerstreken", "besluitOnderwijs");
        assertThat(timer("verlengdeZorgplichtVerstreken").getDuedate()).isEqualTo(VERLENGD_TOT);
        complete(taak("besluitOnderwijs"), withVariables("onderwijsBesluit", "TOEGEKEND"));
        assertThat(proces).isWaitingAt("opp");
    }

    @Test
    void nietVerlengenLaatDeKlokLopen() throws Exception {
        complete(taak("aanvraag"));
        beheer.executeJob(timer("weekVoorZorgplicht").getId());
        complete(taak("verlengen"), withVariables("zorgplichtVerlengen", false));
        assertThat(proces).hasPassed("nietVerlengd").isWaitingAt("zorgplichtVerstreken", "besluitOnderwijs");
    }

    @Test
    void toestemmingVoorJeugdhulpIngetrokkenDanVervaltHetZorgdeel() throws Exception {
        zorgBeslissen = true;
        complete(taak("aanvraag"));
        complete(taak("besluitOnderwijs"), withVariables("onderwijsBesluit", "TOEGEKEND"));

        runtime.createMessageCorrelation("toestemmingIngetrokken").processInstanceId(proces.getId())
                .localVariableEquals("taakToestemming", "JEUGDHULP").correlate();

        assertThat(proces).hasPassed("besluitZorgToestemmingIngetrokken", "zorgdeelVervalt", "plaatsGeboden")
                .isWaitingAt("opp");
        verify(delegates.get("laatZorgdeelVervallen")).execute(any());
    }

    @Test
    void evaluerenDoorgaanBijstellenEnAfsluiten() throws Exception {
        complete(taak("aanvraag"));
        complete(taak("besluitOnderwijs"), withVariables("onderwijsBesluit", "TOEGEKEND"));
        complete(taak("opp"));
        assertThat(timer("evaluatiemoment").getDuedate()).isEqualTo(EVALUATIEMOMENT);

        beheer.executeJob(timer("evaluatiemoment").getId());
        complete(taak("evalueren"), withVariables("arrangementVervolg", "DOORGAAN"));
        assertThat(proces).isWaitingAt("evaluatiemoment");
        beheer.executeJob(timer("evaluatiemoment").getId());
        complete(taak("evalueren"), withVariables("arrangementVervolg", "BIJSTELLEN"));
        assertThat(proces).isWaitingAt("opp");
        complete(taak("opp"));
        beheer.executeJob(timer("evaluatiemoment").getId());
        complete(taak("evalueren"), withVariables("arrangementVervolg", "BEEINDIGEN"));
        complete(taak("afsluiten"));

        assertThat(proces).isEnded().hasPassed("afsluitingVastleggen", "arrangementAfgesloten");
        verify(delegates.get("legAfsluitingVast")).execute(any());
    }

    @Test
    void elkeTaakKrijgtHerinneringEnEscalatieVanDeConventie() {
        zorgBeslissen = true;
        complete(taak("aanvraag"));
        Task besluitZorg = taak("besluitZorg");
        assertThat(besluitZorg.getDueDate()).isEqualTo(new Date(NU.getTime() + 10 * DAG));

        Job herinnering = Termijntimers.van(beheer, proces.getId(), "besluitZorg", Termijnconventie.HERINNERING);
        assertThat(herinnering.getDuedate()).isEqualTo(besluitZorg.getFollowUpDate());
        beheer.executeJob(herinnering.getId());
        verify(Modelengine.BEWAKING.get()).herinner(any());

        Job verstreken = Termijntimers.van(beheer, proces.getId(), "besluitZorg", Termijnconventie.VERSTREKEN);
        assertThat(verstreken.getDuedate()).isEqualTo(besluitZorg.getDueDate());
        beheer.executeJob(verstreken.getId());
        verify(Modelengine.BEWAKING.get()).escaleer(any(), eq("zorgcoordinator"),
                eq("Besluit zorgdeel (gemeente) niet binnen de termijn genomen"));
        assertThat(proces).isWaitingAt("besluitZorg", "besluitOnderwijs");
    }

    private void delegate(String naam, Consumer<DelegateExecution> wat) {
        JavaDelegate delegate = mock(JavaDelegate.class);
        try {
            org.mockito.Mockito.doAnswer(a -> {
                wat.accept(a.getArgument(0));
                return null;
            }).when(delegate).execute(any());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        delegates.put(naam, delegate);
        Mocks.register(naam, delegate);
    }

    private Task taak(String taakId) {
        return taken.createTaskQuery().processInstanceId(proces.getId()).taskDefinitionKey(taakId).singleResult();
    }

    private Job timer(String activiteit) {
        return beheer.createJobQuery().processInstanceId(proces.getId()).activityId(activiteit).timers().singleResult();
    }
}
