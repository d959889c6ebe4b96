package nl.eenplan.verzuim;

/**
 * The kinds of leave (verlof) a school records, each with the article of the Leerplichtwet 1969 it rests on. Art. 11
 * lists the grounds on which the parents (and a pupil of 12 or older) are exempt from regular school attendance; the
 * ones that need a decision or notice at school are here. Illness (art. 11 onder d) is a ziekmelding, not leave.
 * Who may decide, and for how long, is {@link Verlofregels}'.
 */
public enum Verlofsoort {
    /** Art. 11 onder e, art. 13: plichten uit godsdienst of levensovertuiging; the parents tell the head in advance. */
    GODSDIENST("art. 11 onder e en art. 13", "plichten uit godsdienst of levensovertuiging"),
    /** Art. 11 onder f, art. 13a: vakantie buiten de schoolvakanties wegens de specifieke aard van het beroep van een ouder. */
    BEROEP_OUDERS("art. 11 onder f en art. 13a", "vakantie wegens het beroep van een ouder"),
    /** Art. 11 onder g, art. 14: andere gewichtige omstandigheden. */
    GEWICHTIGE_OMSTANDIGHEDEN("art. 11 onder g en art. 14", "gewichtige omstandigheden"),
    /** Art. 11a: the head allows a 5-year-old up to 10 hours a week at home instead of 5. */
    VIJFJARIGE("art. 11a", "vijfjarige: tot 10 uur per week thuis met toestemming van het hoofd");

    private final String artikel;
    private final String omschrijving;

    Verlofsoort(String artikel, String omschrijving) {
        this.artikel = artikel;
        this.omschrijving = omschrijving;
    }

    /** The article(s) of the Leerplichtwet 1969, in Dutch. */
    public String artikel() {
        return artikel;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
