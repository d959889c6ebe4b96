package nl.eenplan.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.eenplan.EenPlanApplication;
import nl.eenplan.Proefafhandelingen;
import nl.eenplan.engine.KlokInstelling;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two EenPlan nodes on one PostgreSQL database, as in production: 1,000 timers due at the same
 * moment fire exactly once each, shared by the job executors of both nodes, and no task is lost or
 * duplicated; jobs a stopped node had locked are taken over by the other after the lock time.
 */
class ClusterPostgresIT {

    static final int AANTAL = 1000;

    EmbeddedPostgres database;
    ConfigurableApplicationContext knoop1;
    ConfigurableApplicationContext knoop2;

    @AfterEach
    void stopKnopenEnDatabase() throws IOException {
        if (knoop2 != null) {
            knoop2.close();
        }
        if (knoop1 != null) {
            knoop1.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void duizendTimersVurenPreciesEenKeerVerdeeldOverTweeKnopen() throws Exception {
        // A PostgreSQL server of its own, stopped after both nodes.
        database = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        String url = database.getJdbcUrl("postgres", "postgres");
        knoop1 = start("knoop1", url);
        knoop2 = start("knoop2", url);

        RepositoryService repository = knoop1.getBean(RepositoryService.class);
        repository.createDeployment().name("cluster-proef")
                .addModelInstance("clusterProef.bpmn", Bpmn.createExecutableProcess("clusterProef")
                        .camundaHistoryTimeToLive(1)
                        .startEvent()
                        .intermediateCatchEvent("wachten").timerWithDate("${proefmoment.van(execution)}")
                        .userTask("daarna").camundaCandidateGroups("zorgcoordinator")
                        .endEvent().done())
                .deploy();

        // All timers due at one moment, an hour from now on the engine's clock, so that every instance waits for it.
        Date moment = Date.from(knoop1.getBean(Clock.class).instant().plus(Duration.ofHours(1)));
        RuntimeService runtime = knoop1.getBean(RuntimeService.class);
        for (int i = 0; i < AANTAL; i++) {
            runtime.startProcessInstanceByKey("clusterProef", "cluster-" + i, Map.of("moment", moment, "schoolBrin", "99ZZ00"));
        }

        // The moment comes (the engine's clock, one per JVM, so both nodes': the test does not wait for it): a deadline
        // storm for both job executors at once.
        ClockUtil.setCurrentTime(Date.from(moment.toInstant().plusSeconds(1)));
        TaskService taken = knoop2.getBean(TaskService.class);
        try {
            wachtOpTaken(taken, "clusterProef", AANTAL, Duration.ofMinutes(3));
        } finally {
            knoop1.getBean(KlokInstelling.class).zetOpStart();
        }

        // Every instance has exactly one task: none lost, none duplicated.
        var alle = taken.createTaskQuery().processDefinitionKey("clusterProef").list();
        assertThat(alle).hasSize(AANTAL);
        assertThat(alle.stream().map(Task::getProcessInstanceId).distinct().count()).isEqualTo(AANTAL);

        // Each timer ran successfully once, and both nodes did part of the work.
        HistoryService history = knoop1.getBean(HistoryService.class);
        var gelukt = history.createHistoricJobLogQuery().successLog().activityIdIn("wachten").list();
        assertThat(gelukt).hasSize(AANTAL);
        Map<String, Long> perKnoop = gelukt.stream()
                .collect(Collectors.groupingBy(HistoricJobLog::getHostname, Collectors.counting()));
        assertThat(perKnoop).containsOnlyKeys("knoop1", "knoop2");
        assertThat(perKnoop.values()).allSatisfy(n -> assertThat(n).isPositive());
        System.out.println("Timers per knoop: " + perKnoop);
    }

    /**
     * A node that acquired jobs and then went down leaves them locked; the other node leaves them alone
     * until the lock expires and then runs each exactly once.
     */
    @Test
    void eenGestopteKnoopLaatZijnJobsNaDeLocktijdAanDeAndere() throws Exception {
        database = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        String url = database.getJdbcUrl("postgres", "postgres");
        knoop1 = start("knoop1", url, "--camunda.bpm.job-execution.enabled=false");
        knoop1.getBean(RepositoryService.class).createDeployment().name("overname-proef")
                .addModelInstance("overnameProef.bpmn", Bpmn.createExecutableProcess("overnameProef")
                        .camundaHistoryTimeToLive(1)
                        .startEvent()
                        .intermediateCatchEvent("wachten").timerWithDate("${proefmoment.van(execution)}")
                        .userTask("daarna").camundaCandidateGroups("zorgcoordinator")
                        .endEvent().done())
                .deploy();
        Clock klok = knoop1.getBean(Clock.class);
        Date nu = Date.from(klok.instant());
        for (int i = 0; i < 50; i++) {
            knoop1.getBean(RuntimeService.class).startProcessInstanceByKey("overnameProef", Map.of("moment", nu, "schoolBrin", "99ZZ00"));
        }
        // Knoop 1 acquires the due jobs (locked for an hour) and goes down before running them.
        Instant slotTot = klok.instant().plus(Duration.ofHours(1));
        int vergrendeld = knoop1.getBean(JdbcTemplate.class).update(
                "update ACT_RU_JOB set LOCK_OWNER_ = 'knoop1', LOCK_EXP_TIME_ = ? where HANDLER_TYPE_ = 'timer-intermediate-transition'",
                Timestamp.from(slotTot));
        assertThat(vergrendeld).isEqualTo(50);
        // One more due timer, not locked: once knoop 2 has run it, its job executor has looked for due jobs (and passed
        // the locked ones by); the test waits for that instead of a fixed time.
        String peil = knoop1.getBean(RuntimeService.class).startProcessInstanceByKey("overnameProef",
                Map.of("moment", nu, "schoolBrin", "99ZZ00")).getId();
        knoop1.close();
        knoop1 = null;

        knoop2 = start("knoop2", url);
        TaskService taken = knoop2.getBean(TaskService.class);
        wachtOpTaken(taken, "overnameProef", 1, Duration.ofSeconds(60));
        assertThat(taken.createTaskQuery().processDefinitionKey("overnameProef").list())
                .as("vergrendelde jobs blijven liggen tot de locktijd om is; alleen de niet vergrendelde liep")
                .extracting(Task::getProcessInstanceId).containsExactly(peil);

        // The lock time passes (the engine's clock, so the test does not wait an hour or depend on how fast a
        // node starts); then knoop 2 takes the jobs over.
        ClockUtil.setCurrentTime(Date.from(slotTot.plusSeconds(1)));
        try {
            wachtOpTaken(taken, "overnameProef", 50 + 1, Duration.ofSeconds(60));
        } finally {
            knoop2.getBean(KlokInstelling.class).zetOpStart();
        }
        // The 50 locked ones and the one that was not: each exactly once, all by knoop 2.
        var alle = taken.createTaskQuery().processDefinitionKey("overnameProef").list();
        assertThat(alle).hasSize(50 + 1);
        assertThat(alle.stream().map(Task::getProcessInstanceId).distinct().count()).isEqualTo(50 + 1);
        var gelukt = knoop2.getBean(HistoryService.class).createHistoricJobLogQuery().successLog()
                .activityIdIn("wachten").list();
        assertThat(gelukt).hasSize(50 + 1).allSatisfy(log -> assertThat(log.getHostname()).isEqualTo("knoop2"));
    }

    /** Waits (at most {@code hoogstens}) until the model has {@code aantal} tasks. */
    private static void wachtOpTaken(TaskService taken, String model, int aantal, Duration hoogstens)
            throws InterruptedException {
        long tot = System.nanoTime() + hoogstens.toNanos(); // a wait, not a date
        while (taken.createTaskQuery().processDefinitionKey(model).count() < aantal && System.nanoTime() < tot) {
            Thread.sleep(100);
        }
    }

    private static ConfigurableApplicationContext start(String naam, String url, String... extra) {
        Map<String, Object> eigenschappen = new HashMap<>();
        eigenschappen.put("EENPLAN_DB_URL", url);
        eigenschappen.put("EENPLAN_DB_GEBRUIKER", "postgres");
        eigenschappen.put("EENPLAN_DB_WACHTWOORD", "postgres");
        List<String> argumenten = new ArrayList<>(List.of("--server.port=0",
                        // Own engine names: one JVM, two nodes (Camunda registers engines per JVM by name).
                        "--camunda.bpm.process-engine-name=" + naam,
                        "--camunda.bpm.generic-properties.properties.hostname=" + naam,
                        // Idle job executors look for work at least every 2 s (default: up to 60 s), so
                        // both nodes are awake when the storm starts.
                        "--camunda.bpm.job-execution.wait-time-in-millis=500",
                        "--camunda.bpm.job-execution.max-wait=2000",
                        "--camunda.bpm.metrics.enabled=false",
                        "--camunda.bpm.metrics.db-reporter-activate=false"));
        argumenten.addAll(List.of(extra));
        return new SpringApplicationBuilder(EenPlanApplication.class, Proefafhandelingen.class)
                .profiles("postgres")
                .properties(eigenschappen)
                .run(argumenten.toArray(String[]::new));
    }
}
