package nl.eenplan.verzuim;

import nl.eenplan.leerplicht.Reden;

/** The kinds of verzuimmelding, as in DUO's verzuimregister, and the escalation reason each becomes. */
public enum Meldingsoort {
    RELATIEF("Relatief verzuim", Reden.VERZUIM),
    LANGDURIG_RELATIEF("Langdurig relatief verzuim", Reden.LANGDURIG_VERZUIM),
    LUXE("Luxe verzuim", Reden.LUXE_VERZUIM),
    THUISZITTER("Thuiszitter", Reden.THUISZITTER);

    private final String omschrijving;
    private final Reden reden;

    Meldingsoort(String omschrijving, Reden reden) {
        this.omschrijving = omschrijving;
        this.reden = reden;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public Reden reden() {
        return reden;
    }
}
