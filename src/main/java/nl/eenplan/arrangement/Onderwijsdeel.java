package nl.eenplan.arrangement;

/** What the SWV decides on: an arrangement in regular education, or a TLV for special education. */
public enum Onderwijsdeel {
    ARRANGEMENT,
    /** Toelaatbaarheidsverklaring: needs two independent expert opinions before the decision. */
    TLV
}
