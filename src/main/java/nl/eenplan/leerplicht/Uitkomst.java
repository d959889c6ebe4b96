package nl.eenplan.leerplicht;

/** How leerplicht closes an escalation it took into treatment. */
public enum Uitkomst {
    WEER_NAAR_SCHOOL("weerNaarSchool", "Leerling gaat weer naar school"),
    HULP_GESTART("hulpGestart", "Hulpverlening gestart"),
    HALT_AFGEROND("haltAfgerond", "Halt-afdoening afgerond"),
    PROCES_VERBAAL("procesVerbaal", "Proces-verbaal ingestuurd naar het OM"),
    VRIJSTELLING("vrijstelling", "Vrijstelling verleend"),
    VERHUISD("verhuisd", "Leerling verhuisd of elders ingeschreven"),
    OVERIG("overig", "Overig, zonder verdere actie");

    private final String code;
    private final String omschrijving;

    Uitkomst(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    /** The value the form in Tasklist submits. */
    public String code() {
        return code;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public static Uitkomst vanCode(String code) {
        for (Uitkomst u : values()) {
            if (u.code.equals(code)) {
                return u;
            }
        }
        throw new IllegalArgumentException("Onbekende uitkomst '" + code + "'.");
    }
}
