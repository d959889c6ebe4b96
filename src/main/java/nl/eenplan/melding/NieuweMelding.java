package nl.eenplan.melding;

/**
 * What to send: to a user or a group (one of the two), about what, for which dossier or task. A group
 * notification names the pupil's school: only the group's members who work for that school see it.
 */
public record NieuweMelding(Melding.Soort soort, String gebruiker, String groep, String school, String onderwerp,
                            String tekst, String dossierNummer, String taakId) {

    public static NieuweMelding aanGroep(Melding.Soort soort, String groep, String school, String onderwerp,
                                         String tekst, String dossierNummer, String taakId) {
        return new NieuweMelding(soort, null, groep, school, onderwerp, tekst, dossierNummer, taakId);
    }

    public static NieuweMelding aanGebruiker(Melding.Soort soort, String gebruiker, String onderwerp, String tekst,
                                             String dossierNummer, String taakId) {
        return new NieuweMelding(soort, gebruiker, null, null, onderwerp, tekst, dossierNummer, taakId);
    }
}
