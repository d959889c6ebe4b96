package nl.eenplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Webapp;
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

    private int meldAan(String gebruiker, String wachtwoord, String app) throws Exception {
        return new Webapp(port).meldAan(gebruiker, wachtwoord, app);
    }
}
