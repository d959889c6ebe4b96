package nl.eenplan.taak;

import java.util.Map;
import java.util.Set;

/**
 * How one kind of user task is completed, whichever screen completes it (EenPlan's API, Tasklist,
 * /engine-rest): the input it takes (a record with Bean Validation, checked before anything happens), what it
 * stores in the dossier, and the routing facts it hands to the process. The engine runs it inside the
 * completion itself (nl.eenplan.engine.VoltooiTaak); invalid input refuses the completion and writes nothing. Each
 * capability registers its own as Spring beans, one per (process, task); a task without input is declared with
 * {@link #zonderInvoer}.
 *
 * @param <T> the input record
 */
public interface Taakafhandeling<T> {

    /** Whether this handles task {@code taak} (task definition key) of process {@code proces}. */
    boolean behandelt(String proces, String taak);

    /** The (process, task) pairs this handles, for the registry's checks and the deployment check. */
    Set<String> taken();

    String proces();

    Class<T> invoer();

    /**
     * Stores what belongs in the dossier and returns the process variables (routing facts only) that complete
     * the task.
     *
     * @param gebruiker the user who completes it; {@code null} when EenPlan itself completes it
     */
    Map<String, Object> verwerk(Taakcontext taak, T invoer, String gebruiker);

    /** What a handler does with a task and its checked input. */
    @FunctionalInterface
    interface Verwerking<T> {
        Map<String, Object> verwerk(Taakcontext taak, T invoer, String gebruiker);
    }

    /** Input of a task that takes none: any field sent is refused. */
    record GeenInvoer() {
    }

    /** A handler for the given tasks of one process. */
    static <T> Taakafhandeling<T> voor(String proces, Set<String> taken, Class<T> soort, Verwerking<T> verwerking) {
        return new Taakafhandeling<>() {
            @Override
            public boolean behandelt(String p, String taak) {
                return proces.equals(p) && taken.contains(taak);
            }

            @Override
            public Set<String> taken() {
                return taken;
            }

            @Override
            public String proces() {
                return proces;
            }

            @Override
            public Class<T> invoer() {
                return soort;
            }

            @Override
            public Map<String, Object> verwerk(Taakcontext taak, T invoer, String gebruiker) {
                return verwerking.verwerk(taak, invoer, gebruiker);
            }

            @Override
            public String toString() {
                return proces + "." + taken;
            }
        };
    }

    /** Tasks that are only confirmed: completing them takes no input and changes nothing in the dossier. */
    static Taakafhandeling<GeenInvoer> zonderInvoer(String proces, Set<String> taken) {
        return voor(proces, taken, GeenInvoer.class, (taak, invoer, wie) -> Map.of());
    }
}
