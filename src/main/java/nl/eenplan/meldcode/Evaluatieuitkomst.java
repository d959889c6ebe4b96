package nl.eenplan.meldcode;

/** Task "Hulp evalueren": what follows when the agreed help was evaluated. */
public enum Evaluatieuitkomst {
    /** The help works: the meldcode is closed. */
    AFSLUITEN,
    /** The help works but needs another period: a new evaluation date. */
    DOORGAAN,
    /** The help does not work or the unsafety continues: report to Veilig Thuis after all. */
    MELDEN
}
