package nl.eenplan.dossier;

/** A school as the API shows it. */
public record SchoolView(String brin, String naam, String gemeente, String samenwerkingsverband, Regio regio) {

    static SchoolView van(School s) {
        return new SchoolView(s.getBrin(), s.getNaam(), s.getGemeente(), s.getSamenwerkingsverband(), s.getRegio());
    }
}
