package nl.eenplan.taak;

import java.util.Set;

/**
 * Base of a handler for one user task, as a class of its own named as the model names the task (issue #19):
 * user task {@code melden} of process {@code verzuim} is handled by {@code nl.eenplan.verzuim.proces.Melden}.
 * A subclass is a Spring {@code @Component}, names its input record and implements {@link #verwerk}.
 *
 * @param <T> the input record ({@link Taakafhandeling.GeenInvoer} for a task without input)
 */
public abstract class Gebruikerstaak<T> implements Taakafhandeling<T> {

    private final String proces;
    private final String taak;
    private final Class<T> invoer;

    protected Gebruikerstaak(String proces, String taak, Class<T> invoer) {
        this.proces = proces;
        this.taak = taak;
        this.invoer = invoer;
    }

    @Override
    public final boolean behandelt(String p, String t) {
        return proces.equals(p) && taak.equals(t);
    }

    @Override
    public final Set<String> taken() {
        return Set.of(taak);
    }

    @Override
    public final String proces() {
        return proces;
    }

    /** The task's id in the model. */
    public final String taak() {
        return taak;
    }

    @Override
    public final Class<T> invoer() {
        return invoer;
    }

    @Override
    public String toString() {
        return proces + "." + taak;
    }
}
