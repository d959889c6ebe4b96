package nl.eenplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.eenplan.bench.Opties.Database;
import nl.eenplan.bench.Opties.Instellingen;
import nl.eenplan.dossier.NieuweSchool;
import nl.eenplan.dossier.Regio;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.taak.Takenlijstuitleg;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

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
        List<String> gezaaid = new ArrayList<>();
        List<String> statementtabel = new ArrayList<>();
        for (Database db : Opties.DATABASES) {
            int nummer = 0;
            for (Instellingen inst : Opties.volgorde()) {
                nummer++;
                try (var knoop = Knopen.knoop("taken", db, Knopen.nieuweDatabase(db, "taken-" + inst), inst)) {
                    Knopen.richtSchoolIn(knoop);
                    long zaaien = System.nanoTime();
                    maakTaken(knoop, Opties.TAKEN);
                    gezaaid.add("%s %s %.0f s".formatted(db, inst, (System.nanoTime() - zaaien) / 1e9));
                    Knopen.analyseer(knoop);
                    Meting.driver.vraagTakenlijst(knoop, OPWARMEN);
                    Meting meting = Meting.begin(db, List.of(knoop));
                    List<Long> tijden = Meting.driver.vraagTakenlijst(knoop, VERZOEKEN);
                    Resultaat r = meting.stop(VERZOEKEN);
                    Rapport.SAMENVATTING.voegToe(SCENARIO, db, inst.name(), "verzoek", r);
                    Rapport.regel("| %s | %d | %s | %.1f | %.1f | %s | %s |".formatted(db, nummer, inst, p(tijden, 50), p(tijden, 95),
                            r.cellen(), Resultaat.getal(taakquery(r).ms() / VERZOEKEN, 2)));
                    if (inst == Instellingen.EENPLAN && statementtabel.isEmpty() && r.metStatements()) {
                        // what PostgreSQL executes per request besides the task queries (docs/benchmark.md, Next steps)
                        statementtabel.add("Statements per request, " + db + " " + inst + ":");
                        statementtabel.add("");
                        statementtabel.addAll(Statements.tabel(r.statements(), VERZOEKEN, "verzoek", r.msPerEenheid()));
                        // and where in those statements the time goes: their plans, run once more after the measurement
                        statementtabel.add("");
                        statementtabel.add("Their plans (EXPLAIN ANALYZE, BUFFERS), run once after the measurement:");
                        statementtabel.add("");
                        statementtabel.add("```");
                        statementtabel.addAll(Takenlijstuitleg.vanDeLijst(knoop, Knopen.ZC, Set.of(Knopen.SCHOOL)));
                        statementtabel.add("```");
                    }
                }
            }
        }
        Rapport.regel("", "The tasks are whole clones (Kloon) of one pupil's transition started by a class upload, spread over "
                + "50 schools; the zorgcoördinator works at one of them (" + Opties.TAKEN / 50 + " tasks, the first 100 shown). "
                + VERZOEKEN + " requests after " + OPWARMEN + " warm-up requests, ANALYZE after seeding. The task queries are "
                + "Camunda's two list queries on ACT_RU_TASK (due-dated first, then those without a due date). Seeding the "
                + "tasks took " + String.join(", ", gezaaid) + ".", "");
        if (!statementtabel.isEmpty()) {
            Rapport.regels(statementtabel);
            Rapport.regel("");
        }
    }

    /** The p-th percentile (nearest rank) of times in nanoseconds, in milliseconds. */
    static double p(List<Long> tijden, int p) {
        List<Long> gesorteerd = new ArrayList<>(tijden);
        gesorteerd.sort(null);
        return gesorteerd.get((int) Math.ceil(gesorteerd.size() * p / 100.0) - 1) / 1e6;
    }

    /** Camunda's task list queries (not counts) of a measurement, summed: calls and PostgreSQL's execution time. */
    static Statements.Regel taakquery(Resultaat r) {
        if (!r.metStatements()) {
            return new Statements.Regel("", 0, Double.NaN);
        }
        List<Statements.Regel> taak = r.statements().regels().stream()
                .filter(s -> s.query().toLowerCase().contains("from act_ru_task res") && !s.query().toLowerCase().contains("count("))
                .toList();
        return new Statements.Regel("", taak.stream().mapToLong(Statements.Regel::calls).sum(),
                taak.stream().mapToDouble(Statements.Regel::ms).sum());
    }

    /**
     * n open tasks: one pupil's transition started by a class upload at the benchmark school, cloned whole ({@link
     * Kloon}) n - 1 times over 50 schools, every 50th at the zorgcoördinator's.
     */
    static void maakTaken(ConfigurableApplicationContext knoop, int n) throws Exception {
        SchoolService scholen = knoop.getBean(SchoolService.class);
        JdbcTemplate jdbc = knoop.getBean(JdbcTemplate.class);
        List<Kloon.School> vijftig = new ArrayList<>();
        vijftig.add(new Kloon.School(Knopen.SCHOOL, jdbc.queryForObject("select id from school where brin = ?", Long.class,
                Knopen.SCHOOL)));
        for (int k = 1; k < 50; k++) {
            String brin = Paginas.brin(k);
            scholen.registreer(new NieuweSchool(brin, "Benchschool " + k, "Benchstad", "SWV Bench", Regio.MIDDEN));
            vijftig.add(new Kloon.School(brin, jdbc.queryForObject("select id from school where brin = ?", Long.class, brin)));
        }
        long voor = jdbc.queryForObject("select count(*) from ACT_RU_TASK", Long.class);
        new Kloon(jdbc, Paginas.sjabloon(knoop)).maak(n - 1, i -> vijftig.get((i + 1) % 50), 60_000_000);
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_TASK", Long.class)).isEqualTo(voor + n);
    }
}
