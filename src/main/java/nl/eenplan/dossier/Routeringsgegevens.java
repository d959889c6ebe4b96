package nl.eenplan.dossier;

/** What a process instance may know of a dossier: its number and the facts that route work. */
public record Routeringsgegevens(String dossierNummer, String schoolBrin, Onderwijssoort onderwijssoort,
                                 String zorgcoordinator) {
}
