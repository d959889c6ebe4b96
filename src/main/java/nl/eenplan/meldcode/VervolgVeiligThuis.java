package nl.eenplan.meldcode;

/** What Veilig Thuis fed back after a report (terugkoppeling). */
public enum VervolgVeiligThuis {
    ONDERZOEK,
    OVERDRACHT_LOKAAL_TEAM,
    VOORWAARDEN_EN_HULP,
    GEEN_VERVOLG
}
