package nl.eenplan.dossier;

/** One line of the dossier list: enough to find the pupil, no care details. */
public record DossierSamenvatting(String nummer, Dossier.Status status, String leerling, String schoolBrin,
                                  String zorgcoordinator) {

    static DossierSamenvatting van(Dossier d) {
        Leerling l = d.getLeerling();
        return new DossierSamenvatting(d.getNummer(), d.getStatus(), l.volledigeNaam(), l.getSchool().getBrin(),
                d.getZorgcoordinator());
    }
}
