package nl.eenplan.dossier;

/**
 * Data of a pupil left the school on a basis of the basis table: published in the transaction of the flow itself, so
 * the audit log records it (with the basis) only when it happened.
 */
public record GegevensGedeeld(String dossierNummer, Grondslagbesluit besluit, String wat) {
}
