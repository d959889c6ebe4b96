package nl.eenplan.meldcode;

/** What the school did at Veilig Thuis on the melden path. */
public enum Meldingsoort {
    /** A report (melding): Veilig Thuis decides on the next steps. */
    MELDING,
    /** Advice asked (adviesvraag), the school keeps the case. */
    ADVIES
}
