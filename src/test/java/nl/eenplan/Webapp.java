package nl.eenplan;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A browser session with Camunda's webapps: their login form with its CSRF cookie, then their API. */
public final class Webapp {

    private final CookieManager koekjes = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(koekjes).build();
    private final String basis;
    private String csrf;

    public Webapp(int port) {
        this.basis = "http://localhost:" + port + "/camunda";
    }

    /** As the login page does: fetch the app for its CSRF cookie, then post the login form; the status. */
    public int meldAan(String gebruiker, String wachtwoord, String app) throws IOException, InterruptedException {
        client.send(HttpRequest.newBuilder(URI.create(basis + "/app/" + app + "/default/")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        csrf = koekjes.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElseThrow();
        HttpRequest login = HttpRequest.newBuilder(URI.create(basis + "/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + gebruiker + "&password=" + wachtwoord))
                .build();
        return client.send(login, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** POST of JSON on the webapps' API, e.g. Tasklist's submit-form, in this session: status and body. */
    public Http.Antwoord post(String pad, String json) throws IOException, InterruptedException {
        // The session of the login gets its own token with its first read, as the webapp's own page does.
        client.send(HttpRequest.newBuilder(URI.create(basis + "/api/admin/auth/user/default")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        csrf = koekjes.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).reduce((eerste, laatste) -> laatste).orElse(csrf);
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(basis + pad)).header("X-XSRF-TOKEN", csrf)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        return new Http.Antwoord(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
    }

    /** GET on the webapps' API, e.g. /api/engine/engine/default/task, in this session: the body. */
    public String get(String pad) throws IOException, InterruptedException {
        return lees(pad).body();
    }

    /** GET on the webapps' API in this session: status and body. */
    public Http.Antwoord lees(String pad) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(basis + pad)).header("X-XSRF-TOKEN", csrf)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        return new Http.Antwoord(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
    }
}
