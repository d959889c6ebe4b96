package nl.eenplan.taak;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;

/**
 * How {@code POST /api/taken/{id}/voltooien} completes one kind of task: the input it takes (a record
 * with Bean Validation, checked before anything happens), what it stores in the dossier, and the
 * routing facts it hands to the process. Each capability registers its own as a Spring bean.
 *
 * @param <T> the input record
 */
public interface Taakafhandeling<T> {

    /** Whether this handles task {@code taak} (task definition key) of process {@code proces}. */
    boolean behandelt(String proces, String taak);

    Class<T> invoer();

    /**
     * Stores what belongs in the dossier and returns the process variables that complete the task.
     *
     * @param gebruiker the signed-in user who completes it
     */
    Map<String, Object> verwerk(Task taak, T invoer, String gebruiker);

    /** What a handler does with a task and its checked input. */
    @FunctionalInterface
    interface Verwerking<T> {
        Map<String, Object> verwerk(Task taak, T invoer, String gebruiker);
    }

    /** A handler for the given tasks of one process. */
    static <T> Taakafhandeling<T> voor(String proces, Set<String> taken, Class<T> soort, Verwerking<T> verwerking) {
        return new Taakafhandeling<>() {
            @Override
            public boolean behandelt(String p, String taak) {
                return proces.equals(p) && taken.contains(taak);
            }

            @Override
            public Class<T> invoer() {
                return soort;
            }

            @Override
            public Map<String, Object> verwerk(Task taak, T invoer, String gebruiker) {
                return verwerking.verwerk(taak, invoer, gebruiker);
            }
        };
    }
}
