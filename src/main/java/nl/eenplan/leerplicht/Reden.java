package nl.eenplan.leerplicht;

/**
 * Why a pupil is escalated to leerplicht; the reason codes other processes use. The verzuim reasons carry the names
 * of DUO's report types. THUISZITTER is no reason any more (V25 made those escalations LANGDURIG_VERZUIM; a
 * thuiszitter is a signal in verzuim, not an escalation): {@link #vanCode} still reads it from older models.
 */
public enum Reden {
    VERZUIM("16 uur verzuim"),
    LANGDURIG_VERZUIM("Langdurig relatief verzuim"),
    LUXE_VERZUIM("Luxe verzuim"),
    /** 18 to 23 without a startkwalificatie: RMC's, not leerplicht's (routed to group rmc by the routing slice). */
    RMC_VERZUIM("RMC-verzuim (18-23 jaar)"),
    OVERIG_VERZUIM("Overig verzuim"),
    ZORGPLICHT_OVERSCHREDEN("Zorgplicht overschreden"),
    GEEN_INSCHRIJVING_NA_OVERSTAP("Geen inschrijving na overstap");

    private final String omschrijving;

    Reden(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** The reason a code names; the old THUISZITTER (a model or instance from before V25) is langdurig verzuim. */
    public static Reden vanCode(String code) {
        return "THUISZITTER".equals(code) ? LANGDURIG_VERZUIM : valueOf(code);
    }
}
