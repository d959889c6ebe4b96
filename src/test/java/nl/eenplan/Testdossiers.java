package nl.eenplan;

/** Request bodies shared by the integration tests. */
public final class Testdossiers {

    /** A valid new dossier for a po pupil at demo school 99ZZ00. */
    public static final String GELDIG = """
            {"leerling": {"voornaam": "Sam", "achternaam": "Jansen", "geboortedatum": "2014-03-02",
              "bsn": "111222333", "schoolBrin": "99ZZ00", "onderwijssoort": "PO", "leerjaar": 7,
              "ouders": [{"naam": "Anna Jansen", "relatie": "OUDER", "telefoon": "06 1234 5678",
                          "email": "anna@example.nl"}]}}
            """;

    /** A concern about learning, normal urgency: the referral's intake is the first task. */
    public static final String AANMELDING = """
            {"categorieen": ["LEREN"], "urgentie": "NORMAAL",
             "alGeprobeerd": "Extra instructie in de klas en een gesprek met de ouders."}
            """;

    private Testdossiers() {
    }

    /** A valid BSN (elfproef) derived from a number. */
    public static String bsn(int basis) {
        for (int laatste = 0; laatste < 10; laatste++) {
            String kandidaat = String.format("%08d%d", basis, laatste);
            int som = 0;
            for (int i = 0; i < 8; i++) {
                som += (9 - i) * (kandidaat.charAt(i) - '0');
            }
            som -= kandidaat.charAt(8) - '0';
            if (som % 11 == 0) {
                return kandidaat;
            }
        }
        return bsn(basis + 1_000_000);
    }
}
