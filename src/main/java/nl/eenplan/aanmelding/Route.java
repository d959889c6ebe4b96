package nl.eenplan.aanmelding;

/** The routes triage chooses from (output "route" of processes/triage.dmn). */
public enum Route {
    BASISONDERSTEUNING("Basisondersteuning door de school"),
    MDO("Multidisciplinair overleg (MDO)"),
    ARRANGEMENT("Integraal onderwijs-zorgarrangement"),
    JEUGDHULP("Directe warme overdracht naar jeugdhulp");

    private final String omschrijving;

    Route(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
