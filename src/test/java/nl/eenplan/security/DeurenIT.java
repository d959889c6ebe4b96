package nl.eenplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import org.junit.jupiter.api.Test;

/**
 * The doors of docs/security.md, tried over HTTP as a browser, an API client and an attacker would: pages
 * with the login page, a session and CSRF tokens; API clients with HTTP basic up front; never a basic
 * challenge that a browser would remember.
 */
class DeurenIT extends IntegratieTest {

    static final String AANVALLER = "https://aanvaller.example";
    static final String HTML = "text/html,application/xhtml+xml";

    @Test
    void deWelkomstpaginaVanCamundaIsDicht() {
        Http.Antwoord welkom = http().get("/camunda-welcome/index.html");
        assertThat(welkom.status()).isEqualTo(302);
        assertThat(welkom.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/camunda/app/tasklist/"));
        assertThat(welkom.body()).doesNotContain("demo");
    }
}
