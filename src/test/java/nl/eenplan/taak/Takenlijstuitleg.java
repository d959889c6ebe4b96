package nl.eenplan.taak;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.eenplan.security.Toegang;
import org.springframework.context.ApplicationContext;

/**
 * For the benchmark (issue #25): PostgreSQL's plan, run, of the queries one task list runs, their values bound as
 * production binds them (the limit written into the SQL, where Camunda binds it): {@code EXPLAIN (ANALYZE, BUFFERS)}
 * in text, so the report shows where a request's time in the database goes (which step read how many rows, and how
 * many pages it found in PostgreSQL's buffers or had to read).
 */
public final class Takenlijstuitleg {

    private static final String EXPLAIN = "explain (analyze, buffers) ";

    /** As Camunda's listPage(0, 100) ends the SQL for the list's 100 tasks ({@code GET /api/taken}'s default). */
    static final String LIJST = " LIMIT 100 OFFSET 0";

    private Takenlijstuitleg() {
    }

    /**
     * The plans of the bounded read of the user's links ({@link Takenlijst#koppelvraag}) and of the list query the
     * outcome chooses (the first half only for the ordered scan) for {@code GET /api/taken}'s 100 tasks, each headed
     * by what it is.
     */
    public static List<String> vanDeLijst(ApplicationContext knoop, String gebruiker, Set<String> scholen) {
        Takenlijst takenlijst = knoop.getBean(Takenlijst.class);
        Toegang.Zicht zicht = new Toegang.Zicht(false, scholen);
        Takenlijst.Wie wie = takenlijst.wie(gebruiker, List.of(), zicht);
        List<String> regels = new ArrayList<>();
        regels.add("The bounded read of the links (at most " + Takenlijst.KOPPELGRENS + "):");
        Takenlijst.Zoekvraag koppelingen = takenlijst.koppelvraag(gebruiker, wie.groepen(), zicht,
                Takenlijst.KOPPELGRENS);
        regels.addAll(uitleg(takenlijst, koppelingen, EXPLAIN, ""));
        if (wie.viaKoppelingen()) {
            regels.add("The link-driven list (" + wie.taken().size() + " task ids from the bounded read):");
            regels.addAll(uitleg(takenlijst, takenlijst.vanKoppelingen(wie), EXPLAIN, LIJST));
        } else {
            regels.add("The ordered scan, its first half (tasks with a due date):");
            regels.addAll(uitleg(takenlijst, takenlijst.metTermijn(wie), EXPLAIN, LIJST));
        }
        return regels;
    }

    /**
     * {@code explain} (or another prefix) of the query, {@code einde} after it (a limit, or nothing for a query that has
     * its own), its parameters bound as production binds them; the plan tests use it too.
     */
    static List<String> uitleg(Takenlijst takenlijst, Takenlijst.Zoekvraag vraag, String explain, String einde) {
        Takenlijst.Jdbc query = vraag.alsJdbc();
        return takenlijst.ids(new Takenlijst.Jdbc(explain + query.sql() + einde, query.waarden()));
    }
}
