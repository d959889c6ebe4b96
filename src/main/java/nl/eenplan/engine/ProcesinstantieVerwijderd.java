package nl.eenplan.engine;

import java.time.Instant;

/**
 * A process instance was deleted before it ended by itself (Cockpit, /engine-rest, or EenPlan): published inside the
 * engine's transaction, so a module can store what that means for its own record at once instead of finding out on
 * read. {@code op} is the engine's end time; {@code reden} the delete reason given, if any.
 * <p>
 * Every deletion is published, also EenPlan's own (a school change deletes the old school's instances after starting
 * their successors). A listener checks the process key and decides per reason whether the deletion is news for its
 * record; a record that was already ended by the deleting code needs no second mark.
 */
public record ProcesinstantieVerwijderd(String procesDefinitieSleutel, String procesInstantieId, Instant op,
                                        String reden) {
}
