package nl.eenplan.taak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.eenplan.OpPostgres;
import nl.eenplan.database.Motorindexen;
import nl.eenplan.database.Uitlegplan;
import nl.eenplan.security.Toegang;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The task list against Camunda's TaskQuery again, on PostgreSQL; and the plan PostgreSQL chooses for it at scale
 * (issue #25): for a school with 20,000 of 60,000 open tasks, and for someone who sees every school, it reads
 * TaakIndexen's index in order and stops at the limit, without sorting the visible tasks. For a user offered few tasks
 * over many schools (a process owner, a leerplichtambtenaar of a gemeente) the count picks the link-driven form, which
 * reads about as many tasks as the user has links, where the ordered scan would read every task of those schools.
 */
@OpPostgres
class TakenlijstGelijkPostgresIT extends TakenlijstGelijkIT {

    @Test
    void hetPlanLeestDeIndexOpVolgordeEnSorteertNiets() {
        try {
            // 60,000 tasks in 41 schools, 20,000 in the big one; half offered to one of ten groups, a third without a due date.
            jdbc.update("insert into ACT_RU_TASK (ID_, REV_, NAME_, PRIORITY_, CREATE_TIME_, DUE_DATE_, SUSPENSION_STATE_, "
                    + "TENANT_ID_, ASSIGNEE_) select 'tlp-' || g, 1, 'x', 50, timestamp '2026-01-01' + g * interval '1 minute', "
                    + "case when g % 3 = 0 then null else timestamp '2026-06-01' + (g % 5000) * interval '1 hour' end, 1, "
                    + "case when g % 3 = 1 then 'TLPGROOT' else 'TLP' || (g % 40) end, "
                    + "case when g % 2 = 0 then 'tlp-u' || (g % 200) end from generate_series(1, 60000) g");
            // Each link with its task's tenant, as Camunda makes them; one group on 30 tasks only, spread over the schools.
            String tenant = "case when g % 3 = 1 then 'TLPGROOT' else 'TLP' || (g % 40) end";
            jdbc.update("insert into ACT_RU_IDENTITYLINK (ID_, REV_, TYPE_, GROUP_ID_, TASK_ID_, TENANT_ID_) select 'tlp-l' || g, "
                    + "1, 'candidate', 'tlp-g' || (g % 10), 'tlp-' || g, " + tenant + " from generate_series(1, 60000) g "
                    + "where g % 2 = 1");
            jdbc.update("insert into ACT_RU_IDENTITYLINK (ID_, REV_, TYPE_, GROUP_ID_, TASK_ID_, TENANT_ID_) select 'tlp-z' || g, "
                    + "1, 'candidate', 'tlp-zeldzaam', 'tlp-' || g, " + tenant + " from generate_series(1, 60000, 2000) g");
            // And one group on 896 tasks: just under the bound, so more ids than a short list.
            jdbc.update("insert into ACT_RU_IDENTITYLINK (ID_, REV_, TYPE_, GROUP_ID_, TASK_ID_, TENANT_ID_) "
                    + "select 'tlp-b' || g, 1, 'candidate', 'tlp-bijnagrens', 'tlp-' || g, " + tenant
                    + " from generate_series(1, 60000, 67) g");
            jdbc.execute("analyze ACT_RU_TASK");
            jdbc.execute("analyze ACT_RU_IDENTITYLINK");

            Toegang.Zicht school = new Toegang.Zicht(false, Set.of("TLPGROOT"));
            List<String> groepen = List.of("tlp-g1", "tlp-g3");
            Takenlijst.Wie zorgcoordinator = takenlijst.wie("tlp-u4", groepen, school);
            // 4,000 links of these groups at the school (2,000 each): the ordered scan.
            assertThat(zorgcoordinator.viaKoppelingen()).isFalse();
            // The bounded read that chose it looks up each link's task by its id until it has read the bound, not
            // every unassigned task of the database against a hash of the links: that grew with the tasks in the
            // database (issue #25: 19.2 of PostgreSQL's 24.7 ms per request at 100,000 tasks, more at 1,000,000).
            // (its own "fetch next" is the bound, so no limit after it)
            Uitlegplan begrensd = Uitlegplan.van(Takenlijstuitleg.uitleg(takenlijst, takenlijst.koppelvraag("tlp-u4",
                    zorgcoordinator.groepen(), school, Takenlijst.KOPPELGRENS), Uitlegplan.EXPLAIN, ""));
            assertThat(begrensd.heeft("Seq Scan", "act_ru_task")).isFalse();
            // One look-up per link read, up to the bound (every linked task here is unassigned, so none is dropped).
            assertThat(begrensd.gelezen("act_ru_task", null)).isLessThanOrEqualTo(Takenlijst.KOPPELGRENS);
            String metTermijn = plan(takenlijst.metTermijn(zorgcoordinator));
            assertThat(metTermijn).contains("act_idx_task_tenant_due").doesNotContain("Sort")
                    // A look-up per task read, not a hash of every link of the groups in all schools.
                    .doesNotContain("hashed SubPlan");
            String zonderTermijn = plan(takenlijst.zonderTermijn(zorgcoordinator));
            assertThat(zonderTermijn).contains("act_idx_task_tenant_due").doesNotContain("Sort");
            Takenlijst.Wie beheerder = takenlijst.wie("tlp-u4", groepen, new Toegang.Zicht(true, Set.of()));
            assertThat(beheerder.viaKoppelingen()).isFalse();
            String alles = plan(takenlijst.metTermijn(beheerder));
            assertThat(alles).contains("act_idx_task_due").doesNotContain("Sort").doesNotContain("hashed SubPlan");
            System.out.println("Plan van de takenlijst van een school met 20.000 taken:\n" + metTermijn);

            // A process owner (every school, a group on 30 tasks) and a gemeente's officer (10 schools, 8 of those tasks).
            Set<String> alleScholen = new HashSet<>(Set.of("TLPGROOT"));
            Set<String> gemeente = new HashSet<>();
            for (int i = 0; i < 40; i++) {
                alleScholen.add("TLP" + i);
                if (i < 10) {
                    gemeente.add("TLP" + i);
                }
            }
            for (Toegang.Zicht zicht : List.of(new Toegang.Zicht(false, alleScholen), new Toegang.Zicht(false, gemeente))) {
                Takenlijst.Wie weinig = takenlijst.wie("tlp-eigenaar", List.of("tlp-zeldzaam"), zicht);
                assertThat(weinig.viaKoppelingen()).as("%d scholen", zicht.scholen().size()).isTrue();
                // Looks up each task the group's links name by its id; never walks a school's tasks in order.
                Takenlijst.Zoekvraag viaKoppelingen = takenlijst.vanKoppelingen(weinig);
                assertThat(plan(viaKoppelingen)).contains("act_ru_task_pkey")
                        .doesNotContain("act_idx_task_tenant_due").doesNotContain("act_idx_task_due");
                // O(result): at most the 30 tasks its links name (each read once), not the schools' tasks.
                assertThat(takenGelezen(viaKoppelingen)).as("%d scholen", zicht.scholen().size())
                        .isLessThanOrEqualTo(30);
                // The ordered scan reads thousands for the same list (what the bounded read of the links avoids).
                Takenlijst.Wie geordend = new Takenlijst.Wie(weinig.gebruiker(), weinig.groepen(), zicht, null);
                for (boolean metDatum : new boolean[] {true, false}) {
                    Takenlijst.Zoekvraag scan = metDatum ? takenlijst.metTermijn(geordend) : takenlijst.zonderTermijn(geordend);
                    assertThat(takenGelezen(scan)).isGreaterThan(2_000);
                }
            }
            // Near the bound the ids are a set PostgreSQL joins (Takenlijst.KORTE_LIJST): still each task by its id.
            Toegang.Zicht elkeSchool = new Toegang.Zicht(false, alleScholen);
            Takenlijst.Wie bijnaGrens = takenlijst.wie("tlp-eigenaar", List.of("tlp-bijnagrens"), elkeSchool);
            assertThat(bijnaGrens.taken()).hasSizeGreaterThan(Takenlijst.KORTE_LIJST)
                    .hasSizeLessThan(Takenlijst.KOPPELGRENS);
            Takenlijst.Zoekvraag veel = takenlijst.vanKoppelingen(bijnaGrens);
            assertThat(plan(veel)).contains("act_ru_task_pkey").doesNotContain("act_idx_task_tenant_due")
                    .doesNotContain("act_idx_task_due");
            assertThat(takenGelezen(veel)).isLessThanOrEqualTo(bijnaGrens.taken().size());
        } finally {
            jdbc.update("delete from ACT_RU_IDENTITYLINK where ID_ like 'tlp-%'");
            jdbc.update("delete from ACT_RU_TASK where ID_ like 'tlp-%'");
        }
    }

    /**
     * With statistics of these tasks, as autovacuum gives a database in use: without them PostgreSQL took "assignee is
     * null" for a rare value and read every unassigned task per link in the bounded read (the comparison 5 → 20 s).
     */
    @BeforeEach
    @Override
    void zaai() {
        super.zaai();
        jdbc.execute("analyze ACT_RU_TASK");
        jdbc.execute("analyze ACT_RU_IDENTITYLINK");
    }

    @Test
    void deIndexenStaanErEnZijnGeldig() {
        for (var index : TaakIndexen.INDEXEN) {
            assertThat(Motorindexen.geldig(jdbc, index.naam())).as(index.naam()).isTrue();
        }
    }

    /** The rows PostgreSQL read from the task and link tables running the query (EXPLAIN ANALYZE). */
    @Override
    long gelezen(Takenlijst.Zoekvraag vraag) {
        Uitlegplan plan = Uitlegplan.van(uitleg(Uitlegplan.EXPLAIN, vraag));
        return plan.gelezen("act_ru_task", null) + plan.gelezen("act_ru_identitylink", null);
    }

    /** The rows PostgreSQL read from ACT_RU_TASK running the query (EXPLAIN ANALYZE). */
    private long takenGelezen(Takenlijst.Zoekvraag vraag) {
        return Uitlegplan.van(uitleg(Uitlegplan.EXPLAIN, vraag)).gelezen("act_ru_task", null);
    }

    /** EXPLAIN of the query as Camunda runs it (LIMIT 100 OFFSET 0, as listPage adds), its parameters bound. */
    private String plan(Takenlijst.Zoekvraag vraag) {
        return String.join("\n", uitleg("explain ", vraag));
    }
}
