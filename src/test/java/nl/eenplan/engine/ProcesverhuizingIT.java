package nl.eenplan.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import nl.eenplan.IntegratieTest;
import nl.eenplan.web.NietMogelijkException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Procesverhuizing on its own: called outside a running command (its new instance is written at once) the dates go back
 * in the same transaction; an instance it would rebuild wrongly is refused with a 409 and stays as it was.
 */
class ProcesverhuizingIT extends IntegratieTest {

    @Autowired
    Procesverhuizing verhuizing;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    org.camunda.bpm.engine.HistoryService historyService;

    /** A test model with task "werk", whose handler nl.eenplan.Proefafhandelingen has (a task needs one). */
    static final String PROEF = "proefJoblog";

    String deployment;

    @AfterEach
    void ruimOp() {
        if (deployment != null) {
            repositoryService.deleteDeployment(deployment, true);
        }
    }

    @Test
    void buitenEenLopendCommando_zetElkeTimerEnDeTaakdatumMeteenTerug() {
        deployment = repositoryService.createDeployment().name("proef-verhuizing")
                .addModelInstance("proefJoblog.bpmn", Bpmn.createExecutableProcess(PROEF)
                        .camundaHistoryTimeToLive(1)
                        .startEvent()
                        .userTask("werk").camundaCandidateGroups("zorgcoordinator")
                        .boundaryEvent("herinner").cancelActivity(false).timerWithDuration("P5D").endEvent()
                        .moveToActivity("werk").boundaryEvent("teLaat").timerWithDuration("P10D").endEvent()
                        .moveToActivity("werk").endEvent().done())
                .deploy().getId();
        String oud = runtimeService.createProcessInstanceByKey(PROEF).businessKey("oud")
                .setVariables(Map.of("schoolBrin", "99ZZ00")).execute().getId();
        // Procesbeheer moved both timers and the task's date: a restart would give them other dates.
        for (Job j : managementService.createJobQuery().processInstanceId(oud).timers().list()) {
            managementService.setJobDuedate(j.getId(), Date.from(j.getDuedate().toInstant().minus(Duration.ofDays(2))));
        }
        Task werk = taskService.createTaskQuery().processInstanceId(oud).singleResult();
        Date termijn = Date.from(clock.instant().plus(Duration.ofDays(3)));
        taskService.setDueDate(werk.getId(), termijn);
        Date herinnering = Date.from(clock.instant().plus(Duration.ofDays(1)));
        taskService.setFollowUpDate(werk.getId(), herinnering);
        Map<String, Instant> timers = perJobdefinitie(oud);
        assertThat(timers).hasSize(2);

        String nieuw = verhuizing.verhuis(oud, "nieuw", Map.of("schoolBrin", "99YY00"), "test").orElseThrow();

        assertThat(perJobdefinitie(nieuw)).isEqualTo(timers);
        Task daar = taskService.createTaskQuery().processInstanceId(nieuw).singleResult();
        assertThat(daar.getDueDate().toInstant()).isEqualTo(termijn.toInstant());
        assertThat(daar.getFollowUpDate().toInstant()).isEqualTo(herinnering.toInstant());
        assertThat(runtimeService.getVariable(nieuw, "schoolBrin")).isEqualTo("99YY00");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(oud).count()).isZero();
        // The link to its history before the move: the old instance's id, whose history keeps the reason.
        assertThat(runtimeService.getVariable(nieuw, Procesverhuizing.VORIGE_INSTANTIE.naam())).isEqualTo(oud);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(oud).singleResult()
                .getDeleteReason()).isEqualTo("test");
        // Moved again: a chain, each instance naming the one before.
        String derde = verhuizing.verhuis(nieuw, "derde", Map.of("schoolBrin", "99ZZ00"), "terug").orElseThrow();
        assertThat(runtimeService.getVariable(derde, Procesverhuizing.VORIGE_INSTANTIE.naam())).isEqualTo(nieuw);
    }

    @Test
    void eenStapDieMeerdereKerenTegelijkLoopt_kanNietVerhuizen() {
        deployment = repositoryService.createDeployment().name("proef-verhuizing-mi")
                .addModelInstance("proefJoblog.bpmn", Bpmn.createExecutableProcess(PROEF)
                        .camundaHistoryTimeToLive(1)
                        .startEvent()
                        .userTask("werk").name("Gesprek voeren").camundaCandidateGroups("zorgcoordinator")
                        .multiInstance().parallel().cardinality("2").multiInstanceDone()
                        .endEvent().done())
                .deploy().getId();
        String oud = runtimeService.createProcessInstanceByKey(PROEF).businessKey("oud")
                .setVariables(Map.of("schoolBrin", "99ZZ00")).execute().getId();

        assertThatThrownBy(() -> verhuizing.verhuis(oud, "nieuw", Map.of("schoolBrin", "99YY00"), "test"))
                .isInstanceOf(NietMogelijkException.class)
                .hasMessageContaining("kan niet verhuizen").hasMessageContaining("Gesprek voeren")
                .hasMessageContaining("meerdere keren tegelijk");
        assertThat(taskService.createTaskQuery().processInstanceId(oud).count()).isEqualTo(2);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("nieuw")
                .processDefinitionKey(PROEF).count()).isZero();
    }

    private Map<String, Instant> perJobdefinitie(String instantie) {
        Map<String, Instant> timers = new HashMap<>();
        for (Job j : managementService.createJobQuery().processInstanceId(instantie).timers().list()) {
            assertThat(timers.put(j.getJobDefinitionId(), j.getDuedate().toInstant())).isNull();
        }
        return timers;
    }
}
