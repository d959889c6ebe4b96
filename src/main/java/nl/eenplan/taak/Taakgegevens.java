package nl.eenplan.taak;

import java.util.Map;

/**
 * What a capability shows with one of its tasks on the task's page, in the form's texts ({@code {{naam}}}): for example
 * the family's AVG request the zorgcoördinator answers. Only for whoever may open the task (TaakService checks that
 * first); implemented by the capability's {@code proces} package, which reads the task's process.
 */
public interface Taakgegevens {

    /** Whether this adds to the tasks of this process. */
    boolean voor(String proces);

    /** The values for the form's texts of this task. */
    Map<String, Object> gegevens(String taakId);
}
