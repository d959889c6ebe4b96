package nl.eenplan.arrangement;

/** A decision on the education part (SWV) or the care part (gemeente). */
public enum Besluit {
    TOEGEKEND, AFGEWEZEN
}
