package nl.eenplan.overstap;

/** Which transition: primary to secondary education, or secondary to vocational. */
public enum Overstapsoort {
    PO_VO, VO_MBO
}
