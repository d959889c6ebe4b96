package nl.eenplan.taak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.eenplan.OpPostgres;
import nl.eenplan.security.Toegang;
import org.junit.jupiter.api.Test;

/**
 * The task list against Camunda's TaskQuery again, on PostgreSQL; and the plan PostgreSQL chooses for it at scale
 * (issue #25): for a school with 20,000 of 60,000 open tasks, and for someone who sees every school, it reads
 * TaakIndexen's index in order and stops at the limit, without sorting the visible tasks.
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
            jdbc.update("insert into ACT_RU_IDENTITYLINK (ID_, REV_, TYPE_, GROUP_ID_, TASK_ID_) select 'tlp-l' || g, 1, "
                    + "'candidate', 'tlp-g' || (g % 10), 'tlp-' || g from generate_series(1, 60000) g where g % 2 = 1");
            jdbc.execute("analyze ACT_RU_TASK");
            jdbc.execute("analyze ACT_RU_IDENTITYLINK");

            Toegang.Zicht school = new Toegang.Zicht(false, Set.of("TLPGROOT"));
            List<String> groepen = List.of("tlp-g1", "tlp-g3");
            String metTermijn = plan(takenlijst.metTermijn("tlp-u4", groepen, school));
            assertThat(metTermijn).contains("act_idx_task_tenant_due").doesNotContain("Sort")
                    // A look-up per task read, not a hash of every link of the groups in all schools.
                    .doesNotContain("hashed SubPlan");
            String zonderTermijn = plan(takenlijst.zonderTermijn("tlp-u4", groepen, school));
            assertThat(zonderTermijn).contains("act_idx_task_tenant_due").doesNotContain("Sort");
            String alles = plan(takenlijst.metTermijn("tlp-u4", groepen, new Toegang.Zicht(true, Set.of())));
            assertThat(alles).contains("act_idx_task_due").doesNotContain("Sort").doesNotContain("hashed SubPlan");
            System.out.println("Plan van de takenlijst van een school met 20.000 taken:\n" + metTermijn);
        } finally {
            jdbc.update("delete from ACT_RU_IDENTITYLINK where ID_ like 'tlp-%'");
            jdbc.update("delete from ACT_RU_TASK where ID_ like 'tlp-%'");
        }
    }

    @Test
    void deIndexenStaanErEnZijnGeldig() {
        for (TaakIndexen.Index index : TaakIndexen.INDEXEN) {
            assertThat(jdbc.queryForObject("select i.indisvalid from pg_index i where i.indexrelid = to_regclass(lower(?))",
                    Boolean.class, index.naam())).as(index.naam()).isTrue();
        }
    }

    /** EXPLAIN of the query as Camunda runs it (LIMIT 100 OFFSET 0, as listPage adds), its parameters bound. */
    private String plan(Takenlijst.Zoekvraag vraag) {
        List<Object> waarden = new ArrayList<>();
        Matcher m = Pattern.compile("#\\{(\\w+)}").matcher(vraag.sql);
        StringBuilder sql = new StringBuilder();
        while (m.find()) {
            waarden.add(vraag.parameters.get(m.group(1)));
            m.appendReplacement(sql, "?");
        }
        m.appendTail(sql);
        return String.join("\n", jdbc.queryForList("explain " + sql + " LIMIT 100 OFFSET 0", String.class,
                waarden.toArray()));
    }
}
