package nl.eenplan.verzuim;

/** Who decided on leave or an exemption (Leerplichtwet 1969 art. 13a, 14 and §2). */
public enum Beslisser {
    /** Het hoofd van de school (the head, often the directeur). */
    HOOFD("het hoofd van de school"),
    /** De leerplichtambtenaar, namens burgemeester en wethouders van de woongemeente. */
    LEERPLICHTAMBTENAAR("de leerplichtambtenaar (namens burgemeester en wethouders)");

    private final String omschrijving;

    Beslisser(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
