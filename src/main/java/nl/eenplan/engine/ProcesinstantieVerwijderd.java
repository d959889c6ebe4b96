package nl.eenplan.engine;

import java.time.Instant;

/**
 * A process instance was deleted before it ended by itself (Cockpit, /engine-rest, or EenPlan): published inside the
 * engine's transaction, so a module can store what that means for its own record at once instead of finding out on
 * read. {@code op} is the engine's end time; {@code reden} the delete reason given, if any.
 */
public record ProcesinstantieVerwijderd(String procesDefinitieSleutel, String procesInstantieId, Instant op,
                                        String reden) {
}
