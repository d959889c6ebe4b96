package nl.eenplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Sessie;
import nl.eenplan.Testdossiers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The doors of docs/security.md, tried over HTTP as a browser, an API client and an attacker would: pages
 * with the login page, a session and CSRF tokens; API clients with HTTP basic up front; never a basic
 * challenge that a browser would remember.
 */
class DeurenIT extends IntegratieTest {

    static final String AANVALLER = "https://aanvaller.example";
    static final String HTML = "text/html,application/xhtml+xml";

    @Autowired
    GebruikerService gebruikers;

    @Test
    void eenPaginaZonderSessieLeidtNaarDeAanmeldpaginaEnDaarnaTerug() {
        Sessie sessie = new Sessie(port);
        Http.Antwoord monitor = sessie.get("/monitor?per=TOTAAL", "Accept", HTML);
        assertThat(monitor.status()).isEqualTo(302);
        assertThat(monitor.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        Http.Antwoord pagina = sessie.get("/login", "Accept", HTML);
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.body()).contains("<html lang=\"nl\"", "<label for=\"username\">Gebruikersnaam</label>",
                "autocomplete=\"username\"", "autocomplete=\"current-password\"");
        assertThat(pagina.headers().firstValue("Cache-Control").orElse("")).contains("no-store");

        Http.Antwoord aangemeld = sessie.meldAan("procesbeheer", "demo");
        assertThat(aangemeld.status()).isEqualTo(302);
        assertThat(aangemeld.headers().firstValue("Location").orElseThrow()).contains("/monitor?per=TOTAAL");

        Http.Antwoord dashboard = sessie.get("/monitor?per=TOTAAL", "Accept", HTML);
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Monitor aansluiting onderwijs en jeugdhulp");
        assertThat(dashboard.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    @Test
    void aanmeldenGeeftEenNieuweSessieEnZegtNietOfDeGebruikerBestaat() {
        String gebruiker = "proef" + UUID.randomUUID().toString().replace("-", "");
        gebruikers.maakAlsNieuw(gebruiker, "Proef", "Gebruiker", "juist-wachtwoord", Groepen.MENTOR);

        Sessie onbekend = new Sessie(port);
        Http.Antwoord geenGebruiker = onbekend.meldAan("bestaatniet" + gebruiker, "fout");
        Sessie fout = new Sessie(port);
        Http.Antwoord foutWachtwoord = fout.meldAan(gebruiker, "fout");
        assertThat(geenGebruiker.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?fout"));
        assertThat(foutWachtwoord.headers().firstValue("Location")).isEqualTo(geenGebruiker.headers().firstValue("Location"));
        assertThat(onbekend.get("/login?fout").body()).contains("De gebruikersnaam of het wachtwoord klopt")
                .contains("lang=\"nl\"");

        Sessie sessie = new Sessie(port);
        sessie.get("/login");
        String voor = sessie.sessieId();
        assertThat(voor).isNotNull();
        // Another user: Camunda makes this one wait after the wrong password.
        assertThat(sessie.meldAan("mentor", "demo").status()).isEqualTo(302);
        assertThat(sessie.sessieId()).as("sessie-id na aanmelden").isNotNull().isNotEqualTo(voor);
    }

    /** The attack that was found: a page of another site makes the browser post with the user's session. */
    @Test
    void eenVerzoekVanEenAndereSiteMetDeSessieVeranderdNiets() {
        Http zc = http().als("zorgcoordinator");
        String nummer = zc.post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
        long toestemming = zc.post("/api/dossiers/" + nummer + "/toestemmingen",
                "{\"scope\": \"JEUGDHULP\", \"gegevenDoor\": \"OUDERS\", \"vorm\": \"GESPREK\", \"gegevenOp\": \"2025-09-01\"}").json().get("id").asLong();
        String intrekken = "/api/dossiers/" + nummer + "/toestemmingen/" + toestemming + "/intrekken";

        Sessie slachtoffer = new Sessie(port);
        assertThat(slachtoffer.meldAan("zorgcoordinator", "demo").status()).isEqualTo(302);
        String token = slachtoffer.csrfToken();

        // A bodyless POST with the session cookie, as a form on another site sends it (old browsers: no Origin).
        Http.Antwoord zonderToken = slachtoffer.post(intrekken, null);
        assertThat(zonderToken.status()).isEqualTo(403);
        assertThat(zonderToken.contentType()).startsWith("application/problem+json");
        assertThat(zonderToken.json().get("detail").asText()).contains("CSRF-token");
        // The same from another site's page in a current browser: its Origin is refused even before the token.
        Http.Antwoord andereSite = slachtoffer.post(intrekken, null, "Origin", AANVALLER);
        assertThat(andereSite.status()).isEqualTo(403);
        assertThat(andereSite.json().get("detail").asText()).contains("andere website");
        assertThat(slachtoffer.post(intrekken, null, "X-CSRF-TOKEN", token, "Origin", AANVALLER).status()).isEqualTo(403);
        assertThat(slachtoffer.post(intrekken, null, "X-CSRF-TOKEN", token, "Referer", AANVALLER + "/pagina").status())
                .isEqualTo(403);
        assertThat(slachtoffer.post(intrekken, null, "X-CSRF-TOKEN", token, "Origin", "null").status()).isEqualTo(403);
        assertThat(zc.get("/api/dossiers/" + nummer + "/toestemmingen").json().at("/toestemmingen/0/ingetrokkenOp").isMissingNode())
                .as("toestemming nog van kracht").isTrue();

        // The page itself, with its token from its own origin: withdrawn.
        assertThat(slachtoffer.post(intrekken, "{\"vorm\": \"PAPIER\"}", "X-CSRF-TOKEN", token, "Origin",
                slachtoffer.origin()).status()).isEqualTo(204);
        assertThat(zc.get("/api/dossiers/" + nummer + "/toestemmingen").json().at("/toestemmingen/0/ingetrokkenOp").isMissingNode())
                .isFalse();
    }

    @Test
    void eenPaginaRoeptDeApiAanMetZijnSessieEnHetCsrfToken() {
        Sessie sessie = new Sessie(port);
        sessie.meldAan("zorgcoordinator", "demo");
        String token = sessie.csrfToken();

        Http.Antwoord nieuw = sessie.post("/api/dossiers", Testdossiers.nieuw(), "X-CSRF-TOKEN", token,
                "Origin", sessie.origin(), "Accept", "application/json");
        assertThat(nieuw.status()).as(nieuw.body()).isEqualTo(201);
        String nummer = nieuw.json().get("nummer").asText();

        Http.Antwoord dossier = sessie.get("/api/dossiers/" + nummer, "Accept", "application/json");
        assertThat(dossier.status()).isEqualTo(200);
        assertThat(dossier.json().at("/leerling/voornaam").asText()).isEqualTo("Sam");
        assertThat(dossier.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(http().als("zorgcoordinator").get("/api/dossiers/" + nummer).headers().firstValue("Cache-Control")
                .orElse("")).contains("no-store");
    }

    @Test
    void naHetAfmeldenIsDeSessieVoorbij() {
        Sessie sessie = new Sessie(port);
        sessie.meldAan("mentor", "demo");
        assertThat(sessie.get("/api/scholen", "Accept", "application/json").status()).isEqualTo(200);
        String token = sessie.csrfToken();

        // Logging out is a POST with the token; another site cannot log the user out either.
        assertThat(sessie.post("/logout", null, "Origin", AANVALLER, "X-CSRF-TOKEN", token).status()).isEqualTo(403);
        assertThat(sessie.get("/logout", "Accept", HTML).body()).contains("<form method=\"post\" action=\"/logout\"");
        Http.Antwoord afgemeld = sessie.post("/logout", null, "X-CSRF-TOKEN", token, "Origin", sessie.origin());
        assertThat(afgemeld.status()).isEqualTo(302);
        assertThat(afgemeld.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?afgemeld"));

        assertThat(sessie.get("/api/scholen", "Accept", "application/json").status()).isEqualTo(401);
    }

    @Test
    void geen401VraagtDeBrowserOmEenWachtwoord() {
        // A user of its own for the wrong password: Camunda makes that user wait before the next login.
        String gebruiker = "proef" + UUID.randomUUID().toString().replace("-", "");
        gebruikers.maakAlsNieuw(gebruiker, "Proef", "Gebruiker", "juist-wachtwoord", Groepen.MENTOR);
        for (Http.Antwoord antwoord : new Http.Antwoord[] {
                http().get("/api/scholen"),
                http().als(gebruiker, "fout").get("/api/scholen"),
                http().post("/api/dossiers", Testdossiers.nieuw()),
                new Sessie(port).get("/api/scholen", "Accept", "application/json"),
                new Sessie(port).get("/csrf"),
                http().get("/engine-rest/task"),
                http().als(gebruiker, "fout").get("/engine-rest/task")}) {
            assertThat(antwoord.status()).isEqualTo(401);
            assertThat(antwoord.headers().firstValue("WWW-Authenticate")).isEmpty();
        }
        Http.Antwoord api = http().get("/api/scholen");
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.json().get("title").asText()).isEqualTo("Niet aangemeld");
    }

    @Test
    void apiClientsSturenBasicVooraanEnKomenBinnen() {
        assertThat(http().als("mentor").get("/api/scholen").status()).isEqualTo(200);
        assertThat(http().als("mentor").get("/engine-rest/task").status()).isEqualTo(200);
        Http.Antwoord nieuw = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw());
        assertThat(nieuw.status()).isEqualTo(201);
        assertThat(nieuw.headers().firstValue("Set-Cookie")).as("geen sessie voor een API-client").isEmpty();

        // A browser that still remembers a password sends it along with another site's post: refused.
        Http.Antwoord vanAndereSite = http().als("zorgcoordinator").metKop("Origin", AANVALLER)
                .post("/api/dossiers", Testdossiers.nieuw());
        assertThat(vanAndereSite.status()).isEqualTo(403);
        assertThat(vanAndereSite.contentType()).startsWith("application/problem+json");
    }

    @Test
    void deWelkomstpaginaVanCamundaIsDicht() {
        Http.Antwoord welkom = http().get("/camunda-welcome/index.html");
        assertThat(welkom.status()).isEqualTo(302);
        assertThat(welkom.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/camunda/app/tasklist/"));
        assertThat(welkom.body()).doesNotContain("demo");
    }
}
