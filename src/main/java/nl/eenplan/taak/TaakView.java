package nl.eenplan.taak;

import java.time.Instant;

/**
 * A task as a task list shows it: what, in which process, for which pupil, until when. No care details.
 *
 * @param procesNaam the process's name as its model gives it ("Integraal arrangement")
 */
public record TaakView(String id, String naam, String proces, String procesNaam, String taak, String dossierNummer,
                       Instant vervaldatum, boolean teLaat, String toegewezenAan, Instant aangemaaktOp) {
}
