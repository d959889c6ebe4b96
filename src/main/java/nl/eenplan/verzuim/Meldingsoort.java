package nl.eenplan.verzuim;

import nl.eenplan.leerplicht.Reden;

/**
 * The kinds of verzuimmelding as DUO's verzuimregister has them (duo.nl, "Soorten verzuim"), with DUO's names, and
 * the escalation reason each becomes. "Thuiszitter" is not one of them: it is a signal of its own (Thuiszitter).
 */
public enum Meldingsoort {
    /** 16 uur ongeoorloofd verzuim binnen 4 aaneengesloten lesweken (Leerplichtwet 1969 art. 21a). */
    ZESTIEN_UUR("16 uur verzuim", Reden.VERZUIM),
    /** Langdurig relatief verzuim: more than 4 lesweken away; open until the pupil returns. */
    LANGDURIG_RELATIEF("Langdurig relatief verzuim", Reden.LANGDURIG_VERZUIM),
    /** Luxe verzuim: away for a holiday outside the school holidays without leave (art. 13a). */
    LUXE("Luxe verzuim", Reden.LUXE_VERZUIM),
    /** RMC (18-plus) verzuim: 18 to 23 without a startkwalificatie (WEB art. 8.3.1; no leerplicht). */
    RMC("RMC-verzuim (18-23 jaar)", Reden.RMC_VERZUIM),
    /** Overig verzuim: other worrying absence the school reports by hand. */
    OVERIG("Overig verzuim", Reden.OVERIG_VERZUIM);

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
