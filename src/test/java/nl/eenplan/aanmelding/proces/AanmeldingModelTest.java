package nl.eenplan.aanmelding.proces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.eenplan.Modelengine;
import nl.eenplan.Termijntimers;
import nl.eenplan.aanmelding.AanmeldingService;
import nl.eenplan.aanmelding.Route;
import nl.eenplan.dossier.Toestemming;
import nl.eenplan.dossier.ToestemmingIngetrokken;
import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.engine.Termijnconventie;
import nl.eenplan.engine.Termijnconventie.Taaktermijn;
import nl.eenplan.termijn.Termijn;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * processes/aanmelding.bpmn on its own (issue #19: model tests without the web stack), with the real triage table
 * and the capability's own delegates on mocked services: every route, the meldcode, the evaluation loop, the
 * handovers to the MDO and the arrangement (stand-ins for those processes) as jobs of their own, consent withdrawn
 * during and before a handover, and every task's reminder and escalation from the convention. The journeys
 * through EenPlan (dossier, consent, notifications, Tasklist) stay in AanmeldingScenarioIT.
 */
class AanmeldingModelTest {

    static final String NUMMER = "2026-00001";
    static final Date NU = Date.from(Instant.parse("2026-11-02T09:00:00Z"));
    static final long DAG = 24L * 3600 * 1000;
    static final Date EVALUATIEMOMENT = Date.from(Instant.parse("2026-12-14T22:59:59Z"));

    ProcessEngine engine = Modelengine.engine();
    RuntimeService runtime = engine.getRuntimeService();
    ManagementService beheer = engine.getManagementService();
    AanmeldingService aanmeldingen = mock(AanmeldingService.class);
    ToestemmingService toestemmingen = mock(ToestemmingService.class);
    Termijn termijn = mock(Termijn.class);
    /** Step meldcodeStarten: the meldcode capability's delegate (its own process is tested in MeldcodeScenarioIT). */
    org.camunda.bpm.engine.delegate.JavaDelegate startMeldcode = mock(org.camunda.bpm.engine.delegate.JavaDelegate.class);
    Set<Toestemming.Scope> inWerking = EnumSet.noneOf(Toestemming.Scope.class);
    String deployment;
    ProcessInstance aanmelding;

    @BeforeEach
    void gegevenHetModelMetDeTriagetabel() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(NU);
        when(toestemmingen.inWerking(NUMMER)).thenAnswer(i -> Set.copyOf(inWerking));
        when(toestemmingen.wieBeslist(NUMMER)).thenReturn(Map.of(Toestemming.Scope.JEUGDHULP, "de ouders met gezag"));
        when(termijn.deadline(any(VariableScope.class), eq("aanmelding"), eq("evaluatieBasisondersteuning")))
                .thenReturn(EVALUATIEMOMENT);
        Mocks.register("legToestemmingVast", new LegToestemmingVast(toestemmingen));
        Mocks.register("legRouteVast", new LegRouteVast(aanmeldingen, toestemmingen));
        Mocks.register("legEerdereOndersteuningVast", new LegEerdereOndersteuningVast());
        Mocks.register("meldRouteGestopt", new MeldRouteGestopt(aanmeldingen));
        Mocks.register("bepaalToestemmingsgevers", new BepaalToestemmingsgevers(toestemmingen));
        Mocks.register("termijn", termijn);
        Mocks.register("startMeldcode", startMeldcode);
        deployment = engine.getRepositoryService().createDeployment()
                .addClasspathResource("processes/aanmelding.bpmn").addClasspathResource("processes/triage.dmn")
                // Stand-ins for the processes of the other capabilities: one task each.
                .addModelInstance("mdo.bpmn", Bpmn.createExecutableProcess("mdo").camundaHistoryTimeToLive(1)
                        .startEvent().userTask("mdoStandIn").endEvent().done())
                .addModelInstance("arrangement.bpmn", Bpmn.createExecutableProcess("arrangement")
                        .camundaHistoryTimeToLive(1).startEvent().userTask("arrangementStandIn").endEvent().done())
                .deploy().getId();
    }

    @AfterEach
    void ruimOp() {
        Modelengine.ruimOp(deployment);
    }

    @Test
    void zonderToestemmingBasisondersteuningMetEvaluatieNa6Weken() {
        start(Set.of("thuissituatie"), "HOOG", false, false);
        intake(false);
        assertThat(runtime.getVariable(aanmelding.getId(), "toestemmingVan")).isEqualTo("voor jeugdhulp de ouders met gezag");
        toestemming();

        assertThat(aanmelding).hasPassed("geenSignalen", "toestemmingVastleggen", "triage", "routeVastleggen")
                .isWaitingAt("handelingsplan");
        verify(aanmeldingen).routeGekozen(eq(aanmelding.getId()), eq(Route.BASISONDERSTEUNING), anyString());
        complete(taak("handelingsplan"));
        Job moment = beheer.createJobQuery().processInstanceId(aanmelding.getId()).activityId("evaluatiemoment")
                .singleResult();
        assertThat(moment.getDuedate()).isEqualTo(EVALUATIEMOMENT);
        beheer.executeJob(moment.getId());
        complete(taak("evalueren"), withVariables("evaluatieUitkomst", "doelBehaald"));

        assertThat(aanmelding).isEnded().hasPassed("basisondersteuningGeevalueerd");
    }

    @Test
    void doorgaanGeeftEenNieuwEvaluatiemomentEnOpschalenOpnieuwToestemmingEnTriage() {
        start(Set.of("leren"), "NORMAAL", false, false);
        intake(false);
        toestemming();
        complete(taak("handelingsplan"));
        evaluatiemoment();
        complete(taak("evalueren"), withVariables("evaluatieUitkomst", "doorgaan"));
        assertThat(aanmelding).isWaitingAt("evaluatiemoment");
        evaluatiemoment();

        complete(taak("evalueren"), withVariables("evaluatieUitkomst", "opschalen"));
        assertThat(aanmelding).hasPassed("opschalen").isWaitingAt("toestemmingVragen");
        assertThat(runtime.getVariable(aanmelding.getId(), "eerdereOndersteuning")).isEqualTo(true);
        // With earlier support triage now chooses an arrangement: the SWV needs no consent (WPO art. 18a, WVO 2020 art. 2.47).
        toestemming();
        assertThat(aanmelding).isWaitingAt("arrangementHouden");
    }

    @Test
    void signalenVanOnveiligheidGevenDeMeldcodeNaastDeRoute() throws Exception {
        start(Set.of("thuissituatie"), "HOOG", false, true);
        intake(true);
        // The meldcode starts as a process of its own (process meldcode); the referral does not wait for it.
        assertThat(aanmelding).hasPassed("meldcodeStarten", "meldcodeGestart").hasNotPassed("geenSignalen")
                .isWaitingAt("toestemmingVragen");
        verify(startMeldcode).execute(any());
    }

    @Test
    void hetMdoStartAlsEigenJobEnKanDoorverwijzenNaarEenArrangement() {
        start(Set.of("gedrag"), "NORMAAL", true, false);
        intake(false);
        toestemming(Toestemming.Scope.ONDERSTEUNINGSTEAM);

        // The consent task is done; the MDO starts in a job of its own, retried if it fails.
        assertThat(aanmelding).isWaitingAt("mdoHouden");
        assertThat(deelproces("mdo")).isNull();
        overdracht("mdoHouden");
        ProcessInstance mdo = deelproces("mdo");
        assertThat(mdo.getBusinessKey()).isEqualTo(NUMMER);
        assertThat(runtime.getVariables(mdo.getId())).containsKeys("dossierNummer", "schoolBrin", "zorgcoordinator");

        complete(BpmnAwareTests.task(mdo), withVariables("mdoUitkomst", "ARRANGEMENT"));
        assertThat(aanmelding).hasPassed("vervolgNaMdo", "naarArrangementSamen").isWaitingAt("arrangementHouden");
        overdracht("arrangementHouden");
        complete(BpmnAwareTests.task(deelproces("arrangement")));
        assertThat(aanmelding).isEnded().hasPassed("arrangementAfgerond");
    }

    @Test
    void eenMdoDatAfsluitEindigtDeAanmelding() {
        start(Set.of("gedrag"), "NORMAAL", true, false);
        intake(false);
        toestemming(Toestemming.Scope.ONDERSTEUNINGSTEAM);
        overdracht("mdoHouden");
        complete(BpmnAwareTests.task(deelproces("mdo")), withVariables("mdoUitkomst", "AFSLUITEN"));
        assertThat(aanmelding).isEnded().hasPassed("mdoAfgerond");
    }

    @Test
    void toestemmingIngetrokkenTijdensHetMdoStoptHetMdoEnDeRoute() {
        start(Set.of("gedrag"), "HOOG", false, false);
        intake(false);
        toestemming(Toestemming.Scope.ONDERSTEUNINGSTEAM);
        overdracht("mdoHouden");
        ProcessInstance mdo = deelproces("mdo");

        trekIn(Toestemming.Scope.ONDERSTEUNINGSTEAM);

        assertThat(mdo).isEnded();
        assertThat(aanmelding).isEnded().hasPassed("mdoToestemmingIngetrokken", "zorgcoordinatorInformeren",
                "routeZonderToestemmingGestopt");
        verify(aanmeldingen).routeGestopt(eq(aanmelding.getId()), eq(NUMMER), eq("zc"), anyString(),
                eq("ONDERSTEUNINGSTEAM"));
    }

    @Test
    void hetArrangementBijHetSwvIsEenWettelijkeTaak_intrekkenVanToestemmingStoptHetNiet() {
        start(Set.of("leren"), "NORMAAL", true, false);
        intake(false);
        toestemming();
        assertThat(aanmelding).isWaitingAt("arrangementHouden");
        assertThat(runtime.getVariable(aanmelding.getId(), "nodigeToestemming")).isEqualTo("GEEN");

        // Consent recorded for the SWV before issue 21, withdrawn now: the SWV's statutory work goes on.
        trekIn(Toestemming.Scope.SWV);
        trekIn(Toestemming.Scope.JEUGDHULP);
        assertThat(aanmelding).isWaitingAt("arrangementHouden");
        verify(aanmeldingen, never()).routeGestopt(any(), any(), any(), any(), any());
    }

    @Test
    void warmeOverdrachtAanJeugdhulpEnIntrekkenStoptHaar() {
        start(Set.of("medisch"), "HOOG", false, false);
        intake(false);
        toestemming(Toestemming.Scope.JEUGDHULP);
        assertThat(aanmelding).isWaitingAt("warmeOverdracht");
        assertThat(taak("warmeOverdracht")).hasCandidateGroup("jeugdhulp");

        trekIn(Toestemming.Scope.JEUGDHULP);

        assertThat(aanmelding).isEnded().hasPassed("overdrachtToestemmingIngetrokken", "routeZonderToestemmingGestopt")
                .hasNotPassed("warmOvergedragen");
        verify(aanmeldingen, never()).routeGekozen(any(), eq(Route.MDO), any());
    }

    /** Every task: the reminder and the escalation of the convention, to the group and with the reason the model says. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "intake            | zorgcoordinator | Intakegesprek niet binnen de termijn gevoerd",
            "toestemmingVragen | zorgcoordinator | Toestemming niet binnen de termijn gevraagd",
            "handelingsplan    | zorgcoordinator | Handelingsplan niet binnen de termijn opgesteld",
            "evalueren         | zorgcoordinator | Basisondersteuning niet binnen de termijn geëvalueerd",
            "warmeOverdracht   | gemeente        | Warme overdracht niet binnen de termijn opgepakt"})
    void elkeTaakHeeftHerinneringEnEscalatie(String taak, String groep, String reden) {
        List<String> stappen = new ArrayList<>();
        Modelengine.BEREKENING.set((execution, proces, stap, vanaf) -> {
            stappen.add(proces + "/" + stap);
            return Optional.of(new Taaktermijn(new Date(vanaf.getTime() + 7 * DAG), new Date(vanaf.getTime() + 5 * DAG)));
        });
        naarTaak(taak);
        // The row of termijnen.dmn: the task's id, or its property termijnStap.
        assertThat(stappen).contains("aanmelding/" + (taak.equals("toestemmingVragen") ? "toestemming" : taak));

        beheer.executeJob(Termijntimers.van(beheer, aanmelding.getId(), taak, Termijnconventie.HERINNERING).getId());
        verify(Modelengine.BEWAKING.get()).herinner(any());
        beheer.executeJob(Termijntimers.van(beheer, aanmelding.getId(), taak, Termijnconventie.VERSTREKEN).getId());
        verify(Modelengine.BEWAKING.get()).escaleer(any(), eq(groep), eq(reden));
        assertThat(aanmelding).isWaitingAt(taak);
    }

    private void naarTaak(String taak) {
        switch (taak) {
            case "intake" -> start(Set.of("leren"), "NORMAAL", false, false);
            case "toestemmingVragen" -> {
                start(Set.of("leren"), "NORMAAL", false, false);
                intake(false);
            }
            case "handelingsplan", "evalueren" -> {
                start(Set.of("leren"), "NORMAAL", false, false);
                intake(false);
                toestemming();
                if (taak.equals("evalueren")) {
                    complete(taak("handelingsplan"));
                    evaluatiemoment();
                }
            }
            case "warmeOverdracht" -> {
                start(Set.of("medisch"), "HOOG", false, false);
                intake(false);
                toestemming(Toestemming.Scope.JEUGDHULP);
            }
            default -> throw new IllegalArgumentException(taak);
        }
        assertThat(aanmelding).isWaitingAt(taak);
    }

    private void start(Set<String> categorieen, String urgentie, boolean eerder, boolean onveilig) {
        Map<String, Object> variabelen = new HashMap<>(Map.of("dossierNummer", NUMMER, "schoolBrin", "99ZZ00",
                "onderwijssoort", "PO", "zorgcoordinator", "zc", "aanmeldingId", 1L, "urgentie", urgentie,
                "eerdereOndersteuning", eerder, "signalenOnveiligheid", onveilig));
        for (String c : List.of("leren", "gedrag", "sociaalEmotioneel", "thuissituatie", "verzuim", "medisch")) {
            variabelen.put(c, categorieen.contains(c));
        }
        aanmelding = runtime.startProcessInstanceByKey("aanmelding", NUMMER, variabelen);
    }

    private void intake(boolean onveilig) {
        complete(taak("intake"), withVariables("signalenOnveiligheid", onveilig));
    }

    /** Consent given in the form for these scopes, in force from then on (the mocked dossier). */
    private void toestemming(Toestemming.Scope... scopes) {
        Map<String, Object> gegeven = new HashMap<>();
        for (Toestemming.Scope scope : Toestemming.Scope.values()) {
            gegeven.put(AanmeldingVariabelen.gegeven(scope).naam(), List.of(scopes).contains(scope));
        }
        gegeven.put(AanmeldingVariabelen.TOESTEMMING_VORM.naam(), "GESPREK");
        gegeven.put(AanmeldingVariabelen.TOESTEMMING_VASTGELEGD_DOOR.naam(), "zc");
        inWerking.addAll(List.of(scopes));
        complete(taak("toestemmingVragen"), gegeven);
        for (Toestemming.Scope scope : scopes) {
            verify(toestemmingen).geefNodige(NUMMER, scope, Toestemming.Vorm.GESPREK, "zc");
        }
    }

    private void trekIn(Toestemming.Scope scope) {
        inWerking.remove(scope);
        new StopRoutesZonderToestemming(runtime, beheer).toestemmingIngetrokken(
                new ToestemmingIngetrokken(NUMMER, scope));
    }

    private void evaluatiemoment() {
        beheer.executeJob(beheer.createJobQuery().processInstanceId(aanmelding.getId()).activityId("evaluatiemoment")
                .singleResult().getId());
    }

    private void overdracht(String activiteit) {
        assertThat(aanmelding).isWaitingAt(activiteit);
        beheer.executeJob(beheer.createJobQuery().processInstanceId(aanmelding.getId()).activityId(activiteit)
                .singleResult().getId());
    }

    private ProcessInstance deelproces(String proces) {
        return runtime.createProcessInstanceQuery().superProcessInstanceId(aanmelding.getId())
                .processDefinitionKey(proces).singleResult();
    }

    private Task taak(String taak) {
        return engine.getTaskService().createTaskQuery().processInstanceId(aanmelding.getId())
                .taskDefinitionKey(taak).singleResult();
    }
}
