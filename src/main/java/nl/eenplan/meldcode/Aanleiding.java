package nl.eenplan.meldcode;

/** Where a meldcode started: it can start at any moment, not only from the intake. */
public enum Aanleiding {
    /** The intake of a referral showed signs of unsafety (process aanmelding). */
    INTAKE,
    /** Raised in an MDO. */
    MDO,
    /** An absence signal (verzuim). */
    VERZUIM,
    /** Any other signal or note of a professional. */
    SIGNAAL
}
