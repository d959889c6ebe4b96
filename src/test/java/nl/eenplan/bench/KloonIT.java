package nl.eenplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Productiehistorie;
import nl.eenplan.Statementteller;
import nl.eenplan.Testdossiers;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.NieuweSchool;
import nl.eenplan.dossier.Regio;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.overstap.Klasupload;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's bulk seeding ({@link Kloon}, issue #25) makes instances that are whole, not rows that only look
 * like them: 50 clones of a pupil's started transition (class upload, production history), spread over two schools.
 * A clone's task is in its school's zorgcoördinator's task list and not in another school's; its pupil page shows the
 * step; its timers are jobs that fire; the zorgcoördinator completes it through the API, which writes the advice
 * into the clone's own transition and moves its own process on; another school's zorgcoördinator can do none of it.
 */
@Productiehistorie
class KloonIT extends IntegratieTest {

    static final String SCHOOL_A = "92KA00";
    static final String SCHOOL_B = "92KB00";
    static final String ZC_A = "kloonzca";
    static final String ZC_B = "kloonzcb";
    static final int KLONEN = 50;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SchoolService scholen;
    @Autowired
    Organisaties organisaties;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    DossierService dossierService;

    @Test
    void eenKloonIsEenHeleInstantieVanZijnSchool() {
        Kloon.School a = school(SCHOOL_A, ZC_A);
        Kloon.School b = school(SCHOOL_B, ZC_B);
        String bsn = Testdossiers.bsn(920_000);
        Klasupload.upload(http(), Klasupload.klas("Kloon", 920_000, 1));
        String sjabloon = jdbc.queryForObject("select d.id from dossier d join leerling l on l.id = d.leerling_id "
                + "where l.bsn = ?", Long.class, bsn).toString();
        String instantie = runtimeService.createProcessInstanceQuery().processDefinitionKey("overstap")
                .processInstanceBusinessKeyLike("%-" + "0".repeat(Math.max(0, 5 - sjabloon.length())) + sjabloon)
                .singleResult().getId();

        Kloon kloon = new Kloon(jdbc, instantie);
        Map<String, Integer> perKloon = kloon.rijenPerKloon();
        // The 20 rows a class upload writes per pupil with the production history (HistorieIT), found without a list.
        assertThat(perKloon).as("rijen per kloon").containsAllEntriesOf(Map.of("act_ru_execution", 2, "act_ru_task", 1,
                "act_ru_identitylink", 1, "act_ru_job", 2, "act_ru_variable", 6, "act_hi_procinst", 1, "act_hi_taskinst", 1,
                "dossier", 1, "leerling", 1, "plan", 1));
        assertThat(perKloon).containsEntry("overstap", 1).containsEntry("act_hi_actinst", 1);
        List<String> nummers = kloon.maak(KLONEN, i -> i % 5 == 0 ? b : a, 920_100);

        assertThat(nummers).doesNotHaveDuplicates().hasSize(KLONEN);
        // On PostgreSQL the clones go in without the per-row foreign-key checks: every reference is checked here.
        assertThat(zwevendeVerwijzingen()).as("verwijzingen naar een rij die er niet is").isEmpty();
        assertThat(taskService.createTaskQuery().tenantIdIn(SCHOOL_A).count()).isEqualTo(40);
        assertThat(taskService.createTaskQuery().tenantIdIn(SCHOOL_B).count()).isEqualTo(10);
        assertThat(jdbc.queryForObject("select count(*) from leerling where school_id = ?", Long.class, a.id())).isEqualTo(40);
        assertThat(jdbc.queryForObject("select count(*) from overstap o join ACT_RU_EXECUTION e on e.ID_ = o.proces_instantie_id "
                + "and e.BUSINESS_KEY_ = o.dossier_nummer where o.dossier_nummer in (:n)".replace("(:n)", "('"
                + String.join("','", nummers) + "')"), Long.class)).isEqualTo(KLONEN);

        // Issue #25, found by the pages scenario (Mijn werk: 3 statements per task): the pupils next to a list of tasks
        // come in two queries (the dossiers, then their pupils with schools), not two more per pupil.
        Statementteller.opnieuw(Thread.currentThread().getName());
        assertThat(dossierService.identiteiten(nummers)).hasSize(KLONEN);
        assertThat(Statementteller.telling().rondreizen()).as("rondreizen voor %d leerlingen", KLONEN).isLessThanOrEqualTo(3);

        String nummer = nummers.get(1);
        Task taak = taskService.createTaskQuery().processInstanceBusinessKey(nummer).singleResult();
        assertThat(taak.getTenantId()).isEqualTo(SCHOOL_A);
        assertThat(taak.getTaskDefinitionKey()).isEqualTo("voorlopigAdvies");

        // The task list: the school's own zorgcoördinator sees it, another school's does not.
        assertThat(http().als(ZC_A).get("/api/taken").body()).contains(taak.getId());
        assertThat(http().als(ZC_B).get("/api/taken").body()).doesNotContain(taak.getId());

        // The pupil page shows the step; not to another school.
        Http.Antwoord pagina = http().als(ZC_A).metKop("Accept", "text/html").get("/leerlingen/" + nummer);
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.body()).contains("Voorlopig schooladvies geven");
        Http.Antwoord vreemd = http().als(ZC_B).metKop("Accept", "text/html").get("/leerlingen/" + nummer);
        assertThat(vreemd.status()).isNotEqualTo(200);
        assertThat(vreemd.body()).doesNotContain("Voorlopig schooladvies geven");

