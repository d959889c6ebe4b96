package nl.eenplan.database;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A PostgreSQL plan as {@code EXPLAIN (ANALYZE, FORMAT JSON)} gives it, read by the plan tests (the task list's, the
 * job acquisition's): how many rows a query read from a table, and which kinds of steps it took.
 */
public final class Uitlegplan {

    /** Put before a statement: its plan, run, as one JSON text. */
    public static final String EXPLAIN = "explain (analyze, format json) ";

    private final JsonNode wortel;

    private Uitlegplan(JsonNode wortel) {
        this.wortel = wortel;
    }

    /** The plan from the rows EXPLAIN answered (one JSON text, possibly over several rows). */
    public static Uitlegplan van(List<String> regels) {
        try {
            return new Uitlegplan(new ObjectMapper().readTree(String.join("\n", regels)).get(0).get("Plan"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows read from {@code tabel} (under {@code alias}, or any when null): per step on that table the rows it gave
     * and those its filter or recheck dropped, times its loops.
     */
    public long gelezen(String tabel, String alias) {
        return gelezen(wortel, tabel, alias);
    }

    /**
     * Whether a step whose kind contains {@code soort} ("Sort" also finds "Incremental Sort"; "Seq Scan") is in the
     * plan, on {@code tabel} when not null.
     */
    public boolean heeft(String soort, String tabel) {
        return heeft(wortel, soort, tabel);
    }

    private static long gelezen(JsonNode stap, String tabel, String alias) {
        long rijen = 0;
        if (tabel.equalsIgnoreCase(stap.path("Relation Name").asText())
                && (alias == null || alias.equalsIgnoreCase(stap.path("Alias").asText()))) {
            rijen += (stap.path("Actual Rows").asLong() + stap.path("Rows Removed by Filter").asLong()
                    + stap.path("Rows Removed by Index Recheck").asLong()) * stap.path("Actual Loops").asLong();
        }
        for (JsonNode kind : stap.path("Plans")) {
            rijen += gelezen(kind, tabel, alias);
        }
        return rijen;
    }

    private static boolean heeft(JsonNode stap, String soort, String tabel) {
        if (stap.path("Node Type").asText().contains(soort)
                && (tabel == null || tabel.equalsIgnoreCase(stap.path("Relation Name").asText()))) {
            return true;
        }
        for (JsonNode kind : stap.path("Plans")) {
            if (heeft(kind, soort, tabel)) {
                return true;
            }
        }
        return false;
    }
}
