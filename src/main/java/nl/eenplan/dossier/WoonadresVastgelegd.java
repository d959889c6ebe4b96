package nl.eenplan.dossier;

/** The school recorded where the pupil lives: a task asking for the address ends. */
public record WoonadresVastgelegd(String dossierNummer) {
}
