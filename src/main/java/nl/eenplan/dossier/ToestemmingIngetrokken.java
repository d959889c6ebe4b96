package nl.eenplan.dossier;

/**
 * Published (synchronously, in the same transaction) when consent for a scope stops being in force:
 * running routes that need it stop sharing at once.
 */
public record ToestemmingIngetrokken(String dossierNummer, Toestemming.Scope scope) {
}
