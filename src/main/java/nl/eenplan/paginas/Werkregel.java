package nl.eenplan.paginas;

import java.time.LocalDate;

/**
 * One row of Mijn werk: the step, whom it is about (name and school, which the engine does not hold) and its
 * deadline as a Dutch date; {@code leerlingpagina}: whether the pupil's page opens for this task (Werkoverzicht);
 * {@code procesSleutel}: the model's key, by which a process's own section of the pupil page picks its tasks.
 */
record Werkregel(String taakId, String stap, String proces, String dossierNummer, String leerling, String school,
                 LocalDate deadline, boolean teLaat, String toegewezenAan, boolean leerlingpagina, String procesSleutel) {

    /** Whether the row matches what the user typed in the search box: part of the name or the dossier number. */
    boolean past(String zoek) {
        if (zoek == null || zoek.isBlank()) {
            return true;
        }
        String z = zoek.strip().toLowerCase(java.util.Locale.ROOT);
        return (leerling != null && leerling.toLowerCase(java.util.Locale.ROOT).contains(z))
                || (dossierNummer != null && dossierNummer.toLowerCase(java.util.Locale.ROOT).contains(z));
    }
}
