package nl.eenplan.leerplicht;

/** Why a pupil is escalated to leerplicht; the reason codes other processes use. */
public enum Reden {
    VERZUIM("Relatief verzuim"),
    LANGDURIG_VERZUIM("Langdurig relatief verzuim"),
    LUXE_VERZUIM("Luxe verzuim"),
    THUISZITTER("Thuiszitter"),
    ZORGPLICHT_OVERSCHREDEN("Zorgplicht overschreden"),
    GEEN_INSCHRIJVING_NA_OVERSTAP("Geen inschrijving na overstap");

    private final String omschrijving;

    Reden(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
