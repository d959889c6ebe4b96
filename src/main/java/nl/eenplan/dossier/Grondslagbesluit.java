package nl.eenplan.dossier;

/**
 * The answer to "may this flow happen now, and on what basis?": {@code mag}, the basis used in words (the articles,
 * and for consent whose consent of which day), or why not.
 */
public record Grondslagbesluit(Gegevensstroom stroom, boolean mag, String grondslag, String reden) {

    static Grondslagbesluit ja(Gegevensstroom stroom, String grondslag) {
        return new Grondslagbesluit(stroom, true, grondslag, null);
    }

    /** As the audit log records the basis used: "SWV: wettelijke taak (…)". Only for a flow that may happen. */
    public String auditregel() {
        return stroom.name() + ": " + grondslag;
    }

    static Grondslagbesluit nee(Gegevensstroom stroom, String reden) {
        return new Grondslagbesluit(stroom, false, null, reden);
    }
}
