package nl.eenplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.eenplan.bench.Opties.Database;
import nl.eenplan.bench.Opties.Instellingen;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Scenario 2: N escalation timers due at one moment, on one node and on two. */
final class Termijnstorm {

    private Termijnstorm() {
    }

    static final String SCENARIO = "termijnstorm";
    /** The measured storm's model, and the warm-up's (the same steps). */
    private static final String STORM = "storm";
    private static final String OPWARMEN = "stormOpwarmen";
    /** Seconds before the due moment at which the measurement reads its counters. */
    private static final int VOORLOOP_S = 3;

    static void meet() throws Exception {
        int storm = Opties.STORM;
        Rapport.regel("## Termijnstorm: " + storm + " escalatietimers op hetzelfde moment", "",
                "| database | knopen | # | instellingen | " + Resultaat.kolommen() + " | dubbel uitgevoerd |",
                "|---|---|---|---|---|---|---|---|---|---|---|");
        List<String> statements = new ArrayList<>();
        // H2 is embedded in one node; a cluster needs PostgreSQL.
        for (var opstelling : List.of(Map.entry(Database.H2, 1), Map.entry(Database.POSTGRES, 1), Map.entry(Database.POSTGRES, 2))) {
            Database db = opstelling.getKey();
            int knopen = opstelling.getValue();
            if (!Opties.DATABASES.contains(db)) {
                continue;
            }
            int nummer = 0;
            for (Instellingen inst : Opties.volgorde()) {
                nummer++;
                String url = Knopen.nieuweDatabase(db, "storm-" + db + "-" + knopen + "-" + inst);
                // Instances are started with the job executor off and their timers due tomorrow; when the
                // nodes are up and idle, every timer is made due at once (one update) and the clock starts.
                // The same model twice: the warm-up's timers (OPWARMEN) run on the measured nodes first, unmeasured.
                int warm = Opties.opwarmenKnoop(storm);
                try (var eerste = Knopen.knoop("storm1", db, url, inst, "--camunda.bpm.job-execution.enabled=false")) {
                    var deployment = eerste.getBean(RepositoryService.class).createDeployment().name("storm");
                    for (String sleutel : List.of(STORM, OPWARMEN)) {
                        deployment.addModelInstance(sleutel + ".bpmn", Bpmn.createExecutableProcess(sleutel)
                                .camundaHistoryTimeToLive(1).startEvent().intermediateCatchEvent("termijn")
                                .timerWithDate("${proefmoment.van(execution)}").userTask("escalatie")
                                .camundaCandidateGroups("leerplicht").endEvent().done());
                    }
                    deployment.deploy();
                    Date morgen = Date.from(Instant.now().plus(Duration.ofDays(1)));
                    RuntimeService runtime = eerste.getBean(RuntimeService.class);
                    for (int i = 0; i < storm + warm; i++) {
                        runtime.startProcessInstanceByKey(i < storm ? STORM : OPWARMEN,
                                Map.of("moment", morgen, "schoolBrin", Knopen.SCHOOL));
                    }
                    Knopen.analyseer(eerste);
                }
                List<ConfigurableApplicationContext> nodes = new ArrayList<>();
                try {
                    for (int k = 1; k <= knopen; k++) {
                        nodes.add(Knopen.knoop("storm" + k, db, url, inst));
                    }
                    if (warm > 0) {
                        warmOp(nodes.get(0), warm);
                    }
                    // Every timer falls due at one moment 20 s from now, while the nodes idle. As at night, the
                    // database's statistics know the due dates beforehand (timers are made weeks ahead and analysed
                    // by autovacuum): the acquisition's plan depends on how many jobs they say are due (JobIndex).
                    Instant valtAf = Instant.now().plusSeconds(20);
                    laatVervallen(nodes.get(0), STORM, valtAf);
                    Knopen.analyseer(nodes.get(0));
                    // The counters (and the checkpoint before them) are read just before the due moment, the clock
                    // starts at it: read after it, the first jobs ran unmeasured (a storm of 300 on two nodes counted
                    // 3-6 statements per job instead of about 24). The idle second in between adds a poll or two.
                    Instant voorloop = valtAf.minusSeconds(VOORLOOP_S);
                    Thread.sleep(Math.max(0, Duration.between(Instant.now(), voorloop).toMillis()));
                    Meting meting = Meting.begin(db, nodes);
                    if (!Instant.now().isBefore(valtAf)) {
                        throw new IllegalStateException("De meting begon pas na het vervalmoment: de eerste jobs "
                                + "liepen ongemeten. Neem een langere voorloop dan " + VOORLOOP_S + " s.");
                    }
                    Thread.sleep(Math.max(0, Duration.between(Instant.now(), valtAf).toMillis()));
                    meting.startKlok();
                    TaskService taken = nodes.get(0).getBean(TaskService.class);
                    wacht(taken, STORM, storm);
                    Resultaat r = meting.stop(storm);
                    long gelukt = nodes.get(0).getBean(org.camunda.bpm.engine.HistoryService.class).createHistoricJobLogQuery()
                            .successLog().processDefinitionKey(STORM).activityIdIn("termijn").count();
                    assertThat(taken.createTaskQuery().processDefinitionKey(STORM).count()).isEqualTo(storm);
                    Rapport.SAMENVATTING.voegToe(SCENARIO + " " + knopen + " knoop", db, inst.name(), "job", r);
                    if (knopen == 1 && inst == Instellingen.EENPLAN && r.metStatements()) {
                        // Which statements make PostgreSQL's cost per job (twice the node's in the 2026-12-02 run).
                        statements.addAll(Statements.tabel(r.statements(), storm, "job", r.msPerEenheid()));
                    }
                    if (knopen == 2 && inst == Instellingen.EENPLAN) { // the model uses EenPlan's costs
                        Rapport.modelpaar(new Capaciteitsmodel.Paar(SCENARIO + " 1 knoop", SCENARIO + " 2 knoop",
                                nodes.get(0).getEnvironment().getRequiredProperty("camunda.bpm.job-execution.max-pool-size",
                                        Integer.class), "job threads"));
                    }
                    Rapport.regel("| %s | %d | %d | %s | %s | %d |".formatted(db, knopen, nummer, inst, r.cellen(), gelukt - storm));
                } finally {
                    nodes.forEach(ConfigurableApplicationContext::close);
                }
            }
        }
        Rapport.regel("", "Measured from the moment all timers fall due, on nodes that ran "
                + Opties.opwarmenKnoop(storm) + " timers of the same model unmeasured just before "
                + "(`bench.opwarmen.knoop`) and then idled for 20 s "
                + "(as at night; the statistics analysed after the due dates were set, as autovacuum has long done for "
                + "real deadlines), "
                + "until every escalation task exists; CPU, statements and commits per job (the driver's polling for the "
                + "count of tasks runs on its own thread and is not in the node's CPU, but its queries are in PostgreSQL's).", "");
        if (!statements.isEmpty()) {
            Rapport.regel("### PostgreSQL's statements per job (one node, EenPlan's settings)", "");
            Rapport.regels(statements);
            Rapport.regel("");
        }
    }

