package nl.eenplan.taak;

import java.util.List;
import nl.eenplan.database.Motorindexen;
import nl.eenplan.database.Motorindexen.Index;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The indexes {@link Takenlijst} reads in order, so a list stops at its limit instead of sorting every visible task
 * (issue #25): ACT_RU_TASK (TENANT_ID_, DUE_DATE_, CREATE_TIME_, ID_) for a school's users, (DUE_DATE_, CREATE_TIME_,
 * ID_) for those who see every school. ID_ last, as the list's last sort key: the order is total. And the one its
 * link-driven form reads for a user offered few tasks in the schools they see: ACT_RU_IDENTITYLINK (GROUP_ID_,
 * TENANT_ID_, TYPE_, TASK_ID_), the candidate links of a group in those schools only, read from the index alone.
 *
 * <p>Made at every start when missing, on PostgreSQL concurrently ({@link Motorindexen}).
 */
@Component
@ConditionalOnProperty(name = "eenplan.engine.standaardinstellingen", havingValue = "false", matchIfMissing = true)
class TaakIndexen implements ApplicationRunner {

    /** The advisory lock's key on PostgreSQL: any fixed number, EenPlan's own. */
    private static final long SLOT = 250_002L;

    static final List<Index> INDEXEN = List.of(
            new Index("ACT_IDX_TASK_TENANT_DUE", "ACT_RU_TASK", "TENANT_ID_, DUE_DATE_, CREATE_TIME_, ID_"),
            new Index("ACT_IDX_TASK_DUE", "ACT_RU_TASK", "DUE_DATE_, CREATE_TIME_, ID_"),
            new Index("ACT_IDX_IDENT_LNK_GROUP_TENANT", "ACT_RU_IDENTITYLINK", "GROUP_ID_, TENANT_ID_, TYPE_, TASK_ID_"));

    private final JdbcTemplate jdbc;

    TaakIndexen(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        Motorindexen.maak(jdbc, SLOT, "ACT_RU_TASK en ACT_RU_IDENTITYLINK", INDEXEN);
    }
}
