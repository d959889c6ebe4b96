package nl.eenplan.thuiszitterstafel;

/** The parties at the table; each agreement of the plan belongs to one of them. */
public enum Partij {
    SCHOOL, SWV, LEERPLICHT, GEMEENTE, OUDERS, LEERLING
}
