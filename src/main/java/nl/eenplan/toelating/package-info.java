/**
 * Admission (toelating, issue #23): a pupil's written application at a school, decided by the school's board
 * (bevoegd gezag, organisatie.Schoolbesturen), which carries the zorgplicht (WPO art. 40; WEC art. 40; WVO 2020,
 * toelating): within 6 weeks of the written application it admits the pupil, offers a place at another school, or
 * refuses with a reason; once it may extend by 4 weeks, telling the parents in writing; with no decision when the term
 * ends the pupil is enrolled temporarily at the school applied to. Process {@code toelating}
 * (docs/processen/toelating.md), in the tenant of the school applied to: the applicant's dossier there. While the
 * admission has not led to enrolment, a dossier of the same pupil at another (the old) school cannot close
 * ({@link Toelatingen#dossierWordtGesloten}): no uitschrijving before enrolment elsewhere.
 */
package nl.eenplan.toelating;
