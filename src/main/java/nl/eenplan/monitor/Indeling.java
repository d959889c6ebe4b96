package nl.eenplan.monitor;

/** How figures are grouped: per school (BRIN), per gemeente, per samenwerkingsverband, or for the whole installation. */
public enum Indeling {
    SCHOOL, GEMEENTE, SWV, TOTAAL
}
