package nl.eenplan.gezin;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The one-time code of an invitation (docs/gezin.md): 12 characters from an alphabet of 32 without 0/O and 1/I, which
 * are easy to mix up on paper, so 60 bits from {@link SecureRandom}. Shown in groups of four
 * ({@code ABCD-EFGH-JKLM}); what a person types back is read without regard to case, spaces and dashes.
 */
final class Uitnodigingscode {

    /** 24 letters without I and O, 8 digits without 0 and 1. */
    static final String ALFABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTE = 12;

    private static final SecureRandom TOEVAL = new SecureRandom();

    private Uitnodigingscode() {
    }

    /** A new code, without dashes. */
    static String nieuw() {
        StringBuilder code = new StringBuilder(LENGTE);
        for (int i = 0; i < LENGTE; i++) {
            code.append(ALFABET.charAt(TOEVAL.nextInt(ALFABET.length())));
        }
        return code.toString();
    }

    /** As a letter or mail shows it: three groups of four. */
    static String leesbaar(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    /**
     * What a person typed, as a code: upper case, without spaces and dashes. Empty when it cannot be a code (wrong
     * length, or a character outside the alphabet, such as O or I).
     */
    static Optional<String> lees(String getypt) {
        if (getypt == null) {
            return Optional.empty();
        }
        String code = getypt.replaceAll("[\\s\\-\u2010-\u2015]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTE || !code.chars().allMatch(c -> ALFABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }
}
