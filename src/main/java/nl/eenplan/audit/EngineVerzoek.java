package nl.eenplan.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A request through one of the engine's doors, read from its path alone: {@code /engine-rest}, the engine API that
 * Tasklist and Cockpit use ({@code /camunda/api/engine/engine/{engine}/...}) and the webapps' plugin API
 * ({@code /camunda/api/cockpit/plugin/{plugin}/{engine}/...}). {@link #van} is empty for a request that touches no
 * pupil: models, deployments, users and groups, authorizations, static assets.
 *
 * @param resource     e.g. {@code task}, {@code process-instance}, {@code history/variable-instance}
 * @param rest         the path after the resource, e.g. {@code [<id>, form-variables]}
 * @param taakId       the task named in the path
 * @param procesId     the process instance named in the path
 * @param uitvoeringId the execution named in the path
 * @param noemtRecord  whether the path names one record (a task, an instance, a variable, an incident ...)
 */
record EngineVerzoek(String resource, List<String> rest, String taakId, String procesId, String uitvoeringId,
                     boolean noemtRecord) {

    /** Engine resources without pupils' data (a process definition's start and restart excepted, see below). */
    private static final Set<String> ZONDER_LEERLING = Set.of("deployment", "process-definition", "decision-definition",
            "decision-requirements-definition", "case-definition", "authorization", "user", "group", "tenant",
            "identity", "metrics", "telemetry", "version", "engine", "schema", "job-definition", "filter", "batch",
            "history/process-definition", "history/decision-definition", "history/decision-requirements-definition",
            "history/case-definition", "history/batch", "history/cleanup");
    /** What a process definition does to a pupil: start a process, or restart ended ones. */
    private static final Set<String> STARTEN = Set.of("start", "submit-form", "restart", "restart-async");
    /** A filter's tasks (Tasklist's list); a filter itself is configuration. */
    private static final Set<String> FILTERLIJST = Set.of("list", "singleResult");
    /** POSTs that query, not change: their last segment, or the bare collection (POST /task with a query body). */
    private static final Set<String> VRAGEN = Set.of("count", "list", "singleResult", "called-process-instances");
    /** Collections whose bare POST is an action, not a query. */
    private static final Set<String> ACTIES = Set.of("message", "signal", "condition");

    static Optional<EngineVerzoek> van(String pad, String engineRest, String webapp) {
        List<String> delen;
        if (pad.startsWith(engineRest + "/")) {
            delen = segmenten(pad.substring(engineRest.length()));
            if (delen.size() >= 2 && delen.get(0).equals("engine")) {
                delen = delen.subList(2, delen.size()); // /engine-rest/engine/{engine}/...
            }
        } else if (pad.startsWith(webapp + "/api/engine/engine/")) {
            delen = zonder(1, segmenten(pad.substring((webapp + "/api/engine/engine/").length())));
        } else if (pad.startsWith(webapp + "/api/cockpit/plugin/") || pad.startsWith(webapp + "/api/tasklist/plugin/")) {
            // {plugin}/{engine}/... ; {plugin}/static/... are the plugin's scripts
            List<String> plugin = segmenten(pad.substring(pad.indexOf("/plugin/") + "/plugin".length()));
            if (plugin.size() < 3 || plugin.get(1).equals("static")) {
                return Optional.empty();
            }
            delen = zonder(2, plugin);
        } else {
            return Optional.empty();
        }
        return lees(delen);
    }

    private static Optional<EngineVerzoek> lees(List<String> delen) {
        if (delen.isEmpty()) {
            return Optional.empty();
        }
        String resource = delen.get(0);
        int begin = 1;
        if (resource.equals("history") && delen.size() > 1) {
            resource = "history/" + delen.get(1);
            begin = 2;
        }
        List<String> rest = List.copyOf(delen.subList(begin, delen.size()));
        String laatste = rest.isEmpty() ? "" : rest.get(rest.size() - 1);
        if (resource.equals("process-definition") && STARTEN.contains(laatste)
                || resource.equals("filter") && rest.size() == 2 && FILTERLIJST.contains(laatste)) {
            return Optional.of(new EngineVerzoek(resource, rest, null, null, null, false));
        }
        if (ZONDER_LEERLING.contains(resource)) {
            return Optional.empty();
        }
        String id = !rest.isEmpty() && isId(rest.get(0)) ? rest.get(0) : null;
        return Optional.of(new EngineVerzoek(resource, rest, resource.equals("task") ? id : null,
                resource.equals("process-instance") || resource.equals("history/process-instance") ? id : null,
                resource.equals("execution") ? id : null, id != null));
    }

    /** Reading or changing: a GET reads, and so does a POST that carries a query (Cockpit and Tasklist lists). */
    AuditRegel.Handeling handeling(String methode) {
        if (methode.equals("GET") || methode.equals("HEAD")) {
            return AuditRegel.Handeling.LEZEN;
        }
        boolean vraag = rest.isEmpty() ? !ACTIES.contains(resource) : VRAGEN.contains(rest.get(rest.size() - 1));
        return methode.equals("POST") && vraag ? AuditRegel.Handeling.LEZEN : AuditRegel.Handeling.WIJZIGEN;
    }

    /**
     * An engine id (a UUID, or a number from a database id generator) has a digit; the engine API's own words in
     * the same place (count, create, report, delete, suspended ...) have none.
     */
    private static boolean isId(String segment) {
        return segment.chars().anyMatch(Character::isDigit);
    }

    private static List<String> segmenten(String pad) {
        List<String> delen = new ArrayList<>();
        for (String deel : pad.split("/")) {
            if (!deel.isEmpty()) {
                delen.add(deel);
            }
        }
        return delen;
    }

    private static List<String> zonder(int aantal, List<String> delen) {
        return delen.size() <= aantal ? List.of() : delen.subList(aantal, delen.size());
    }
}
