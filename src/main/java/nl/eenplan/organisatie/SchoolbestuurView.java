package nl.eenplan.organisatie;

/** A school board of this installation: DUO's bestuursnummer and its name. */
public record SchoolbestuurView(String bestuursnummer, String naam) {

    static SchoolbestuurView van(Schoolbestuur b) {
        return new SchoolbestuurView(b.getBestuursnummer(), b.getNaam());
    }
}
