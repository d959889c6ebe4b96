package nl.eenplan.verzuim;

/**
 * The absence data of a closed dossier reached the end of its retention (5 years after uitschrijving) and was removed:
 * what other capabilities keep with it (the thuiszittersaanpak's tables) goes too.
 */
public record VerzuimgegevensVerwijderd(String dossierNummer) {
}
