package nl.eenplan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session with EenPlan's own pages, over plain HTTP: the login form with its CSRF token, then
 * the session cookie with every request. Follows no redirects, so tests see where they lead.
 */
public final class Sessie {

    private static final Pattern CSRF_VELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    /** The token field of another application's form (an identity provider's), its attributes in any order. */
    private static final Pattern CSRF_VELD_ELDERS = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final CookieManager koekjes = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(koekjes).build();
    private final String basis;

    public Sessie(int port) {
        this("http://localhost:" + port);
    }

    /** A session with EenPlan at this address, e.g. {@code http://127.0.0.1:port} (TestIdp: another host than it). */
    public Sessie(String basis) {
        this.basis = basis;
    }

    /** Where a sign-in through an identity provider ended: the last address and its answer. */
    public record Eindpunt(String adres, Http.Antwoord antwoord) {
    }

    /**
     * As a person does with a link to an identity provider ({@code /oauth2/authorization/...}): follows the redirects to
     * the provider's login form, posts it with its CSRF token, and follows the redirects back until an answer that is
     * not a redirect (with a session at both, each on its own host).
     */
    public Eindpunt meldAanViaIdp(String startpad, String gebruiker, String wachtwoord) {
        Eindpunt bij = volg(basis + startpad, get(startpad));
        Matcher token = CSRF_VELD_ELDERS.matcher(bij.antwoord().body());
        if (bij.antwoord().status() != 200 || !token.find()) {
            throw new IllegalStateException("Geen aanmeldformulier van de identity provider: " + bij);
        }
        URI formulier = URI.create(bij.adres());
        String herkomst = formulier.getScheme() + "://" + formulier.getAuthority();
        Http.Antwoord verstuurd = stuur(HttpRequest.newBuilder(formulier)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", herkomst)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + url(gebruiker) + "&password=" + url(wachtwoord)
                        + "&_csrf=" + url(token.group(1)))));
        return volg(bij.adres(), verstuurd);
    }

    /** Follows redirects from this answer to the address it answered, as a browser does. */
    public Eindpunt volg(String adres, Http.Antwoord antwoord) {
        String hier = adres;
        Http.Antwoord nu = antwoord;
        for (int stap = 0; stap < 20 && nu.status() / 100 == 3; stap++) {
            hier = URI.create(hier).resolve(nu.headers().firstValue("Location").orElseThrow()).toString();
            nu = stuur(HttpRequest.newBuilder(URI.create(hier)).GET());
        }
        return new Eindpunt(hier, nu);
    }

    /** The origin of the application, as a browser puts it in the Origin header of its own pages' requests. */
    public String origin() {
        return basis;
    }

    /** As a person does: open the login page, post the form with its token; the answer to the post. */
    public Http.Antwoord meldAan(String gebruiker, String wachtwoord) {
        Http.Antwoord pagina = get("/login");
        Matcher token = CSRF_VELD.matcher(pagina.body());
        if (!token.find()) {
            throw new IllegalStateException("Geen CSRF-veld op de aanmeldpagina: " + pagina.body());
        }
        String formulier = "username=" + url(gebruiker) + "&password=" + url(wachtwoord) + "&_csrf=" + url(token.group(1));
        return stuur(HttpRequest.newBuilder(URI.create(basis + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", basis)
                .POST(HttpRequest.BodyPublishers.ofString(formulier)));
    }

    /** POST of a form (application/x-www-form-urlencoded) in this session, from EenPlan's own page, with extra headers. */
    public Http.Antwoord postFormulier(String pad, String formulier, String... koppen) {
        return stuur(verzoek(pad, koppen).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", basis).POST(HttpRequest.BodyPublishers.ofString(formulier)));
    }

    /**
     * POST of a form with one file (multipart/form-data) in this session, from EenPlan's own page: the file's part with
     * this name and Content-Type, then the text fields (name, value, ...).
     */
    public Http.Antwoord postBestand(String pad, String veld, String bestandsnaam, String contentType, byte[] inhoud,
                                     String... tekstvelden) {
        String grens = java.util.UUID.randomUUID().toString();
        var body = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < tekstvelden.length; i += 2) {
            body.writeBytes(("--" + grens + "\r\nContent-Disposition: form-data; name=\"" + tekstvelden[i]
                    + "\"\r\n\r\n" + tekstvelden[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + grens + "\r\nContent-Disposition: form-data; name=\"" + veld + "\"; filename=\""
                + bestandsnaam + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(inhoud);
        body.writeBytes(("\r\n--" + grens + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return stuur(HttpRequest.newBuilder(URI.create(basis + pad))
                .header("Content-Type", "multipart/form-data; boundary=" + grens).header("Origin", basis)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** GET of a file in this session: the body as bytes, with the headers. */
    public Http.Download download(String pad) {
        try {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(basis + pad)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Http.Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The CSRF token of a form on this page, or an exception when it has none. */
    public static String csrfVeld(Http.Antwoord pagina) {
        Matcher token = CSRF_VELD.matcher(pagina.body());
        if (!token.find()) {
            throw new IllegalStateException("Geen CSRF-veld op de pagina: " + pagina.body());
        }
        return token.group(1);
    }

    /** The session's CSRF token, as a page fetches it. */
    public String csrfToken() {
        Http.Antwoord antwoord = get("/csrf");
        if (antwoord.status() != 200) {
            throw new IllegalStateException("Geen CSRF-token: " + antwoord.status() + " " + antwoord.body());
        }
        return antwoord.json().get("token").asText();
    }

    /** The session cookie's value, or null before there is a session. */
    public String sessieId() {
        return koekjes.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** The value of a cookie this session holds (the last one set of that name), or null. */
    public String koekje(String naam) {
        return koekjes.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(naam))
                .map(HttpCookie::getValue).reduce((eerste, laatste) -> laatste).orElse(null);
    }

    /** GET with extra headers (name, value, name, value, …). */
    public Http.Antwoord get(String pad, String... koppen) {
        return stuur(verzoek(pad, koppen).GET());
    }

    /** POST in this session with extra headers; a null body sends none (a bodyless POST, as a plain HTML form can). */
    public Http.Antwoord post(String pad, String json, String... koppen) {
        HttpRequest.Builder verzoek = verzoek(pad, koppen);
        if (json == null) {
            return stuur(verzoek.POST(HttpRequest.BodyPublishers.noBody()));
        }
        return stuur(verzoek.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder verzoek(String pad, String... koppen) {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(basis + pad));
        for (int i = 0; i < koppen.length; i += 2) {
            verzoek.header(koppen[i], koppen[i + 1]);
        }
        return verzoek;
    }

    private Http.Antwoord stuur(HttpRequest.Builder verzoek) {
        try {
            HttpResponse<String> r = client.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
            return new Http.Antwoord(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String url(String waarde) {
        return URLEncoder.encode(waarde, StandardCharsets.UTF_8);
    }
}
