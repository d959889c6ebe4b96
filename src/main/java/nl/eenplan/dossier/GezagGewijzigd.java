package nl.eenplan.dossier;

/** A guardian was added or their gezag recorded: a task asking to confirm gezag may now be done. */
public record GezagGewijzigd(String dossierNummer) {
}
