package nl.eenplan.mdo.proces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.eenplan.Modelengine;
import nl.eenplan.engine.Termijnconventie;
import nl.eenplan.engine.Termijnconventie.Taaktermijn;
import nl.eenplan.mdo.MdoAfspraken;
import nl.eenplan.termijn.Termijn;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * processes/mdo.bpmn on its own (issue #19: model tests without the web stack): the parallel preparation and the
 * MDO's own timer, zero or two agreements each with its own deadline, reminder and escalation, an agreement of
 * jeugdhulp lapsing, the evaluation each way and every task's reminder and escalation by convention, with mocked
 * beans. The journeys through EenPlan (forms and their checks, consent, invitations, the dossier) stay in
 * MdoScenarioIT.
 */
class MdoModelTest {

    static final Date NU = Date.from(Instant.parse("2026-11-02T09:00:00Z"));
    static final Date MDO = Date.from(Instant.parse("2026-11-12T14:00:00Z"));
    static final Date EVALUATIE = Date.from(Instant.parse("2026-12-24T22:59:59Z"));
    static final Date AFSPRAAK_1 = Date.from(Instant.parse("2026-11-20T23:00:00Z"));
    static final Date AFSPRAAK_2 = Date.from(Instant.parse("2026-11-27T23:00:00Z"));
    static final Duration DAG = Duration.ofDays(1);

    static ProcessEngine engine;
    static String deployment;
    TaskService taken;
    ManagementService beheer;
    JavaDelegate nodigUit = mock(JavaDelegate.class);
    JavaDelegate laatVervallen = mock(JavaDelegate.class);
    JavaDelegate legBesluitVast = mock(JavaDelegate.class);
    MdoAfspraken mdoAfspraken = mock(MdoAfspraken.class);
    Termijn termijn = mock(Termijn.class);
    List<Long> afspraken = new ArrayList<>();
    ProcessInstance mdo;

    /** The model is deployed once: the beans its expressions name are looked up as each test runs. */
    @BeforeAll
    static void deploy() {
        engine = Modelengine.engine();
        deployment = engine.getRepositoryService().createDeployment().addClasspathResource("processes/mdo.bpmn")
                .deploy().getId();
    }

    @AfterAll
    static void undeploy() {
        engine.getRepositoryService().deleteDeployment(deployment, true);
    }

    @BeforeEach
    void gegevenEenMdoNodig() {
        taken = engine.getTaskService();
        beheer = engine.getManagementService();
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(NU);
        Mocks.register("nodigUitVoorMdo", nodigUit);
        Mocks.register("zetAfsprakenKlaar", (JavaDelegate) e -> e.setVariable(MdoVariabelen.AFSPRAKEN, afspraken));
        Mocks.register("laatAfspraakVervallen", laatVervallen);
        Mocks.register("legMdoBesluitVast", legBesluitVast);
        Mocks.register("mdoAfspraken", mdoAfspraken);
        Mocks.register("termijn", termijn);
        when(termijn.deadlineVanaf(any(VariableScope.class), eq("mdo"), eq("evaluatie"), eq(MDO))).thenReturn(EVALUATIE);
        when(mdoAfspraken.gebruikers(1L)).thenReturn(List.of("mentor"));
        when(mdoAfspraken.groepen(2L)).thenReturn(List.of("jeugdhulp"));
        when(mdoAfspraken.datum(1L)).thenReturn(AFSPRAAK_1);
        when(mdoAfspraken.datum(2L)).thenReturn(AFSPRAAK_2);
        when(mdoAfspraken.nodigeToestemming(any())).thenReturn("GEEN");
        when(mdoAfspraken.nodigeToestemming(2L)).thenReturn("JEUGDHULP");
        // Every task: due a week after its anchor (the task's creation, or its termijnVanaf), reminded a day before.
        Modelengine.BEREKENING.set((execution, proces, stap, vanaf) -> Optional.of(new Taaktermijn(
                Date.from(vanaf.toInstant().plus(DAG.multipliedBy(7))),
                Date.from(vanaf.toInstant().plus(DAG.multipliedBy(6))))));
        mdo = engine.getRuntimeService().startProcessInstanceByKey("mdo", "2026-00001", Map.of("dossierNummer",
                "2026-00001", "schoolBrin", "99ZZ00", "zorgcoordinator", "zorgcoordinator", "verzuim", false));
    }

    @AfterEach
    void ruimOp() {
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(mdo.getId()).count() > 0) {
            engine.getRuntimeService().deleteProcessInstance(mdo.getId(), "test voorbij", true, true);
        }
        Modelengine.ruimOp();
    }

    @Test
    void naHetPlannenWordtUitgenodigdEnLopenVoorbereidingEnWachtenNaastElkaar() throws Exception {
        assertThat(mdo).isWaitingAt("plannen");
        assertThat(taak("plannen")).hasCandidateGroup("zorgcoordinator");
        assertThat(taak("plannen").getDueDate()).isEqualTo(Date.from(NU.toInstant().plus(DAG.multipliedBy(7))));

        gepland();

        verify(nodigUit).execute(any());
        assertThat(mdo).isWaitingAt("groeidocument", "mdoMoment");
        assertThat(taak("groeidocument")).hasCandidateGroup("mentor");
        // The groeidocument counts from the MDO (termijnVanaf ${mdoDatum}), not from its creation.
        assertThat(taak("groeidocument").getDueDate()).isEqualTo(Date.from(MDO.toInstant().plus(DAG.multipliedBy(7))));
        assertThat(timer("mdoMoment").getDuedate()).isEqualTo(MDO);
        assertThat(timer("mdoBegonnen").getDuedate()).isEqualTo(MDO);

        complete(taak("groeidocument"));
        assertThat(mdo).hasPassed("groeidocumentBijgewerkt").isWaitingAt("mdoMoment");
    }

    @Test
    void bijHetMdoVervaltHetGroeidocumentMetZijnTermijnen() {
        gepland();
        ClockUtil.setCurrentTime(MDO);
        beheer.executeJob(timer("mdoBegonnen").getId());
        beheer.executeJob(timer("mdoMoment").getId());

        assertThat(mdo).hasPassed("groeidocumentNietBijgewerkt").isWaitingAt("verslag");
        assertThat(termijntimer(mdo.getId(), "groeidocument", Termijnconventie.HERINNERING)).isNull();
        assertThat(termijntimer(mdo.getId(), "groeidocument", Termijnconventie.VERSTREKEN)).isNull();
        verify(Modelengine.BEWAKING.get(), never()).escaleer(any(), any(), any());
    }

    @Test
    void zonderAfsprakenMeteenNaarHetEvaluatiemoment() {
        naarVerslag();
        complete(taak("verslag"));

        assertThat(mdo).hasPassed("afsprakenGemaakt", "afsprakenAfgerond").hasNotPassed("afspraakOpvolgen")
                .isWaitingAt("evaluatiemoment");
        assertThat(timer("evaluatiemoment").getDuedate()).isEqualTo(EVALUATIE);
    }

    @Test
    void elkeAfspraakHeeftHaarEigenTaakTermijnHerinneringEnEscalatie() {
        afspraken.addAll(List.of(1L, 2L));
        naarVerslag();
        complete(taak("verslag"));

        List<Task> opvolgen = taken.createTaskQuery().processInstanceId(mdo.getId())
                .taskDefinitionKey("afspraakUitvoeren").orderByDueDate().asc().list();
        assertThat(opvolgen).hasSize(2);
        Task eerste = opvolgen.get(0);
        Task tweede = opvolgen.get(1);
        assertThat(eerste).hasCandidateUser("mentor");
        assertThat(tweede).hasCandidateGroup("jeugdhulp");
        // termijnVanaf ${mdoAfspraken.datum(afspraakId)}: each task from its own agreement's date.
        assertThat(eerste.getDueDate()).isEqualTo(Date.from(AFSPRAAK_1.toInstant().plus(DAG.multipliedBy(7))));
        assertThat(tweede.getDueDate()).isEqualTo(Date.from(AFSPRAAK_2.toInstant().plus(DAG.multipliedBy(7))));
        for (Task t : opvolgen) {
            assertThat(termijntimer(t, Termijnconventie.HERINNERING).getDuedate()).isEqualTo(t.getFollowUpDate());
            assertThat(termijntimer(t, Termijnconventie.VERSTREKEN).getDuedate()).isEqualTo(t.getDueDate());
        }

        beheer.executeJob(termijntimer(tweede, Termijnconventie.HERINNERING).getId());
        verify(Modelengine.BEWAKING.get()).herinner(argThat(t -> t.id().equals(tweede.getId())));
        verify(Modelengine.BEWAKING.get(), never()).herinner(argThat(t -> t.id().equals(eerste.getId())));
        beheer.executeJob(termijntimer(tweede, Termijnconventie.VERSTREKEN).getId());
        verify(Modelengine.BEWAKING.get()).escaleer(argThat(t -> t.id().equals(tweede.getId())), eq("zorgcoordinator"),
                eq("Afspraak uit het MDO niet op tijd uitgevoerd"));
        verify(Modelengine.BEWAKING.get(), never()).escaleer(argThat(t -> t.id().equals(eerste.getId())), any(), any());

        complete(eerste);
        assertThat(termijntimer(eerste, Termijnconventie.HERINNERING)).isNull();
        assertThat(mdo).isWaitingAt("afspraakUitvoeren");
        complete(tweede);
        assertThat(mdo).hasPassed("afspraakAfgerond", "afsprakenAfgerond").isWaitingAt("evaluatiemoment");
    }

    @Test
    void eenAfspraakVanJeugdhulpVervaltAlsDeToestemmingWordtIngetrokken() throws Exception {
        afspraken.addAll(List.of(1L, 2L));
        naarVerslag();
        complete(taak("verslag"));

        engine.getRuntimeService().createMessageCorrelation("toestemmingIngetrokken")
                .processInstanceBusinessKey("2026-00001").localVariableEquals("taakToestemming", "JEUGDHULP")
                .correlateAll();

        verify(laatVervallen).execute(any());
        assertThat(mdo).hasPassed("afspraakVervallen");
        List<Task> over = taken.createTaskQuery().processInstanceId(mdo.getId()).taskDefinitionKey("afspraakUitvoeren")
                .list();
        assertThat(over).singleElement().satisfies(t -> assertThat(t).hasCandidateUser("mentor"));
        complete(over.get(0));
        assertThat(mdo).isWaitingAt("evaluatiemoment");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"DOORGAAN, plannen", "AFSLUITEN, afgesloten", "ARRANGEMENT, doorNaarArrangement"})
    void deEvaluatieBesluit(String besluit, String daarna) throws Exception {
        naarVerslag();
        complete(taak("verslag"));
        ClockUtil.setCurrentTime(EVALUATIE);
        beheer.executeJob(timer("evaluatiemoment").getId());
        assertThat(taak("evalueren")).hasCandidateGroup("zorgcoordinator");

        complete(taak("evalueren"), withVariables("mdoUitkomst", besluit));

        verify(legBesluitVast).execute(any());
        if (besluit.equals("DOORGAAN")) {
            assertThat(mdo).isWaitingAt("plannen");
        } else {
            assertThat(mdo).isEnded().hasPassed(daarna);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "plannen,       MDO niet binnen de termijn gepland",
            "groeidocument, Groeidocument niet op tijd bijgewerkt voor het MDO",
            "verslag,       MDO-verslag niet binnen de termijn vastgelegd",
            "evalueren,     Evaluatie-MDO niet binnen de termijn gehouden"})
    void elkeTaakHeeftHerinneringEnEscalatieNaarDeZorgcoordinatoren(String stap, String reden) {
        if (!stap.equals("plannen")) {
            gepland();
        }
        if (stap.equals("verslag") || stap.equals("evalueren")) {
            beheer.executeJob(timer("mdoMoment").getId());
        }
        if (stap.equals("evalueren")) {
            complete(taak("verslag"));
            beheer.executeJob(timer("evaluatiemoment").getId());
        }
        Task t = taak(stap);

        beheer.executeJob(termijntimer(mdo.getId(), stap, Termijnconventie.HERINNERING).getId());
        beheer.executeJob(termijntimer(mdo.getId(), stap, Termijnconventie.VERSTREKEN).getId());

        verify(Modelengine.BEWAKING.get()).herinner(argThat(x -> x.id().equals(t.getId()) && x.stap().equals(stap)));
        verify(Modelengine.BEWAKING.get()).escaleer(argThat(x -> x.id().equals(t.getId())), eq("zorgcoordinator"),
                eq(reden));
        assertThat(mdo).isWaitingAt(stap);
    }

    private void gepland() {
        complete(taak("plannen"), withVariables("mdoId", 1L, "mdoDatum", MDO));
    }

    private void naarVerslag() {
        gepland();
        complete(taak("groeidocument"));
        ClockUtil.setCurrentTime(MDO);
        beheer.executeJob(timer("mdoMoment").getId());
        assertThat(mdo).isWaitingAt("verslag");
    }

    private Task taak(String id) {
        return taken.createTaskQuery().processInstanceId(mdo.getId()).taskDefinitionKey(id).singleResult();
    }

    private Job timer(String activiteit) {
        return beheer.createJobQuery().processInstanceId(mdo.getId()).activityId(activiteit).singleResult();
    }

    private Job termijntimer(String instantie, String taak, String soort) {
        return nl.eenplan.Termijntimers.van(beheer, instantie, taak, soort);
    }

    /** The timer the convention gave this one task (of a multi-instance: this agreement's own). */
    private Job termijntimer(Task taak, String soort) {
        return beheer.createJobQuery().executionId(taak.getExecutionId()).timers().list().stream()
                .filter(job -> ((JobEntity) job).getJobHandlerConfigurationRaw().endsWith("~" + soort))
                .findFirst().orElse(null);
    }
}
