package nl.eenplan.security;

import static nl.eenplan.security.MedewerkerOidcIT.nummers;
import static nl.eenplan.security.MedewerkerOidcIT.viaOrganisatie;
import static nl.eenplan.security.WebappAanmeldingIT.TAKEN;
import static nl.eenplan.security.WebappAanmeldingIT.aangemeld;
import static nl.eenplan.security.WebappAanmeldingIT.intake;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Sessie;
import nl.eenplan.Testdossiers;
import nl.eenplan.organisatie.Organisaties;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A school or group taken away in Camunda Admin, or a user removed, counts within a minute in a session that is signed
 * in already ({@link RechtenHerlezen}; {@code camunda.bpm.webapp.auth.cache.time-to-live} in application.yaml): on
 * EenPlan's pages and their /api calls, and in Tasklist in the same session; for an API client at once. Before, the
 * pages kept the rights of the sign-in until the user logged out or stayed away for 30 minutes. The clock is moved, not
 * waited for.
 */
class RechtenHerlezenIT extends IntegratieTest {

    private static final String HTML = MedewerkerOidcIT.HTML;

    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;
    @Autowired
    IdentityService identityService;
    @Autowired
    TaskService taskService;

    @AfterEach
    void opruimen() {
        klok.zetOpStart();
        List.of("herlees1", "herlees2", "oidczorg").forEach(identityService::deleteUser);
    }

    @Test
    void eenAfgenomenSchoolTeltNaEenMinuutOpDePaginasEnInTasklist() {
        gebruikers.maakAlsNieuw("herlees1", "Her", "Lees", "wachtwoord-van-herlees1", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("herlees1", "99ZZ00");
        String nummer = aangemeld(http(), Testdossiers.nieuw());
        String taak = intake(taskService, nummer).getId();
        Sessie sessie = new Sessie(port);
        assertThat(sessie.meldAan("herlees1", "wachtwoord-van-herlees1").status()).isEqualTo(302);
        zetKlokStil();
        assertThat(sessie.get("/api/dossiers/" + nummer).status()).isEqualTo(200);
        assertThat(sessie.get("/camunda/app/tasklist/default/", "Accept", "text/html").status()).isEqualTo(200);
        assertThat(taken(sessie)).contains(taak);

        Http api = http().als("herlees1", "wachtwoord-van-herlees1");
        assertThat(api.get("/api/dossiers/" + nummer).status()).isEqualTo(200);
        assertThat(api.get("/engine-rest/task/" + taak).status()).isEqualTo(200);

        identityService.deleteTenantUserMembership("99ZZ00", "herlees1");
        // An API client (HTTP basic on /api and /engine-rest) signs in with every request: at once.
        assertThat(api.get("/api/dossiers/" + nummer).status()).isEqualTo(404);
        assertThat(api.get("/engine-rest/task/" + taak).status()).isEqualTo(404);
        // Within the minute the session still has the school: the cache the webapps have too.
        verzet(59);
        assertThat(sessie.get("/api/dossiers/" + nummer).status()).isEqualTo(200);

        verzet(1);
        assertThat(sessie.get("/api/dossiers/" + nummer).status()).as("the school taken away").isEqualTo(404);
        assertThat(nummers(sessie.get("/api/dossiers").json())).doesNotContain(nummer);
        // Tasklist re-reads after the same minute, counted from its own first request (Camunda's cache).
        verzet(1);
        assertThat(taken(sessie)).doesNotContain(taak);
        // Still signed in: only the school is gone.
        assertThat(sessie.get("/", "Accept", HTML).status()).isEqualTo(200);
    }

    @Test
    void eenAfgenomenBeheerdersgroepTeltNaEenMinuut() {
        // A zorgcoördinator of no school who is also an administrator sees every school's pupils; a group taken away
        // counts like a school.
        gebruikers.maakAlsNieuw("herlees2", "Her", "Lees", "wachtwoord-van-herlees2", Groepen.ZORGCOORDINATOR,
                Groepen.ADMIN);
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer")
                .asText();
        Sessie sessie = new Sessie(port);
        assertThat(sessie.meldAan("herlees2", "wachtwoord-van-herlees2").status()).isEqualTo(302);
        zetKlokStil();
        assertThat(sessie.get("/api/dossiers/" + nummer).status()).isEqualTo(200);

        identityService.deleteMembership("herlees2", Groepen.ADMIN);
        verzet(60);
        assertThat(sessie.get("/api/dossiers/" + nummer).status()).as("no longer an administrator").isEqualTo(404);
    }

    @Test
    void naAanmeldenViaDeOrganisatieOokEnEenVerwijderdeGebruikerIsAfgemeld() {
        gebruikers.maakAlsNieuw("oidczorg", "Oidc", "Zorg", "wachtwoord-van-oidczorg", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("oidczorg", "99ZZ00");
        String nummer = aangemeld(http(), Testdossiers.nieuw());
        Sessie sessie = new Sessie("http://127.0.0.1:" + port);
        assertThat(viaOrganisatie(sessie, "s.zorg").adres()).isEqualTo("http://127.0.0.1:" + port + "/");
        zetKlokStil();
        assertThat(sessie.get("/api/dossiers/" + nummer).status()).isEqualTo(200);
        assertThat(sessie.get("/camunda/app/tasklist/default/", "Accept", "text/html").status()).isEqualTo(200);

        identityService.deleteTenantUserMembership("99ZZ00", "oidczorg");
        verzet(60);
        assertThat(sessie.get("/api/dossiers/" + nummer).status()).as("the school taken away").isEqualTo(404);
        assertThat(sessie.get("/", "Accept", HTML).status()).as("still signed in").isEqualTo(200);

        String token = sessie.csrfToken();
        identityService.deleteUser("oidczorg");
        verzet(60);
        // The first request after the minute a change, with the page's token: not signed in (the session is gone).
        Http.Antwoord wijziging = sessie.post("/api/dossiers", Testdossiers.nieuw(), "X-CSRF-TOKEN", token, "Origin",
                sessie.origin());
        assertThat(wijziging.status()).as(wijziging.body()).isEqualTo(401);
        Http.Antwoord pagina = sessie.get("/", "Accept", HTML);
        assertThat(pagina.status()).as("a removed user is signed out").isEqualTo(302);
        assertThat(pagina.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(sessie.get("/api/dossiers").status()).isEqualTo(401);
        assertThat(sessie.get(TAKEN).status()).isEqualTo(401);
    }

    /** Freezes the engine's clock (and so EenPlan's) at now, so the test moves it by exact seconds. */
    private void zetKlokStil() {
        ClockUtil.setCurrentTime(new Date(clock.millis()));
    }

    private void verzet(int seconden) {
        ClockUtil.setCurrentTime(new Date(clock.millis() + seconden * 1000L));
    }

    private static List<String> taken(Sessie sessie) {
        Http.Antwoord lijst = sessie.get(TAKEN + "?processDefinitionKey=aanmelding&taskDefinitionKey=intake", "Accept",
                "application/json");
        assertThat(lijst.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        lijst.json().forEach(t -> ids.add(t.get("id").asText()));
        return ids;
    }
}
