package nl.eenplan.arrangement;

import java.time.Instant;

/**
 * An arrangement was closed (task afsluiten): the closing survey opens for the family for
 * {@code eenplan.arrangement.enquete-weken} weeks ({@link Enqueteservice}). Ids only. Published in the close step's
 * transaction; whoever tells the family (issue #24 slice 7) listens to it.
 */
public record ArrangementAfgesloten(Long arrangementId, String dossierNummer, Instant afgeslotenOp) {
}
