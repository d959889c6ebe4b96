package nl.eenplan.aanmelding;

/** How soon the concern needs action, as the person signalling judges it. */
public enum Urgentie {
    LAAG, NORMAAL, HOOG
}
