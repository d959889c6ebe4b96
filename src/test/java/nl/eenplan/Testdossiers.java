package nl.eenplan;

import java.util.concurrent.atomic.AtomicInteger;

/** Request bodies shared by the integration tests. */
public final class Testdossiers {

    /** Numbers the pupils of {@link #nieuw()} and {@link #zonderBsn()}; all tests of a JVM share one database. */
    private static final AtomicInteger VOLGNUMMER = new AtomicInteger();

    /**
     * A valid dossier for a po pupil at demo school 99ZZ00, with BSN 111222333: a template. A school has one open
     * dossier per pupil, so a test that opens a dossier uses {@link #nieuw()}, another pupil every time.
     */
    public static final String GELDIG = """
            {"leerling": {"voornaam": "Sam", "achternaam": "Jansen", "geboortedatum": "2014-03-02",
              "bsn": "111222333", "schoolBrin": "99ZZ00", "onderwijssoort": "PO", "leerjaar": 7,
              "ouders": [{"naam": "Anna Jansen", "relatie": "OUDER", "telefoon": "06 1234 5678",
                          "email": "anna@example.nl", "gezag": true}]}}
            """;

    /** A concern about learning, normal urgency: the referral's intake is the first task. */
    public static final String AANMELDING = """
            {"categorieen": ["LEREN"], "urgentie": "NORMAAL",
             "alGeprobeerd": "Extra instructie in de klas en een gesprek met de ouders."}
            """;

    private Testdossiers() {
    }

    /** The dossier's id in its number ("2026-00012": 12), for a test that looks at its rows. */
    public static long id(String nummer) {
        return Long.parseLong(nummer.substring(nummer.indexOf('-') + 1));
    }

    /** {@link #GELDIG} for a pupil of its own: a BSN no other dossier of the test run has. */
    public static String nieuw() {
        return metBsn(nieuwBsn());
    }

    /** A valid BSN no other pupil of the test run has. */
    public static String nieuwBsn() {
        return bsn(500_000 + VOLGNUMMER.incrementAndGet());
    }

    /** {@link #GELDIG} with this BSN. */
    public static String metBsn(String bsn) {
        return GELDIG.replace("111222333", bsn);
    }

    /** {@link #GELDIG} without BSN: then name and birth date make the pupil, so the first name is one of its own. */
    public static String zonderBsn() {
        return GELDIG.replace("\"bsn\": \"111222333\", ", "")
                .replace("\"voornaam\": \"Sam\"", "\"voornaam\": \"Sam" + VOLGNUMMER.incrementAndGet() + "\"");
    }

    /**
     * {@code dossier} with the pupil living in the gemeente with this CBS code (an address in it): reports go to that
     * gemeente's leerplicht (nl.eenplan.leerplicht.Escalatieroute).
     */
    public static String woontIn(String dossier, String gemeentecode) {
        return dossier.replace("\"leerjaar\": 7,", "\"leerjaar\": 7, \"woonadres\": {\"postcode\": \"3511 AB\", "
                + "\"huisnummer\": \"1\", \"woonplaats\": \"Woonplaats\", \"gemeentecode\": \"" + gemeentecode + "\"},");
    }

    /** A new dossier's body with {@code zorgcoordinator} as its owner (by default the one who opens it). */
    public static String vanZorgcoordinator(String dossier, String zorgcoordinator) {
        return dossier.replaceFirst("\\{", "{\"zorgcoordinator\": \"" + zorgcoordinator + "\", ");
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
