package nl.eenplan.dossier;

/**
 * EenPlan needs the pupil's address and the school has not recorded it (a verzuimmelding is being prepared, or an
 * escalation to leerplicht went to the school's gemeente for lack of it): the school is asked for it (nl.eenplan.woonadres
 * gives its zorgcoördinator a task "Woonadres vastleggen").
 */
public record WoonadresNodig(String dossierNummer) {
}
