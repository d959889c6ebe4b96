package nl.eenplan.aanmelding;

/** What a concern is about; each is a yes/no input of the triage table, named by {@link #variabele()}. */
public enum Categorie {
    LEREN("leren"),
    GEDRAG("gedrag"),
    SOCIAAL_EMOTIONEEL("sociaalEmotioneel"),
    THUISSITUATIE("thuissituatie"),
    VERZUIM("verzuim"),
    MEDISCH("medisch");

    private final String variabele;

    Categorie(String variabele) {
        this.variabele = variabele;
    }

    /** The process variable (true/false) the triage decision reads. */
    public String variabele() {
        return variabele;
    }
}
