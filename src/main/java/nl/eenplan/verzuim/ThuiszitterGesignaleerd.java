package nl.eenplan.verzuim;

import java.time.LocalDate;

/** A new thuiszitter signal: more than 4 lesweken without education since {@code sinds} (the thuiszittersaanpak). */
public record ThuiszitterGesignaleerd(String dossierNummer, LocalDate sinds) {
}
