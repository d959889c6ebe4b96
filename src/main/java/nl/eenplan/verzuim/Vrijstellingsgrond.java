package nl.eenplan.verzuim;

/**
 * Exemptions from the duty to enrol or to attend (Leerplichtwet 1969 §2 and art. 15). For art. 5 and 5a the parents
 * invoke the exemption by notice to burgemeester en wethouders (art. 6 ff.); art. 15 is granted by burgemeester en
 * wethouders. In both cases the leerplichtambtenaar handles it for the college. While it holds, no day counts as
 * verzuim.
 */
public enum Vrijstellingsgrond {
    ART_5_A("art. 5 onder a", "lichamelijke of psychische gronden"),
    ART_5_B("art. 5 onder b", "overwegende bedenkingen tegen de richting van het onderwijs"),
    ART_5_C("art. 5 onder c", "ingeschreven bij een school buiten Nederland"),
    ART_5A("art. 5a", "ouders met een trekkend bestaan"),
    ART_15("art. 15", "ander onderwijs (kwalificatieplichtige)");

    private final String artikel;
    private final String omschrijving;

    Vrijstellingsgrond(String artikel, String omschrijving) {
        this.artikel = artikel;
        this.omschrijving = omschrijving;
    }

    public String artikel() {
        return artikel;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
