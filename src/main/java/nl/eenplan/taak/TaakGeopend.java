package nl.eenplan.taak;

/**
 * A user task was opened (created) for one pupil: which process and which step. Published in the engine's transaction;
 * listen AFTER_COMMIT (gezin.GezinMailer tells the family that something waits for them). Only these facts: no care
 * details, no one's name, no engine type.
 */
public record TaakGeopend(String dossierNummer, String proces, String taak) {
}
