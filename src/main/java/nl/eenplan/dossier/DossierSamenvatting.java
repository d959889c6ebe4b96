package nl.eenplan.dossier;

import java.time.Instant;

/** One line of the dossier list: enough to find the pupil, no care details. */
public record DossierSamenvatting(String nummer, Dossier.Status status, String leerling, String schoolBrin,
                                  String zorgcoordinator) {

    /** A line straight from a search's query (Dossierlijst): no entity loaded per pupil. */
    DossierSamenvatting(Long id, Instant aangemaaktOp, Dossier.Status status, String voornaam, String tussenvoegsel,
                        String achternaam, String schoolBrin, String zorgcoordinator) {
        this(Dossier.nummer(id, aangemaaktOp), status, Leerling.volledigeNaam(voornaam, tussenvoegsel, achternaam),
                schoolBrin, zorgcoordinator);
    }

    static DossierSamenvatting van(Dossier d) {
        Leerling l = d.getLeerling();
        return new DossierSamenvatting(d.getNummer(), d.getStatus(), l.volledigeNaam(), l.getSchool().getBrin(),
                d.getZorgcoordinator());
    }
}
