package nl.eenplan.dossier;

/**
 * The answer to "may this flow happen now, and on what basis?": {@code mag}, the basis used in words (the articles,
 * and for consent whose consent of which day), or why not.
 */
public record Grondslagbesluit(Gegevensstroom stroom, boolean mag, String grondslag, String reden) {

    static Grondslagbesluit ja(Gegevensstroom stroom, String grondslag) {
        return new Grondslagbesluit(stroom, true, grondslag, null);
    }

    static Grondslagbesluit nee(Gegevensstroom stroom, String reden) {
        return new Grondslagbesluit(stroom, false, null, reden);
    }
}
