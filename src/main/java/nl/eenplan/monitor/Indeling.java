package nl.eenplan.monitor;

/** How figures are grouped: per school (BRIN), per gemeente, per samenwerkingsverband, or for the whole installation. */
public enum Indeling {
    SCHOOL("s.brin"), GEMEENTE("s.gemeente"), SWV("s.samenwerkingsverband"), TOTAAL("'totaal'");

    private final String kolom;

    Indeling(String kolom) {
        this.kolom = kolom;
    }

    /** The SQL expression of the group, over school alias {@code s}. */
    String kolom() {
        return kolom;
    }
}
