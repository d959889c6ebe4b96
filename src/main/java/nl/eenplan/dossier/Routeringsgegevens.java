package nl.eenplan.dossier;

/** What a process instance may know of a dossier: its number and the facts that route work. */
public record Routeringsgegevens(String dossierNummer, String schoolBrin, Onderwijssoort onderwijssoort,
                                 String zorgcoordinator) {

    /** The routing facts of the dossier with this number, its pupil and its zorgcoördinator. */
    static Routeringsgegevens van(String dossierNummer, Leerling leerling, String zorgcoordinator) {
        return new Routeringsgegevens(dossierNummer, leerling.getSchool().getBrin(), leerling.getOnderwijssoort(),
                zorgcoordinator);
    }
}
