package nl.eenplan.dossier;

/**
 * A dossier was opened (through the API, a class upload or the demo), in the transaction that opens it: a capability
 * that starts something for every new dossier listens here (the gezag of guardians entered without it).
 */
public record DossierGeopend(String dossierNummer) {
}
