package nl.eenplan.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The engine records a request names or its answer holds: process instances, tasks, business keys. Only ids are
 * taken, from the fields the engine API gives them; variable values are skipped unread, so nothing a person wrote
 * (a report, a reason) is ever picked up. The server finds the dossiers from them ({@link EngineDossiers}).
 */
final class Verwijzingen {

    private static final JsonFactory JSON = new JsonFactory();

    /** Fields (in answers, query bodies and query parameters) that hold process instance ids. */
    static final Set<String> PROCESVELDEN = Set.of("processInstanceId", "processInstanceIds", "processInstanceIdIn",
            "rootProcessInstanceId", "superProcessInstanceId", "superProcessInstance", "subProcessInstance");
    /** Fields that hold a business key: the dossier number itself. */
    static final Set<String> SLEUTELVELDEN = Set.of("businessKey", "processInstanceBusinessKey",
            "processInstanceBusinessKeyIn");
    /** Fields of a query that name tasks. Not taken from answers: their tasks carry their process instance. */
    static final Set<String> TAAKVELDEN = Set.of("taskId", "taskIdIn");

    final Set<String> procesIds = new LinkedHashSet<>();
    final Set<String> sleutels = new LinkedHashSet<>();
    final Set<String> taakIds = new LinkedHashSet<>();

    /** A query parameter (comma-separated for the engine's "...In" lists). */
    void parameter(String naam, String waarde) {
        for (String deel : waarde.split(",")) {
            voegToe(naam, deel.trim(), true);
        }
    }

    /** A JSON request (a query) or answer; anything that is not JSON is left alone. */
    void json(byte[] inhoud, boolean verzoek) {
        if (inhoud.length == 0) {
            return;
        }
        try (JsonParser p = JSON.createParser(inhoud)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && isWaarde(p.currentName())) {
                    p.skipChildren();
                } else if (t == JsonToken.VALUE_STRING) {
                    voegToe(veldVan(p), p.getText(), verzoek);
                }
            }
        } catch (IOException e) {
            // not JSON after all (or cut off): what was read so far stands
        }
    }

    /** A variable's value and its type information: never read. */
    private static boolean isWaarde(String veld) {
        return "value".equals(veld) || "valueInfo".equals(veld);
    }

    /** The field a string belongs to, also when it is an item of an array field ("processInstanceIdIn": [...]). */
    private static String veldVan(JsonParser p) throws IOException {
        JsonStreamContext context = p.getParsingContext();
        return context.inArray() && context.getParent() != null ? context.getParent().getCurrentName() : p.currentName();
    }

    private void voegToe(String veld, String waarde, boolean verzoek) {
        if (veld == null || waarde.isEmpty() || waarde.length() > 64) {
            return;
        }
        if (PROCESVELDEN.contains(veld)) {
            procesIds.add(waarde);
        } else if (SLEUTELVELDEN.contains(veld)) {
            sleutels.add(waarde);
        } else if (verzoek && TAAKVELDEN.contains(veld)) {
            taakIds.add(waarde);
        }
    }

    boolean isLeeg() {
        return procesIds.isEmpty() && sleutels.isEmpty() && taakIds.isEmpty();
    }
}
