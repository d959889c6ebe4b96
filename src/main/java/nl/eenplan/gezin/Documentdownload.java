package nl.eenplan.gezin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a family's document is served, to the family and to the school alike: always as a download (attachment) with
 * the type EenPlan found in its bytes, never sniffed again by the browser (nosniff), in a sandbox without scripts,
 * plugins or forms should a browser show it anyway, and not kept in a cache.
 */
final class Documentdownload {

    private Documentdownload() {
    }

    static ResponseEntity<byte[]> van(Gezinsdocumenten.Bestand bestand) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, bijlage(bestand.document().bestandsnaam()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType(bestand.mediatype()))
                .body(bestand.inhoud());
    }

    /**
     * {@code attachment} with the cleaned name (Bestandscontrole: no quotes, slashes or control characters): as ASCII
     * for old browsers (other letters as {@code _}), and exactly in UTF-8 (RFC 6266, RFC 8187).
     */
    static String bijlage(String naam) {
        String ascii = naam.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String utf8 = URLEncoder.encode(naam, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
