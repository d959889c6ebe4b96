package nl.eenplan.dossier;

import java.time.Instant;

/**
 * A closed dossier passed its retention and is being removed, in this transaction: every capability
 * removes what it holds for this dossier number (its listener runs before the dossier itself goes).
 */
public record DossierVerwijderd(String nummer, Instant geslotenOp) {
}
