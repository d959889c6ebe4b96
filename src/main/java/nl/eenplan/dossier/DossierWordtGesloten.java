package nl.eenplan.dossier;

/**
 * A dossier is about to close, in the transaction that closes it, before EenPlan checks that no process runs for it:
 * a capability ends here what only exists while the dossier is open (the task to confirm gezag), so it does not keep
 * the dossier open. Closing still refuses when other processes run, and then this is undone with it.
 */
public record DossierWordtGesloten(String dossierNummer) {
}
