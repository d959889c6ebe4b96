package nl.eenplan.verzuim;

import java.time.LocalDate;

/** The school recorded the pupil's return (an open LRV and the thuiszitter signal end the day before). */
public record LeerlingTerugOpSchool(String dossierNummer, LocalDate op) {
}
