package nl.eenplan.toelating;

import java.time.LocalDate;

/**
 * The admission enrolled the pupil of dossier {@code dossierNummer} at its school on {@code op}: the board admitted the
 * pupil, or enrolled the pupil temporarily when the zorgplicht ended without a decision ({@code tijdelijk}). A dossier of
 * the pupil at the old school may close now (no uitschrijving before enrolment elsewhere); package
 * nl.eenplan.schoolwissel takes the plan along.
 */
public record LeerlingIngeschreven(String dossierNummer, LocalDate op, boolean tijdelijk) {
}
