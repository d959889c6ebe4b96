package nl.eenplan.gezin;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * What a file the family uploads is, from its own bytes (never its name or the Content-Type the browser sent), and
 * whether EenPlan keeps it: a PDF, PNG or JPEG only, and no PDF that can run something when opened (JavaScript, a
 * launch action, an embedded file). Pure; {@code BestandscontroleTest} tests it.
 */
final class Bestandscontrole {

    /** The types EenPlan keeps, with the type it serves and the extension of the cleaned name. */
    enum Soort {
        PDF("application/pdf", "pdf"), PNG("image/png", "png"), JPEG("image/jpeg", "jpg");

        final String mediatype;
        final String extensie;

        Soort(String mediatype, String extensie) {
            this.mediatype = mediatype;
            this.extensie = extensie;
        }
    }

    /** PDF names that make a viewer run code or open another file (ISO 32000-1 §12.6.4.16 JavaScript, §12.6.4.5 Launch, §7.11.4 embedded files). */
    private static final Set<String> ACTIEF = Set.of("JavaScript", "JS", "Launch", "EmbeddedFile", "EmbeddedFiles");
    /** A PDF name: a slash and regular characters; #hh is a hex escape (ISO 32000-1 §7.3.5), so /J#61vaScript counts too. */
    private static final Pattern NAAM = Pattern.compile("/([^\\s/<>\\[\\]()%{}]+)");
    private static final Pattern STROOM = Pattern.compile("stream\\r?\\n");
    /** Decompressed streams are read up to this much in all, so a zip bomb cannot fill the memory. */
    private static final int MAX_UITGEPAKT = 64 * 1024 * 1024;

    private Bestandscontrole() {
    }

    /** The type the first bytes say: %PDF-, the PNG signature, or the JPEG SOI marker; empty for anything else. */
    static Optional<Soort> soort(byte[] inhoud) {
        if (begintMet(inhoud, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(Soort.PDF);
        }
        if (begintMet(inhoud, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of(Soort.PNG);
        }
        if (begintMet(inhoud, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(Soort.JPEG);
        }
        return Optional.empty();
    }

    /**
     * The first active name in the PDF ("JavaScript", "Launch", "EmbeddedFile"), also inside its compressed (Flate)
     * streams, where object streams hide a document's dictionaries; empty when there is none.
     */
    static Optional<String> actieveInhoud(byte[] pdf) {
        String tekst = new String(pdf, StandardCharsets.ISO_8859_1);
        Optional<String> gevonden = actief(tekst);
        if (gevonden.isPresent()) {
            return gevonden;
        }
        int uitgepakt = 0;
        Matcher stroom = STROOM.matcher(tekst);
        int vanaf = 0;
        while (stroom.find(vanaf)) {
            int begin = stroom.end();
            int einde = tekst.indexOf("endstream", begin);
            if (einde < 0) {
                break;
            }
            byte[] inhoud = inflate(pdf, begin, einde - begin, MAX_UITGEPAKT - uitgepakt);
            if (inhoud == null) {
                // Beyond the limit: what cannot be read cannot be checked, so the file is refused.
                return Optional.of("te veel gecomprimeerde inhoud");
            }
            uitgepakt += inhoud.length;
            gevonden = actief(new String(inhoud, StandardCharsets.ISO_8859_1));
            if (gevonden.isPresent()) {
                return gevonden;
            }
            vanaf = einde;
        }
        return Optional.empty();
    }

    /**
     * The name EenPlan stores and serves: the last part of what the browser sent, letters, digits, spaces, dots, dashes
     * and underscores only, at most 100 characters, ending in the extension of the type found ("rapport.exe" that is a
     * PDF becomes "rapport.exe.pdf"); "document" when nothing is left.
     */
    static String schoneNaam(String origineel, Soort soort) {
        String naam = origineel == null ? "" : origineel;
        naam = naam.substring(Math.max(naam.lastIndexOf('/'), naam.lastIndexOf('\\')) + 1);
        naam = Normalizer.normalize(naam, Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{N} ._-]", "_")
                .replaceAll("\\s+", " ").replaceAll("_+", "_").strip();
        naam = naam.replaceAll("^[.]+", "");
        String zonder = naam.toLowerCase(Locale.ROOT).endsWith("." + soort.extensie)
                || soort == Soort.JPEG && naam.toLowerCase(Locale.ROOT).endsWith(".jpeg")
                ? naam.substring(0, naam.lastIndexOf('.')) : naam;
        if (zonder.isBlank()) {
            zonder = "document";
        }
        if (zonder.length() > 100) {
            zonder = zonder.substring(0, 100).strip();
        }
        return zonder + "." + soort.extensie;
    }

    private static Optional<String> actief(String tekst) {
        Matcher m = NAAM.matcher(tekst);
        while (m.find()) {
            String naam = m.group(1);
            if (naam.indexOf('#') >= 0) {
                naam = ontsnap(naam);
            }
            if (ACTIEF.contains(naam)) {
                return Optional.of(naam);
            }
        }
        return Optional.empty();
    }

    /** #hh escapes in a PDF name decoded (a malformed one stays as it is). */
    private static String ontsnap(String naam) {
        StringBuilder uit = new StringBuilder();
        for (int i = 0; i < naam.length(); i++) {
            char c = naam.charAt(i);
            if (c == '#' && i + 2 < naam.length()) {
                try {
                    uit.append((char) Integer.parseInt(naam.substring(i + 1, i + 3), 16));
                    i += 2;
                    continue;
                } catch (NumberFormatException e) {
                    // not an escape
                }
            }
            uit.append(c);
        }
        return uit.toString();
    }

    /** The stream inflated, empty when it is not Flate data, null when it holds more than {@code ruimte} bytes. */
    private static byte[] inflate(byte[] pdf, int begin, int lengte, int ruimte) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(pdf, begin, lengte);
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished() && !inflater.needsInput()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsDictionary() || inflater.needsInput())) {
                    break;
                }
                uit.write(buffer, 0, n);
                if (uit.size() > ruimte) {
                    return null;
                }
            }
            return uit.toByteArray();
        } catch (DataFormatException e) {
            // Not Flate (an image's DCT data, uncompressed text): its bytes were read as they are above.
            return new byte[0];
        } finally {
            inflater.end();
        }
    }

    private static boolean begintMet(byte[] inhoud, byte[] begin) {
        if (inhoud.length < begin.length) {
            return false;
        }
        for (int i = 0; i < begin.length; i++) {
            if (inhoud[i] != begin[i]) {
                return false;
            }
        }
        return true;
    }
}
