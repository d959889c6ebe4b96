package nl.eenplan.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.eenplan.bench.Opties.Database;
import nl.eenplan.bench.Opties.Instellingen;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The experiment of issue #25 §1.5 ({@code -Dbench.takenlijst.proef=true}, PostgreSQL): why the task list's p95 was
 * 27 ms with EenPlan's settings against 12 ms with the defaults in one quick run at 20,000 tasks. The settings do not
 * change the task query (plan §1.5), so the suspects are the set-up: which configuration runs first, whether
 * PostgreSQL has statistics for the copied tasks, and the job executor's work next to the requests. Each factor is
 * varied: both orders (EENPLAN first, STANDAARD first) and with and without ANALYZE after seeding, with the job executor
 * off in both (a control: then its acquisitions cannot explain a difference; on too with
 * {@code -Dbench.takenlijst.proef.jobexecutor=true}). PostgreSQL's own mean execution time of the task queries (pg_stat_statements)
 * separates the database from the node.
 */
final class Takenlijstproef {

    private Takenlijstproef() {
    }

    static void meet() throws Exception {
        Rapport.regel("## Takenlijstproef (§1.5): " + Opties.PROEFTAKEN + " open taken, PostgreSQL", "");
        if (!Opties.DATABASES.contains(Database.POSTGRES)) {
            Rapport.regel("Not run: the experiment needs PostgreSQL (`-Dbench.databases` has no POSTGRES).", "");
            return;
        }
        Rapport.regel("| job executor | ANALYZE | volgorde | instellingen | p50 (ms) | p95 (ms) | taakquery's per verzoek "
                        + "| taakquery's PG exec ms/verzoek | PG exec ms per taakquery | CPU knoop ms/verzoek | CPU PG ms/verzoek "
                        + "| statistieken van act_ru_task |",
                "|---|---|---|---|---|---|---|---|---|---|---|---|");
        Map<String, Map<Instellingen, List<Double>>> perCel = new HashMap<>();
        List<String> cellen = new ArrayList<>();
        // The job executor off in both configurations: its work cannot explain a difference then. With
        // -Dbench.takenlijst.proef.jobexecutor=true also with it on, as a node runs.
        for (boolean jobExecutor : Boolean.getBoolean("bench.takenlijst.proef.jobexecutor") ? List.of(false, true) : List.of(false)) {
            for (boolean analyse : List.of(false, true)) {
                String cel = "job executor " + (jobExecutor ? "aan" : "uit") + ", " + (analyse ? "met" : "zonder") + " ANALYZE";
                cellen.add(cel);
                for (List<Instellingen> volgorde : List.of(List.of(Instellingen.EENPLAN, Instellingen.STANDAARD),
                        List.of(Instellingen.STANDAARD, Instellingen.EENPLAN))) {
                    for (Instellingen inst : volgorde) {
                        String naam = "proef-" + inst + "-" + (jobExecutor ? "je" : "geenje") + (analyse ? "-analyse" : "");
                        try (var knoop = Knopen.knoop("proef", Database.POSTGRES, Knopen.nieuweDatabase(Database.POSTGRES, naam), inst,
                                "--camunda.bpm.job-execution.enabled=" + jobExecutor)) {
                            Knopen.richtSchoolIn(knoop);
                            Takenlijst.maakTaken(knoop, Opties.PROEFTAKEN);
                            if (analyse) {
                                Knopen.analyseer(knoop);
                            }
                            Meting.driver.vraagTakenlijst(knoop, Takenlijst.OPWARMEN);
                            Meting meting = Meting.begin(Database.POSTGRES, List.of(knoop));
                            List<Long> tijden = Meting.driver.vraagTakenlijst(knoop, Takenlijst.VERZOEKEN);
                            Resultaat r = meting.stop(Takenlijst.VERZOEKEN);
                            Statements.Regel taak = Takenlijst.taakquery(r);
                            perCel.computeIfAbsent(cel, k -> new EnumMap<>(Instellingen.class))
                                    .computeIfAbsent(inst, k -> new ArrayList<>()).add(taak.ms() / Takenlijst.VERZOEKEN);
                            Rapport.regel("| %s | %s | %s | %s | %.1f | %.1f | %.1f | %.3f | %.3f | %.2f | %s | %s |".formatted(
                                    jobExecutor ? "aan" : "uit", analyse ? "ja" : "nee", volgorde.get(0) + " eerst", inst,
                                    Takenlijst.p(tijden, 50), Takenlijst.p(tijden, 95), taak.calls() / (double) Takenlijst.VERZOEKEN,
                                    taak.ms() / Takenlijst.VERZOEKEN, taak.ms() / Math.max(1, taak.calls()), r.knoopMsPerEenheid(),
                                    Resultaat.getal(r.postgresMsPerEenheid(), 2), statistieken(knoop.getBean(JdbcTemplate.class))));
                        }
                    }
                }
            }
        }
        Rapport.regel("", "Mean PostgreSQL execution time of the task queries per request, EENPLAN against STANDAARD (mean of "
                + "both orders):", "", "| cel | EENPLAN ms | STANDAARD ms | EENPLAN / STANDAARD |", "|---|---|---|---|");
        for (String cel : cellen) {
            var m = perCel.get(cel);
            double eenplan = m.get(Instellingen.EENPLAN).stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            double standaard = m.get(Instellingen.STANDAARD).stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            Rapport.regel("| %s | %.3f | %.3f | %.2f |".formatted(cel, eenplan, standaard, eenplan / standaard));
        }
        Rapport.regel("", "Each row a fresh database and node; " + Takenlijst.VERZOEKEN + " requests after " + Takenlijst.OPWARMEN
                + " warm-up requests. The last column says whether PostgreSQL had statistics for ACT_RU_TASK at the end of the "
                + "measurement (ANALYZE by the benchmark, or autovacuum's own), as pg_stat_user_tables shows them.", "");
    }

    /** Whether and how ACT_RU_TASK had statistics: the benchmark's ANALYZE, autovacuum's, or none. */
    private static String statistieken(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select case when last_analyze is not null then 'ANALYZE' when last_autoanalyze is not null "
                + "then 'autoanalyze' else 'geen' end from pg_stat_user_tables where relname = 'act_ru_task'", String.class);
    }
}
