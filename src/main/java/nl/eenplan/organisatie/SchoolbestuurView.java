package nl.eenplan.organisatie;

/** A school board of this installation: DUO's bestuursnummer, its name, openbaar or bijzonder (or not yet known). */
public record SchoolbestuurView(String bestuursnummer, String naam, Schoolbestuur.Denominatie denominatie) {

    static SchoolbestuurView van(Schoolbestuur b) {
        return new SchoolbestuurView(b.getBestuursnummer(), b.getNaam(), b.getDenominatie());
    }
}
