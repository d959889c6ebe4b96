package nl.eenplan.dossier;

import java.time.LocalDate;

/**
 * The old school confirmed a school change (nl.eenplan.schoolwissel), in the transaction that carries it out, before
 * the old school's remaining processes end and its dossier closes: each capability moves what goes with the pupil from
 * dossier {@code oud} to the new school's dossier {@code nieuw} (docs/processen/schoolwissel.md, "Wat meegaat").
 * {@code reden} is the reason an old instance ends with ("Leerling overgestapt naar ...").
 */
public record LeerlingGewisseld(Leerlingidentiteit oud, Routeringsgegevens nieuw, LocalDate ingeschrevenOp,
                                String reden) {
}
