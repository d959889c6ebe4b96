package nl.eenplan.leerplicht;

/** The routes of the Methodische Aanpak Schoolverzuim a leerplichtambtenaar chooses from. */
public enum MasRoute {
    VRIJWILLIGE_HULP("vrijwilligeHulp", "Vrijwillige hulp"),
    HALT("halt", "Halt-verwijzing"),
    ZORGMELDING("zorgmelding", "Zorgmelding (civiel)"),
    PROCES_VERBAAL("procesVerbaal", "Proces-verbaal (strafrechtelijk)"),
    TER_KENNISGEVING("terKennisgeving", "Ter kennisgeving aangenomen");

    private final String code;
    private final String omschrijving;

    MasRoute(String code, String omschrijving) {
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

    public static MasRoute vanCode(String code) {
        for (MasRoute r : values()) {
            if (r.code.equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("Onbekende route '" + code + "'.");
    }
}
