package nl.eenplan.paginas;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One row of Mijn werk: the step, whom it is about (name and school, which the engine does not hold) and its
 * deadline as a Dutch date; {@code leerlingpagina}: whether the pupil's page opens for this task (Werkoverzicht);
 * {@code procesSleutel}: the model's key, by which a process's own section of the pupil page picks its tasks.
 */
record Werkregel(String taakId, String stap, String proces, String dossierNummer, String leerling, String school,
                 LocalDate deadline, boolean teLaat, String toegewezenAan, boolean leerlingpagina, String procesSleutel) {

    /** Whether a pupil's name or dossier number contains what the user typed (any case); an empty search matches. */
    static boolean past(String leerling, String dossierNummer, String zoek) {
        if (zoek == null || zoek.isBlank()) {
            return true;
        }
        String z = zoek.strip().toLowerCase(Locale.ROOT);
        return (leerling != null && leerling.toLowerCase(Locale.ROOT).contains(z))
                || (dossierNummer != null && dossierNummer.toLowerCase(Locale.ROOT).contains(z));
    }
}
