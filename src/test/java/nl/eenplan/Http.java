package nl.eenplan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A small HTTP client for integration tests: real requests to the running application. */
public class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String basis;
    private String gebruiker;
    private String wachtwoord;
    private final Map<String, String> koppen = new LinkedHashMap<>();

    Http(String basis) {
        this.basis = basis;
    }

    /** Sign in as a demo user (password "demo"). */
    public Http als(String gebruiker) {
        return als(gebruiker, "demo");
    }

    public Http als(String gebruiker, String wachtwoord) {
        this.gebruiker = gebruiker;
        this.wachtwoord = wachtwoord;
        return this;
    }

    /** Sends this header with every request, e.g. the Origin of another site. */
    public Http metKop(String naam, String waarde) {
        koppen.put(naam, waarde);
        return this;
    }

    public Antwoord get(String pad) {
        return stuur(verzoek(pad).GET());
    }

    public Antwoord post(String pad, String json) {
        return stuur(verzoek(pad).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A class upload: the file as text/csv. */
    public Antwoord postCsv(String pad, String csv) {
        return stuur(verzoek(pad).header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    public Antwoord put(String pad, String json) {
        return stuur(verzoek(pad).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** POST with any content type, e.g. text/plain where JSON is expected. */
    public Antwoord post(String pad, String contentType, String inhoud) {
        return stuur(verzoek(pad).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(inhoud)));
    }

    public Antwoord delete(String pad) {
        return stuur(verzoek(pad).DELETE());
    }

    /** POST with a body of unknown length: sent chunked, without Content-Length. */
    public Antwoord postChunked(String pad, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return stuur(verzoek(pad).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
    }

    /** POST of this content type with a body of unknown length: sent chunked, without Content-Length. */
    public Antwoord postChunked(String pad, String contentType, String inhoud) {
        byte[] bytes = inhoud.getBytes(StandardCharsets.UTF_8);
        return stuur(verzoek(pad).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
    }

    /** multipart/form-data with text fields and one file, as Camunda Modeler deploys. */
    public Antwoord postBestand(String pad, String veld, String bestandsnaam, byte[] inhoud, String... tekstvelden) {
        String grens = UUID.randomUUID().toString();
        StringBuilder kop = new StringBuilder();
        for (int i = 0; i < tekstvelden.length; i += 2) {
            kop.append("--").append(grens).append("\r\nContent-Disposition: form-data; name=\"")
                    .append(tekstvelden[i]).append("\"\r\n\r\n").append(tekstvelden[i + 1]).append("\r\n");
        }
        kop.append("--").append(grens).append("\r\nContent-Disposition: form-data; name=\"").append(veld)
                .append("\"; filename=\"").append(bestandsnaam)
                .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        byte[] begin = kop.toString().getBytes(StandardCharsets.UTF_8);
        byte[] eind = ("\r\n--" + grens + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[begin.length + inhoud.length + eind.length];
        System.arraycopy(begin, 0, body, 0, begin.length);
        System.arraycopy(inhoud, 0, body, begin.length, inhoud.length);
        System.arraycopy(eind, 0, body, begin.length + inhoud.length, eind.length);
        return stuur(verzoek(pad).header("Content-Type", "multipart/form-data; boundary=" + grens)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * multipart/form-data with text fields and several files, each a part named after its file: as Camunda Modeler
     * deploys a diagram with its additional files (forms, decision tables).
     */
    public Antwoord postBestanden(String pad, Map<String, byte[]> bestanden, String... tekstvelden) {
        String grens = UUID.randomUUID().toString();
        var body = new java.io.ByteArrayOutputStream();
        StringBuilder velden = new StringBuilder();
        for (int i = 0; i < tekstvelden.length; i += 2) {
            velden.append("--").append(grens).append("\r\nContent-Disposition: form-data; name=\"")
                    .append(tekstvelden[i]).append("\"\r\n\r\n").append(tekstvelden[i + 1]).append("\r\n");
        }
        body.writeBytes(velden.toString().getBytes(StandardCharsets.UTF_8));
        bestanden.forEach((naam, inhoud) -> {
            body.writeBytes(("--" + grens + "\r\nContent-Disposition: form-data; name=\"" + naam + "\"; filename=\""
                    + naam + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(inhoud);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + grens + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return stuur(verzoek(pad).header("Content-Type", "multipart/form-data; boundary=" + grens)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** GET of a file (a PDF, ...): the body as bytes. */
    public Download download(String pad) {
        HttpResponse<byte[]> r = verstuur(verzoek(pad).GET(), HttpResponse.BodyHandlers.ofByteArray());
        return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
    }

    private HttpRequest.Builder verzoek(String pad) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(basis + pad));
        if (gebruiker != null) {
            String token = Base64.getEncoder().encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
            b.header("Authorization", "Basic " + token);
        }
        koppen.forEach(b::header);
        return b;
    }

    private Antwoord stuur(HttpRequest.Builder verzoek) {
        HttpResponse<String> r = verstuur(verzoek, HttpResponse.BodyHandlers.ofString());
        return new Antwoord(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
    }

    private <T> HttpResponse<T> verstuur(HttpRequest.Builder verzoek, HttpResponse.BodyHandler<T> lezer) {
        try {
            return client.send(verzoek.build(), lezer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Status, content type, body and headers of a download. */
    public record Download(int status, String contentType, byte[] inhoud, java.net.http.HttpHeaders headers) {

        public String kop(String naam) {
            return headers.firstValue(naam).orElse("");
        }
    }

    /** Status, content type, body and headers of an answer. */
    public record Antwoord(int status, String contentType, String body, java.net.http.HttpHeaders headers) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Geen JSON: " + body, e);
            }
        }
    }
}
