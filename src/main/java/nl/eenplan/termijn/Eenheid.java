package nl.eenplan.termijn;

import java.util.Arrays;
import java.util.Locale;

/** The units deadlines are counted in. Process owners write them in lower case in termijnen.dmn. */
public enum Eenheid {
    /** Monday to Friday, not on an algemeen erkende feestdag. School holidays do count. */
    WERKDAGEN,
    /** School weeks: weeks of school holiday do not count (per the school's region). */
    LESWEKEN,
    /** Calendar weeks; an end on a weekend or feestdag moves to the next werkdag (Algemene termijnenwet). */
    WEKEN,
    /** Calendar days; an end on a weekend or feestdag moves to the next werkdag (Algemene termijnenwet). */
    DAGEN,
    /** Calendar months; an end on a weekend or feestdag moves to the next werkdag (Algemene termijnenwet). */
    MAANDEN;

    public static Eenheid van(String tekst) {
        try {
            return valueOf(tekst.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Onbekende eenheid '" + tekst + "'; kies uit "
                    + Arrays.stream(values()).map(v -> v.name().toLowerCase(Locale.ROOT)).toList() + ".");
        }
    }
}
