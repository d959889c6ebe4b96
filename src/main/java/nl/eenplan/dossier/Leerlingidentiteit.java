package nl.eenplan.dossier;

import java.time.LocalDate;

/**
 * Who the pupil is and where they go to school: what leerplicht may see of a dossier, nothing more; with whether
 * the pupil has a startkwalificatie (who is leerplichtig, nl.eenplan.leerplicht.Leerplichtigheid), and the CBS codes of
 * the school's gemeente and of the gemeente the pupil lives in (where a report goes; null when not known). Never the
 * address itself.
 */
public record Leerlingidentiteit(String dossierNummer, String naam, LocalDate geboortedatum, String bsn,
                                 String schoolBrin, String schoolNaam, String gemeente, Onderwijssoort onderwijssoort,
                                 String zorgcoordinator, boolean startkwalificatie, String schoolGemeentecode,
                                 String woongemeentecode) {

    /** The same pupil as if the home gemeente were not known: routing that falls back to the school's gemeente. */
    public Leerlingidentiteit zonderWoongemeente() {
        return new Leerlingidentiteit(dossierNummer, naam, geboortedatum, bsn, schoolBrin, schoolNaam, gemeente,
                onderwijssoort, zorgcoordinator, startkwalificatie, schoolGemeentecode, null);
    }
}
