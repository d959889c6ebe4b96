package nl.eenplan.thuiszitterstafel;

/** Where a signal for the thuiszittersaanpak came from. */
public enum Bron {
    /** The verzuim thuiszitter signal: more than 4 lesweken without education (nl.eenplan.verzuim.Thuiszitter). */
    VERZUIMSIGNAAL("het thuiszitterssignaal uit de verzuimregistratie"),
    /** The school's zorgcoördinator, by hand: a pupil at risk of thuiszitten. */
    SCHOOL("de school"),
    /** The zorgplicht of an admission passed without a place (termijn.WettelijkeTermijnen.ZORGPLICHT). */
    ZORGPLICHT("de zorgplicht verstreek zonder plaats"),
    /**
     * The overstap's check after the start of the school year (1 October): the pupil is not enrolled or not attending
     * at the receiving school (nl.eenplan.overstap).
     */
    EEN_OKTOBER("op 1 oktober niet ingeschreven of niet aanwezig op de nieuwe school"),
    /** Another process of EenPlan. */
    PROCES("een ander proces van EenPlan");

    private final String omschrijving;

    Bron(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
