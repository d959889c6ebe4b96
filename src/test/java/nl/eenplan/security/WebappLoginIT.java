package nl.eenplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import nl.eenplan.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The webapps keep their own login, and Camunda's authorizations decide who may open which one:
 * the Admin webapp is no side door for task workers.
 */
class WebappLoginIT extends IntegratieTest {

    @Autowired
    GebruikerService gebruikers;

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "zorgcoordinator, tasklist, 200",
            "zorgcoordinator, cockpit,  403",
            "zorgcoordinator, admin,    403",
            "mentor,          tasklist, 200",
            "mentor,          admin,    403",
            "leerplicht,      tasklist, 200",
            "leerplicht,      cockpit,  403",
            "procesbeheer,    cockpit,  200",
            "procesbeheer,    admin,    403",
            "admin,           admin,    200",
            "demo,            cockpit,  200"})
    void aanmeldenBijEenWebapp(String gebruiker, String app, int status) throws Exception {
        assertThat(meldAan(gebruiker, "demo", app)).isEqualTo(status);
    }

    /** With a user of its own: Camunda delays the next login of a user after a wrong password. */
    @Test
    void eenVerkeerdWachtwoordWordtGeweigerd() throws Exception {
        String gebruiker = "proef" + UUID.randomUUID().toString().replace("-", "");
        gebruikers.maakAlsNieuw(gebruiker, "Proef", "Gebruiker", "juist-wachtwoord", Groepen.ZORGCOORDINATOR);

        assertThat(meldAan(gebruiker, "fout", "tasklist")).isEqualTo(401);
    }

    /** As the login page does: fetch the app for its CSRF cookie, then post the login form. */
    private int meldAan(String gebruiker, String wachtwoord, String app) throws IOException, InterruptedException {
        CookieManager koekjes = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(koekjes).build();
        String basis = "http://localhost:" + port + "/camunda";
        client.send(HttpRequest.newBuilder(URI.create(basis + "/app/" + app + "/default/")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String csrf = koekjes.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElseThrow();
        HttpRequest login = HttpRequest.newBuilder(URI.create(basis + "/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + gebruiker + "&password=" + wachtwoord))
                .build();
        return client.send(login, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
