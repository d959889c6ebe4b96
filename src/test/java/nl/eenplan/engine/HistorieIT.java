package nl.eenplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Productiehistorie;
import nl.eenplan.Testdossiers;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.overstap.Klasupload;
import nl.eenplan.taak.Procesverloop;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the engine writes for a pupil at the cohort start, with EenPlan's history (engine.Historie, the activity history
 * of steps only, as in production): 20 rows per pupil, none of them history that nobody reads (the routing facts'
 * variable history, start events and gateways, identity links). What reads the history still finds what it needs: the
 * pupil page's running steps (Procesverloop), and an instance that moves to another school's dossier
 * (Procesverhuizing) with its routing facts changed.
 */
@Productiehistorie
class HistorieIT extends IntegratieTest {

    /** The rows one pupil's start writes, per table (issue #25: 29 before, of which 9 nobody read). */
    static final Map<String, Long> PER_LEERLING = new TreeMap<>(Map.ofEntries(
            Map.entry("ACT_RU_VARIABLE", 6L), // the routing facts, overstapsoort and schooljaar: the models read them
            Map.entry("ACT_RU_EXECUTION", 2L), // the instance, and the task's scope for its two timers
            Map.entry("ACT_RU_JOB", 2L), // reminder and escalation (Termijnconventie)
            Map.entry("ACT_RU_TASK", 1L),
            Map.entry("ACT_RU_IDENTITYLINK", 1L), // the task's candidate group
            Map.entry("ACT_RU_AUTHORIZATION", 1L), // the task for its candidates (Tasklist)
            Map.entry("ACT_HI_PROCINST", 1L), // Procesverloop, Bewaartermijn, the audit log
            Map.entry("ACT_HI_TASKINST", 1L), // Procesverloop, the audit log
            Map.entry("ACT_HI_ACTINST", 1L), // the step (Procesverloop); not the start event or the gateway
            Map.entry("DOSSIER", 1L),
            Map.entry("LEERLING", 1L),
            Map.entry("PLAN", 1L),
            Map.entry("OVERSTAP", 1L)));

    static final int KLAS = 20;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    Procesverloop procesverloop;
    @Autowired
    Procesverhuizing verhuizing;
    @Autowired
    DossierService dossiers;

    @Test
    void eenCohortstartSchrijftTwintigRijenPerLeerlingEnGeenHistorieDieNiemandLeest() {
        Map<String, Long> voor = rijenPerTabel();
        JsonNode stand = Klasupload.upload(http(), Klasupload.klas("Historie", 860_000, KLAS));
        assertThat(stand.get("gestart").asInt()).as(stand.toString()).isEqualTo(KLAS);
        Map<String, Long> na = rijenPerTabel();

        Map<String, Long> nieuw = new TreeMap<>();
        na.forEach((tabel, rijen) -> {
            long erbij = rijen - voor.getOrDefault(tabel, 0L);
            if (erbij != 0 && (tabel.startsWith("ACT_") || PER_LEERLING.containsKey(tabel))) {
                nieuw.put(tabel, erbij);
            }
        });
        Map<String, Long> perLeerling = nieuw.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue() / KLAS, (a, b) -> a, TreeMap::new));
        assertThat(nieuw).as("nieuwe rijen per tabel voor %d leerlingen", KLAS).allSatisfy((tabel, rijen) ->
                assertThat(rijen % KLAS).as(tabel).isZero());
        assertThat(perLeerling).isEqualTo(PER_LEERLING);
        assertThat(perLeerling.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(20);
    }

    @Test
    void deStapStaatOpDeLeerlingpaginaEnEenVerhuisdeInstantieHoudtHaarRouteringZonderHistorie() {
        assertThat(Klasupload.upload(http(), Klasupload.klas("Historie", 861_000, 2)).get("gestart").asInt()).isEqualTo(2);
        String eerste = nummer(Testdossiers.bsn(861_000), 0);
        String tweede = nummer(Testdossiers.bsn(861_001), 1);
        ProcessInstance overstap = runtimeService.createProcessInstanceQuery().processDefinitionKey("overstap")
                .processInstanceBusinessKey(eerste).singleResult();

        // The pupil page: the running step, from the activity history that keeps the steps.
        assertThat(procesverloop.lopend(eerste)).singleElement()
                .satisfies(p -> assertThat(p.stappen()).containsExactly("Voorlopig schooladvies geven"));
        // The routing facts are in the running instance, which the models read, not in the history.
        assertThat(runtimeService.getVariables(overstap.getId())).containsKeys(Routering.DOSSIER.naam(),
                Routering.SCHOOL.naam(), Routering.SOORT.naam(), Routering.COORDINATOR.naam(), "overstapsoort",
                "schooljaar");
        assertThat(variabelenInHistorie(overstap.getId())).isEmpty();

        // A routing fact that changes later (a hand-over, nl.eenplan.overdracht) finds no row to update, and needs none.
        runtimeService.setVariable(overstap.getId(), Routering.COORDINATOR.naam(), "zorgcoordinator2");
        assertThat(runtimeService.getVariable(overstap.getId(), Routering.COORDINATOR.naam())).isEqualTo("zorgcoordinator2");

        // Moved to another dossier (a school change restarts an instance there, Procesverhuizing): from its runtime
        // variables, at the same step, with the new routing facts; still no routing history.
        String verhuisd = verhuizing.verhuis(overstap.getId(), tweede,
                Routering.variabelen(dossiers.routeringsgegevens(tweede)), "test").orElseThrow();
        assertThat(runtimeService.getVariable(verhuisd, Routering.DOSSIER.naam())).isEqualTo(tweede);
        assertThat(runtimeService.getVariable(verhuisd, "schooljaar")).isEqualTo("2026-2027");
        assertThat(runtimeService.getActiveActivityIds(verhuisd)).containsExactly("voorlopigAdvies");
        assertThat(variabelenInHistorie(verhuisd)).containsExactly(Procesverhuizing.VORIGE_INSTANTIE.naam());
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(overstap.getId())
                .singleResult().getDeleteReason()).isEqualTo("test");
        assertThat(procesverloop.lopend(tweede)).hasSize(2)
                .allSatisfy(p -> assertThat(p.stappen()).containsExactly("Voorlopig schooladvies geven"));
        assertThat(procesverloop.lopend(eerste)).isEmpty();
    }

    private Set<String> variabelenInHistorie(String instantie) {
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(instantie).list().stream()
                .map(HistoricVariableInstance::getName).collect(Collectors.toSet());
    }

    /** The dossier number of the class's i-th pupil. */
    private String nummer(String bsn, int i) {
        return dossiers.vindOpen("99ZZ00", bsn, "Leerling", null, "Historie" + i, java.time.LocalDate.of(2014, 5, 1))
                .orElseThrow().nummer();
    }

    /** The rows of every table of the application's schema (as the benchmark counts them). */
    private Map<String, Long> rijenPerTabel() {
        Map<String, Long> rijen = new TreeMap<>();
        for (String tabel : jdbc.queryForList("select table_name from information_schema.tables where "
                + "lower(table_schema) = 'public' and table_type in ('BASE TABLE', 'TABLE')", String.class)) {
            rijen.put(tabel.toUpperCase(), jdbc.queryForObject("select count(*) from \"" + tabel + "\"", Long.class));
        }
        return rijen;
    }
}
