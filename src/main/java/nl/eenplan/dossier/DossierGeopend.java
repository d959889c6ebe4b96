package nl.eenplan.dossier;

/**
 * A dossier was opened (through the API, a class upload or the demo), in the transaction that opens it: a capability
 * that starts something for every new dossier listens here (the gezag of guardians entered without it).
 *
 * @param metOuders whether the pupil was entered with parents or carers: without them no guardian's gezag is unknown
 */
public record DossierGeopend(String dossierNummer, boolean metOuders) {
}
