package nl.eenplan.taak;

import java.time.Instant;
import java.util.function.Function;

/**
 * The task a handler completes, as the engine knows it. Everything here comes from records the engine itself
 * wrote: the dossier is the process instance's business key, the school its tenant, and {@link #variabele}
 * reads what the model set (a multi-instance element such as {@code afspraakId}, routing facts). Clients cannot
 * write variables (docs/security.md), so none of this can point at another pupil.
 */
public record Taakcontext(String taakId, String naam, String proces, String taak, String procesInstantieId,
                          String dossierNummer, String school, Instant vervaldatum,
                          Function<String, Object> variabelen) {

    /** A process variable as the task's execution sees it (local first, then its parents). */
    public Object variabele(String naam) {
        return variabelen.apply(naam);
    }
}
