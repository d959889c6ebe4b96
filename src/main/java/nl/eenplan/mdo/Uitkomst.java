package nl.eenplan.mdo;

/** What the evaluation MDO decides. */
public enum Uitkomst {
    /** A new cycle: plan the next MDO. */
    DOORGAAN,
    /** The support is done. */
    AFSLUITEN,
    /** On to an integraal arrangement (the referral picks it up). */
    ARRANGEMENT
}