    /** The warm-up's timers fall due now; back when their escalations all exist (the nodes then idle again). */
    private static void warmOp(ConfigurableApplicationContext knoop, int warm) throws InterruptedException {
        laatVervallen(knoop, OPWARMEN, Instant.now());
        wacht(knoop.getBean(TaskService.class), OPWARMEN, warm);
        assertThat(knoop.getBean(TaskService.class).createTaskQuery().processDefinitionKey(OPWARMEN).count())
                .as("de opwarmstorm").isEqualTo(warm);
    }

    /** The timers of model {@code sleutel} fall due at {@code moment} (one update). */
    private static void laatVervallen(ConfigurableApplicationContext knoop, String sleutel, Instant moment) {
        knoop.getBean(JdbcTemplate.class).update("update ACT_RU_JOB set DUEDATE_ = ?"
                + " where HANDLER_TYPE_ = 'timer-intermediate-transition' and PROCESS_DEF_KEY_ = ?",
                Timestamp.from(moment), sleutel);
    }

    /** Until {@code aantal} escalation tasks of model {@code sleutel} exist, at most 15 minutes. */
    private static void wacht(TaskService taken, String sleutel, int aantal) throws InterruptedException {
        Instant uiterlijk = Instant.now().plus(Duration.ofMinutes(15));
        while (taken.createTaskQuery().processDefinitionKey(sleutel).count() < aantal
                && Instant.now().isBefore(uiterlijk)) {
            Thread.sleep(100);
        }
    }
}
