package nl.eenplan.dossier;

/**
 * A school as the API shows it; {@code gemeentecode} (CBS) is empty while its gemeente is known by name only,
 * {@code bestuursnummer} (its board, bevoegd gezag) until the installation names it.
 */
public record SchoolView(String brin, String naam, String gemeente, String gemeentecode, String samenwerkingsverband,
                         Regio regio, String bestuursnummer) {

    public SchoolView(String brin, String naam, String gemeente, String gemeentecode, String samenwerkingsverband,
                      Regio regio) {
        this(brin, naam, gemeente, gemeentecode, samenwerkingsverband, regio, null);
    }

    static SchoolView van(School s) {
        return new SchoolView(s.getBrin(), s.getNaam(), s.getGemeente(), s.getGemeentecode(),
                s.getSamenwerkingsverband(), s.getRegio(), s.getBestuursnummer());
    }
}
