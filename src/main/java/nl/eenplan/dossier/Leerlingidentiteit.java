package nl.eenplan.dossier;

import java.time.LocalDate;

/**
 * Who the pupil is and where they go to school: what leerplicht may see of a dossier, nothing more; with whether
 * the pupil has a startkwalificatie (who is leerplichtig, nl.eenplan.leerplicht.Leerplichtigheid).
 */
public record Leerlingidentiteit(String dossierNummer, String naam, LocalDate geboortedatum, String bsn,
                                 String schoolBrin, String schoolNaam, String gemeente, Onderwijssoort onderwijssoort,
                                 String zorgcoordinator, boolean startkwalificatie) {
}
