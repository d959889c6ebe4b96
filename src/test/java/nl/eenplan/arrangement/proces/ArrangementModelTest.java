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
 * processes/arrangement.bpmn on its own (issue #19: model tests without the web stack): every gateway, no
 * zorgplicht clock (issue 23: it runs in toelating), both decisions with their objections, consent withdrawn, the evaluations, the
 * async hand-over to leerplicht and the deadlines the convention gives the tasks, with mocked delegates that set
 * what the real ones would. The journeys through EenPlan (the API, the dossier, Tasklist, the SWV's and gemeente's
 * users) stay in ArrangementScenarioIT.
 */
class ArrangementModelTest {

    static final long DAG = 24L * 3600 * 1000;
    static final Date NU = Date.from(Instant.parse("2026-11-03T09:00:00Z"));
    static final Date ONTVANGEN = Date.from(Instant.parse("2026-11-01T23:00:00Z"));
    static final Date BEZWAARTERMIJN = Date.from(Instant.parse("2026-12-15T22:59:59Z"));
    /** The letter went on Wed 4 Nov 2026: objection term until Wed 16 Dec, "no objection" a postal week later. */
    static final Date BRIEF = Date.from(Instant.parse("2026-11-04T22:59:59Z"));
    static final Date BEZWAARTERMIJN_TOT = Date.from(Instant.parse("2026-12-16T22:59:59Z"));
    static final Date BESLISTERMIJN_BEZWAAR = Date.from(Instant.parse("2027-01-27T22:59:59Z"));
    static final Date BESLISTERMIJN_BEZWAAR_LBT = Date.from(Instant.parse("2027-03-10T22:59:59Z"));
    static final Date EVALUATIEMOMENT = Date.from(Instant.parse("2027-02-03T07:00:00Z"));

    ProcessEngine engine = Modelengine.engine();
    RuntimeService runtime = engine.getRuntimeService();
    TaskService taken = engine.getTaskService();
    ManagementService beheer = engine.getManagementService();
    Termijn termijn = mock(Termijn.class);
    Map<String, JavaDelegate> delegates = new HashMap<>();
    /** Starts process jeugdhulpbesluit in the home gemeente's tenant (JeugdhulpbesluitIT runs it). */
    org.camunda.bpm.engine.delegate.ExecutionListener vraagJeugdhulpbesluit =
            mock(org.camunda.bpm.engine.delegate.ExecutionListener.class);
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
                e.setVariable("tlv", tlv);
                e.setVariable("zorgBeslissen", zorgBeslissen);
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
        delegate("zetArrangementInPlan", e -> { });
        delegate("startOpp", e -> { });
        delegate("stelOppBij", e -> { });
        delegate("legGeenPlaatsVast", e -> { });
        delegate("legAfsluitingVast", e -> { });
        Mocks.register("vraagJeugdhulpbesluit", vraagJeugdhulpbesluit);
        Mocks.register("termijn", termijn);
        when(termijn.deadline(any(VariableScope.class), eq("arrangement"), eq("bezwaar"))).thenReturn(BEZWAARTERMIJN);
        when(termijn.deadline(any(VariableScope.class), eq("arrangement"), eq("evaluatie"))).thenReturn(EVALUATIEMOMENT);
        when(termijn.beslistermijnBezwaar(any(VariableScope.class), eq(BEZWAARTERMIJN_TOT), eq(false)))
                .thenReturn(BESLISTERMIJN_BEZWAAR);
        when(termijn.beslistermijnBezwaar(any(VariableScope.class), eq(BEZWAARTERMIJN_TOT), eq(true)))
                .thenReturn(BESLISTERMIJN_BEZWAAR_LBT);
        // termijnen.dmn: every task 10 days, reminded after 8.
        Modelengine.BEREKENING.set((execution, p, stap, vanaf) -> Optional.of(
                new Taaktermijn(new Date(vanaf.getTime() + 10 * DAG), new Date(vanaf.getTime() + 8 * DAG))));
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
        assertThat(proces).isWaitingAt("besluitOnderwijs");
        verify(delegates.get("controleerAanvraag"), times(2)).execute(any());
    }

    @Test
    void beideToegekendZetHetArrangementInHetPlan() throws Exception {
        zorgBeslissen = true;
        complete(taak("aanvraag"));
        // Issue 23: no zorgplicht clock beside the decisions (it runs in toelating), only their own terms.
        assertThat(proces).isWaitingAt("besluitOnderwijs", "besluitZorg");
        assertThat(beheer.createJobQuery().processInstanceId(proces.getId()).timers().count()).isEqualTo(
                beheer.createJobQuery().processInstanceId(proces.getId()).activityId("besluitOnderwijs").timers().count()
                + beheer.createJobQuery().processInstanceId(proces.getId()).activityId("besluitZorg").timers().count());
        assertThat(taak("besluitOnderwijs")).hasCandidateGroup("swv");
        // Issue 23: the care part is decided by the home gemeente in its own process, on its own Awb term: here the
        // arrangement only waits, without a task, a deadline or an escalation of its own.
        assertThat(taak("besluitZorg")).isNull();
        assertThat(beheer.createJobQuery().processInstanceId(proces.getId()).activityId("besluitZorg").count()).isZero();
        verify(vraagJeugdhulpbesluit).notify(any());

        complete(taak("besluitOnderwijs"), withVariables("onderwijsBesluit", "TOEGEKEND"));
        assertThat(proces).isWaitingAt("besluitZorg");
        jeugdhulpbesluit("TOEGEKEND");

        assertThat(proces).hasPassed("plaatsGeboden", "inHetPlan").isWaitingAt("evaluatiemoment");
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
        assertThat(proces).hasNotPassed("besluitZorg").isWaitingAt("evaluatiemoment");
    }

    /**
     * Issue 23: the home gemeente sends the letter and handles the objection in its own process jeugdhulpbesluit; the
     * arrangement hears only the final outcome there (a refusal no longer open to objection) and never shows or
     * escalates the letter or the objection itself.
     */
    @Test
    void eenAfgewezenZorgdeelKomtAlsEindbesluitEnHetArrangementHeeftGeenBriefOfBezwaar() throws Exception {
        zorgBeslissen = true;
        complete(taak("aanvraag"));
        assertThat(proces).isWaitingAt("besluitZorg", "besluitOnderwijs");
        jeugdhulpbesluit("AFGEWEZEN");
        assertThat(proces).hasPassed("zorgBesluitVastleggen").isWaitingAt("besluitOnderwijs");
        verify(delegates.get("meldAfwijzing"), never()).execute(any());
        assertThat(taken.createTaskQuery().processInstanceId(proces.getId()).list())
                .extracting(Task::getTaskDefinitionKey).containsExactly("besluitOnderwijs");
        assertThat((Object) engine.getRepositoryService().getBpmnModelInstance(proces.getProcessDefinitionId())
                .getModelElementById("besluitbriefZorg")).as("geen brief van het zorgdeel in het arrangement").isNull();
        complete(taak("besluitOnderwijs"), withVariables("onderwijsBesluit", "TOEGEKEND"));
        assertThat(proces).isEnded().hasPassed("geenPlaatsBinnen", "geenPlaatsVastleggen");
    }

    @Test
    void eenTlvBezwaarGaatEerstNaarDeLbtEnOngegrondLaatDeAfwijzingStaan() throws Exception {
        tlv = true;
        complete(taak("aanvraag"));
        complete(taak("adviezen"));
        complete(taak("besluitOnderwijs"), withVariables("onderwijsBesluit", "AFGEWEZEN"));
        assertThat(taak("besluitbriefOnderwijs")).hasCandidateGroup("swv");
        brief("Onderwijs");
        runtime.createMessageCorrelation("bezwaarOnderwijsdeel").processInstanceId(proces.getId()).correlate();
        assertThat(proces).isWaitingAt("lbtAdvies");
        assertThat(taak("lbtAdvies")).hasCandidateGroup("swv");
        complete(taak("lbtAdvies"));
        // With the LBT as advisory committee: 12 weeks (Awb art. 7:10 lid 1, 7:13).
        assertThat(taak("bezwaarBehandelenOnderwijs").getDueDate())
                .isEqualTo(new Date(BESLISTERMIJN_BEZWAAR_LBT.getTime() + 10 * DAG));
        complete(taak("bezwaarBehandelenOnderwijs"), withVariables("bezwaarOnderwijsUitkomst", "ONGEGROND"));
        assertThat(proces).isEnded().hasPassed("lbtAdviesGegeven", "geenPlaatsBinnen", "geenArrangement");
    }

    @Test
    void eenIngetrokkenBezwaarLaatDeAfwijzingStaanZonderLbtBijEenArrangement() throws Exception {
        complete(taak("aanvraag"));
        complete(taak("besluitOnderwijs"), withVariables("onderwijsBesluit", "AFGEWEZEN"));
        brief("Onderwijs");
        runtime.createMessageCorrelation("bezwaarOnderwijsdeel").processInstanceId(proces.getId()).correlate();
        assertThat(proces).hasNotPassed("lbtAdvies").isWaitingAt("bezwaarBehandelenOnderwijs");
        assertThat(taak("bezwaarBehandelenOnderwijs").getDueDate())
                .isEqualTo(new Date(BESLISTERMIJN_BEZWAAR.getTime() + 10 * DAG));
        complete(taak("bezwaarBehandelenOnderwijs"), withVariables("bezwaarOnderwijsUitkomst", "INGETROKKEN"));
        assertThat(proces).isEnded().hasPassed("onderwijsKlaar", "geenPlaatsBinnen");
    }

    /**
     * Issue 23: while the objection runs, the decision's own clock does not: the decision task is not open (it is
     * taken again only after "gegrond", with a new deadline), so nothing escalates against the SWV until then.
     */
    @Test
    void tijdensHetBezwaarEscaleertHetBesluitNietDaarnaWel() throws Exception {
        complete(taak("aanvraag"));
        complete(taak("besluitOnderwijs"), withVariables("onderwijsBesluit", "AFGEWEZEN"));
        brief("Onderwijs");
        runtime.createMessageCorrelation("bezwaarOnderwijsdeel").processInstanceId(proces.getId()).correlate();
        assertThat(beheer.createJobQuery().processInstanceId(proces.getId()).activityId("besluitOnderwijs").count()).isZero();
        ClockUtil.setCurrentTime(new Date(NU.getTime() + 60 * DAG));
        complete(taak("bezwaarBehandelenOnderwijs"), withVariables("bezwaarOnderwijsUitkomst", "GEGROND"));
        verify(Modelengine.BEWAKING.get(), never()).escaleer(any(), any(), any());
        // Decided again: a new deadline from now, and past it the escalation.
        Task opnieuw = taak("besluitOnderwijs");
        assertThat(opnieuw.getDueDate()).isEqualTo(new Date(NU.getTime() + 70 * DAG));
        Job verstreken = Termijntimers.van(beheer, proces.getId(), "besluitOnderwijs", Termijnconventie.VERSTREKEN);
        assertThat(verstreken.getDuedate()).isEqualTo(opnieuw.getDueDate());
        beheer.executeJob(verstreken.getId());
        verify(Modelengine.BEWAKING.get(), times(1)).escaleer(any(), any(), any());
    }

    @Test
    void zonderBezwaarBlijftDeAfwijzingEnEindigtHetZonderPlaats() throws Exception {
        complete(taak("aanvraag"));
        complete(taak("besluitOnderwijs"), withVariables("onderwijsBesluit", "AFGEWEZEN"));
        // No letter yet: no objection term runs, nothing ends.
        assertThat(proces).isWaitingAt("besluitbriefOnderwijs");
        brief("Onderwijs");
        Job bezwaartermijn = timer("bezwaartermijnOnderwijsVerstreken");
        assertThat(bezwaartermijn.getDuedate()).isEqualTo(BEZWAARTERMIJN);
        beheer.executeJob(bezwaartermijn.getId());

        // Issue 23: no clock waits here any more, so no "zorgplicht overschreden" from an arrangement request.
        assertThat(proces).isEnded().hasPassed("geenPlaatsBinnen", "geenPlaatsVastleggen", "geenArrangement");
        verify(delegates.get("legGeenPlaatsVast")).execute(any());
        verify(Modelengine.BEWAKING.get(), never()).escaleer(any(), any(), any());
    }

    /** As task besluitbrief does: the letter's date, the objection term's last day and when "no objection" counts. */
    private void brief(String deel) {
        complete(taak("besluitbrief" + deel), withVariables("besluitbrief" + deel + "Op", BRIEF,
                "bezwaartermijn" + deel + "Tot", BEZWAARTERMIJN_TOT, "geenBezwaar" + deel + "Na", BEZWAARTERMIJN));
    }

    @Test
    void eenLaatBesluitOverHetZorgdeelGeeftAlsnogEenPlaats() throws Exception {
        zorgBeslissen = true;
        complete(taak("aanvraag"));
        complete(taak("besluitOnderwijs"), withVariables("onderwijsBesluit", "TOEGEKEND"));
        // Far beyond 6 (or 10) weeks after the written registration: the gemeente's decision still counts.
        ClockUtil.setCurrentTime(new Date(NU.getTime() + 90 * DAG));
        jeugdhulpbesluit("TOEGEKEND");
        assertThat(proces).hasPassed("plaatsGeboden", "inHetPlan").isWaitingAt("evaluatiemoment");
    }

    @Test
    void toestemmingVoorJeugdhulpIngetrokkenDanVervaltHetZorgdeel() throws Exception {
        zorgBeslissen = true;
        complete(taak("aanvraag"));
        complete(taak("besluitOnderwijs"), withVariables("onderwijsBesluit", "TOEGEKEND"));

        runtime.createMessageCorrelation("toestemmingIngetrokken").processInstanceId(proces.getId())
                .localVariableEquals("taakToestemming", "JEUGDHULP").correlate();

        assertThat(proces).hasPassed("besluitZorgToestemmingIngetrokken", "zorgdeelVervalt", "plaatsGeboden")
                .isWaitingAt("evaluatiemoment");
        verify(delegates.get("laatZorgdeelVervallen")).execute(any());
    }



    @Test
    void evaluerenDoorgaanBijstellenEnAfsluiten() throws Exception {
        complete(taak("aanvraag"));
        complete(taak("besluitOnderwijs"), withVariables("onderwijsBesluit", "TOEGEKEND"));
        assertThat(proces).hasPassed("oppStarten");
        verify(delegates.get("startOpp")).execute(any());
        assertThat(timer("evaluatiemoment").getDuedate()).isEqualTo(EVALUATIEMOMENT);

        beheer.executeJob(timer("evaluatiemoment").getId());
        complete(taak("evalueren"), withVariables("arrangementVervolg", "DOORGAAN"));
        assertThat(proces).isWaitingAt("evaluatiemoment");
        beheer.executeJob(timer("evaluatiemoment").getId());
        complete(taak("evalueren"), withVariables("arrangementVervolg", "BIJSTELLEN"));
        // Bijstellen: the OPP changes in its own process (opp); the arrangement waits for its next evaluation.
        assertThat(proces).hasPassed("oppBijstellen").isWaitingAt("evaluatiemoment");
        verify(delegates.get("stelOppBij")).execute(any());
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
        Task besluitOnderwijs = taak("besluitOnderwijs");
        assertThat(besluitOnderwijs.getDueDate()).isEqualTo(new Date(NU.getTime() + 10 * DAG));

        Job herinnering = Termijntimers.van(beheer, proces.getId(), "besluitOnderwijs", Termijnconventie.HERINNERING);
        assertThat(herinnering.getDuedate()).isEqualTo(besluitOnderwijs.getFollowUpDate());
        beheer.executeJob(herinnering.getId());
        verify(Modelengine.BEWAKING.get()).herinner(any());

        Job verstreken = Termijntimers.van(beheer, proces.getId(), "besluitOnderwijs", Termijnconventie.VERSTREKEN);
        assertThat(verstreken.getDuedate()).isEqualTo(besluitOnderwijs.getDueDate());
        beheer.executeJob(verstreken.getId());
        verify(Modelengine.BEWAKING.get()).escaleer(any(), eq("zorgcoordinator"),
                eq("Besluit onderwijsdeel (SWV) niet binnen de termijn genomen"));
        // The care part's wait has no deadline here: a late jeugdhulp decision never escalates in the arrangement.
        assertThat(beheer.createJobQuery().processInstanceId(proces.getId()).activityId("besluitZorg").count()).isZero();
        assertThat(proces).isWaitingAt("besluitZorg", "besluitOnderwijs");
    }

    /** As Jeugdhulpbesluitproces sends it when the home gemeente decided. */
    private void jeugdhulpbesluit(String besluit) {
        runtime.createMessageCorrelation("jeugdhulpBesluitGenomen").processInstanceId(proces.getId())
                .setVariable("zorgBesluit", besluit).correlate();
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
