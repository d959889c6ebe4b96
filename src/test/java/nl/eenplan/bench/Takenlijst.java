package nl.eenplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.bench.Opties.Database;
import nl.eenplan.bench.Opties.Instellingen;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedCaseInsensitiveMap;

/** Scenario 3: the zorgcoördinator's task list with many open tasks in the database. */
final class Takenlijst {

    private Takenlijst() {
    }

    static final String SCENARIO = "takenlijst";
    static final int OPWARMEN = 100;
    static final int VERZOEKEN = 300;

    static void meet() throws Exception {
        Rapport.regel("## Takenlijst: GET /api/taken van een zorgcoördinator met " + Opties.TAKEN + " open taken in de database", "",
                "| database | # | instellingen | p50 (ms) | p95 (ms) | " + Resultaat.kolommen() + " | taakquery's PG exec ms/verzoek |",
                "|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Database db : Opties.DATABASES) {
            int nummer = 0;
            for (Instellingen inst : Opties.volgorde()) {
                nummer++;
                try (var knoop = Knopen.knoop("taken", db, Knopen.nieuweDatabase(db, "taken-" + inst), inst)) {
                    Knopen.richtSchoolIn(knoop);
                    maakTaken(knoop, Opties.TAKEN);
                    Knopen.analyseer(knoop);
                    Meting.driver.vraagTakenlijst(knoop, OPWARMEN);
                    Meting meting = Meting.begin(db, List.of(knoop));
                    List<Long> tijden = Meting.driver.vraagTakenlijst(knoop, VERZOEKEN);
                    Resultaat r = meting.stop(VERZOEKEN);
                    Rapport.SAMENVATTING.voegToe(SCENARIO, db, inst.name(), "verzoek", r);
                    Rapport.regel("| %s | %d | %s | %.1f | %.1f | %s | %s |".formatted(db, nummer, inst, p(tijden, 50), p(tijden, 95),
                            r.cellen(), Resultaat.getal(taakquery(r).ms() / VERZOEKEN, 2)));
                }
            }
        }
        Rapport.regel("", "The tasks are copies of one real task of the referral (same columns and identity links), spread over "
                + "50 schools; the zorgcoördinator works at one of them (" + Opties.TAKEN / 50 + " tasks, the first 100 shown). "
                + VERZOEKEN + " requests after " + OPWARMEN + " warm-up requests, ANALYZE after seeding. The task queries are "
                + "Camunda's two list queries on ACT_RU_TASK (due-dated first, then those without a due date).", "");
    }

    /** The p-th percentile (nearest rank) of times in nanoseconds, in milliseconds. */
    static double p(List<Long> tijden, int p) {
        List<Long> gesorteerd = new ArrayList<>(tijden);
        gesorteerd.sort(null);
        return gesorteerd.get((int) Math.ceil(gesorteerd.size() * p / 100.0) - 1) / 1e6;
    }

    /** Camunda's task list queries (not counts) of a measurement, summed: calls and PostgreSQL's execution time. */
    static Statements.Regel taakquery(Resultaat r) {
        if (r.statements() == null || !r.statements().metStatements()) {
            return new Statements.Regel("", 0, Double.NaN);
        }
        List<Statements.Regel> taak = r.statements().regels().stream()
                .filter(s -> s.query().toLowerCase().contains("from act_ru_task res") && !s.query().toLowerCase().contains("count("))
                .toList();
        return new Statements.Regel("", taak.stream().mapToLong(Statements.Regel::calls).sum(),
                taak.stream().mapToDouble(Statements.Regel::ms).sum());
    }

    /** Copies one real open task of the referral (and its candidate group) n times, spread over 50 schools. */
    static void maakTaken(ConfigurableApplicationContext knoop, int n) throws Exception {
        RuntimeService runtime = knoop.getBean(RuntimeService.class);
        knoop.getBean(RepositoryService.class).createDeployment().name("taken")
                .addModelInstance("taken.bpmn", Bpmn.createExecutableProcess("taken").camundaHistoryTimeToLive(1)
                        .startEvent().userTask("werk").name("Intakegesprek voeren").camundaCandidateGroups("zorgcoordinator")
                        .camundaDueDate("${proefmoment.van(execution)}").endEvent().done())
                .deploy();
        String instantie = runtime.startProcessInstanceByKey("taken", "2026-00001",
                Map.of("schoolBrin", Knopen.SCHOOL, "moment", Date.from(knoop.getBean(java.time.Clock.class).instant()))).getId();
        JdbcTemplate jdbc = knoop.getBean(JdbcTemplate.class);
        Map<String, Object> taak = jdbc.queryForMap("select * from ACT_RU_TASK where PROC_INST_ID_ = ?", instantie);
        Map<String, Object> link = jdbc.queryForMap("select * from ACT_RU_IDENTITYLINK where TASK_ID_ = ?", taak.get("ID_"));
        List<String> kolommen = new ArrayList<>(taak.keySet());
        List<String> linkKolommen = new ArrayList<>(link.keySet());
        String insert = "insert into ACT_RU_TASK (" + String.join(",", kolommen) + ") values ("
                + String.join(",", kolommen.stream().map(k -> "?").toList()) + ")";
        String linkInsert = "insert into ACT_RU_IDENTITYLINK (" + String.join(",", linkKolommen) + ") values ("
                + String.join(",", linkKolommen.stream().map(k -> "?").toList()) + ")";
        List<Object[]> taken = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            String id = UUID.randomUUID().toString();
            Map<String, Object> kopie = new LinkedCaseInsensitiveMap<>();
            kopie.putAll(taak);
            kopie.put("ID_", id);
            kopie.put("TENANT_ID_", i % 50 == 0 ? Knopen.SCHOOL : "90B" + (char) ('A' + i % 26) + String.format("%02d", i % 50));
            kopie.put("DUE_DATE_", new Timestamp(System.currentTimeMillis() + 86_400_000L * (i % 60)));
            taken.add(kolommen.stream().map(kopie::get).toArray());
            Map<String, Object> linkKopie = new LinkedCaseInsensitiveMap<>();
            linkKopie.putAll(link);
            linkKopie.put("ID_", UUID.randomUUID().toString());
            linkKopie.put("TASK_ID_", id);
            links.add(linkKolommen.stream().map(linkKopie::get).toArray());
            if (taken.size() == 5000 || i == n - 1) {
                jdbc.batchUpdate(insert, taken);
                jdbc.batchUpdate(linkInsert, links);
                taken.clear();
                links.clear();
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = 'werk'", Long.class)).isEqualTo(n);
    }
}
