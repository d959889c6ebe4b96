package nl.eenplan.taak;

import java.time.Instant;

/** A task as a task list shows it: what, for which pupil, until when. No care details. */
public record TaakView(String id, String naam, String proces, String taak, String dossierNummer, Instant vervaldatum,
                       boolean teLaat, String toegewezenAan, Instant aangemaaktOp) {
}
