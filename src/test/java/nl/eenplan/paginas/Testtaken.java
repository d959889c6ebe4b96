package nl.eenplan.paginas;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.eenplan.security.Groepen;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Open tasks written straight into the engine's tables, hundreds at once (Mijn werk's pages and search are about more
 * than 500): task i of a series is named {@code naam + " " + i}, due on day i after {@code BEGIN}, for the
 * zorgcoördinators of one school, in an instance of its own whose business key the test chooses.
 */
final class Testtaken {

    static final Instant BEGIN = Instant.parse("2026-10-01T08:00:00Z");

    private Testtaken() {
    }

    /** Tasks {@code voorvoegsel + i} for i from 0 to {@code aantal}, the business key of task i {@code nummer(i)}. */
    static void schrijf(JdbcTemplate jdbc, String voorvoegsel, String naam, String school, int aantal,
                        IntFunction<String> nummer) {
        List<Object[]> instanties = new ArrayList<>();
        List<Object[]> taken = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            String id = voorvoegsel + i;
            instanties.add(new Object[] {id, id, nummer.apply(i)});
            taken.add(new Object[] {id, id, id, naam + " " + i, Timestamp.from(BEGIN),
                    Timestamp.from(BEGIN.plusSeconds(86_400L * i)), school});
            links.add(new Object[] {id, Groepen.ZORGCOORDINATOR, id, school});
        }
        jdbc.batchUpdate("insert into ACT_RU_EXECUTION (ID_, REV_, PROC_INST_ID_, BUSINESS_KEY_, IS_ACTIVE_, "
                + "IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_) values (?, 1, ?, ?, true, false, "
                + "true, false, 1)", instanties);
        jdbc.batchUpdate("insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, NAME_, PRIORITY_, "
                + "CREATE_TIME_, DUE_DATE_, SUSPENSION_STATE_, TENANT_ID_) values (?, 1, ?, ?, ?, 50, ?, ?, 1, ?)",
                taken);
        jdbc.batchUpdate("insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_, TENANT_ID_) "
                + "values (?, 1, ?, 'candidate', ?, ?)", links);
    }

    /** Removes the tasks, links and instances whose ids start with one of these. */
    static void ruimOp(JdbcTemplate jdbc, String... voorvoegsels) {
        for (String tabel : List.of("ACT_RU_IDENTITYLINK", "ACT_RU_TASK", "ACT_RU_EXECUTION")) {
            for (String voorvoegsel : voorvoegsels) {
                jdbc.update("delete from " + tabel + " where ID_ like ?", voorvoegsel + "%");
            }
        }
    }

    /** The tasks of a series in a page's rows ({@code >naam i<}), in their order. */
    static List<Integer> inRijen(String naam, String pagina) {
        List<Integer> taken = new ArrayList<>();
        Matcher m = Pattern.compile(">" + naam + " (\\d+)<").matcher(pagina);
        while (m.find()) {
            taken.add(Integer.valueOf(m.group(1)));
        }
        return taken;
    }
}