        // Its timers are its own jobs, and they fire.
        String kloonInstantie = taak.getProcessInstanceId();
        List<Job> timers = managementService.createJobQuery().processInstanceId(kloonInstantie).timers().list();
        assertThat(timers).hasSize(2).allSatisfy(j -> assertThat(j.getTenantId()).isEqualTo(SCHOOL_A));
        Job eerste = timers.stream().min(java.util.Comparator.comparing(Job::getDuedate)).orElseThrow();
        managementService.executeJob(eerste.getId());
        assertThat(managementService.createJobQuery().jobId(eerste.getId()).count()).isZero();
        assertThat(managementService.createJobQuery().processInstanceId(kloonInstantie).timers().count()).isEqualTo(1);

        // Another school's zorgcoördinator cannot complete it; its own does, through the API.
        assertThat(http().als(ZC_B).post("/api/taken/" + taak.getId() + "/voltooien", "{\"advies\": \"havo\"}").status())
                .isIn(403, 404);
        assertThat(http().als(ZC_A).post("/api/taken/" + taak.getId() + "/voltooien", "{\"advies\": \"havo\"}").status())
                .isEqualTo(204);
        assertThat(taskService.createTaskQuery().processInstanceId(kloonInstantie).singleResult().getTaskDefinitionKey())
                .isEqualTo("definitiefAdvies");
        assertThat(jdbc.queryForObject("select voorlopig_advies from overstap where dossier_nummer = ?", String.class, nummer))
                .isEqualTo("havo");
        // Only the clone moved: the template and the other clones still wait at the first step.
        assertThat(jdbc.queryForObject("select count(*) from overstap where voorlopig_advies is not null and dossier_nummer in ('"
                + String.join("','", nummers) + "')", Long.class)).isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceId(instantie).singleResult().getTaskDefinitionKey())
                .isEqualTo("voorlopigAdvies");
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(kloonInstantie).finished().count()).isEqualTo(1);
        assertThat(http().als(ZC_A).metKop("Accept", "text/html").get("/leerlingen/" + nummer).body())
                .contains("Definitief schooladvies geven");

        // The application goes on after the clones: a new pupil gets a dossier number no clone has.
        Klasupload.upload(http(), Klasupload.klas("NaKloon", 920_090, 1));
        long nieuw = jdbc.queryForObject("select d.id from dossier d join leerling l on l.id = d.leerling_id where l.bsn = ?",
                Long.class, Testdossiers.bsn(920_090));
        assertThat(nummers.stream().mapToLong(n -> Long.parseLong(n.substring(n.indexOf('-') + 1))).max().orElseThrow())
                .isLessThan(nieuw);
    }

    /** Per foreign key of the schema, the rows whose reference points at no row: "table.column → n". */
    private List<String> zwevendeVerwijzingen() {
        List<String> zwevend = new ArrayList<>();
        AtomicInteger sleutels = new AtomicInteger();
        jdbc.query("select k.table_name, k.column_name, u.table_name, u.column_name "
                + "from information_schema.referential_constraints r "
                + "join information_schema.key_column_usage k on k.constraint_schema = r.constraint_schema "
                + "and k.constraint_name = r.constraint_name "
                + "join information_schema.key_column_usage u on u.constraint_schema = r.unique_constraint_schema "
                + "and u.constraint_name = r.unique_constraint_name "
                + "and u.ordinal_position = k.position_in_unique_constraint where lower(k.table_schema) = 'public'", rs -> {
                    sleutels.incrementAndGet();
                    String sql = "select count(*) from \"%s\" c where c.\"%s\" is not null and not exists "
                            + "(select 1 from \"%s\" p where p.\"%s\" = c.\"%s\")";
                    long n = jdbc.queryForObject(sql.formatted(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(2)), Long.class);
                    if (n > 0) {
                        zwevend.add(rs.getString(1) + "." + rs.getString(2) + " → " + n);
                    }
                });
        assertThat(sleutels.get()).as("the schema's foreign keys (Camunda's and EenPlan's)").isGreaterThan(50);
        return zwevend;
    }

    private Kloon.School school(String brin, String zc) {
        if (jdbc.queryForObject("select count(*) from school where brin = ?", Integer.class, brin) == 0) {
            scholen.registreer(new NieuweSchool(brin, "Kloonschool " + brin, "Kloonstad", "SWV Kloon", Regio.MIDDEN));
        }
        gebruikers.maakAlsNieuw(zc, "Kloon", "Zorgcoördinator", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool(zc, brin);
        return new Kloon.School(brin, jdbc.queryForObject("select id from school where brin = ?", Long.class, brin));
    }
}
