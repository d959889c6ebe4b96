package nl.eenplan.security;

import static nl.eenplan.security.MedewerkerOidcIT.viaOrganisatie;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Sessie;
import nl.eenplan.TestIdp;
import nl.eenplan.Testdossiers;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.audit.AuditRegel;
import nl.eenplan.gezin.Gezinstest;
import nl.eenplan.organisatie.Organisaties;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Single sign-on into Tasklist, Cockpit and Admin (issue #24; docs/security.md, "Signing in to the webapps"): who signed
 * in on EenPlan's pages is signed in there as the same Camunda user, with that user's rights only; the family never;
 * logging out anywhere logs out of both; and with {@code eenplan.aanmelden.lokaal-op-paginas=false} the webapps'
 * password form is no side door around the second factor. Over HTTP as a browser does it, against {@link TestIdp}.
 */
class WebappAanmeldingIT extends IntegratieTest {

    static final String WIE = "/camunda/api/admin/auth/user/default";
    static final String TAKEN = "/camunda/api/engine/engine/default/task";

    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;
    @Autowired
    MedewerkerAanmelding medewerkers;
    @Autowired
    TaskService taskService;
    @Autowired
    AuditLog audit;

    @AfterEach
    void wachtwoordenWeerAan() {
        medewerkers.zetLokaalOpPaginas(true);
    }

    private Sessie sessie() {
        return new Sessie("http://127.0.0.1:" + port);
    }

    @Test
    void naDeOrganisatieMetTweeFactorenOokInTasklistMetAlleenDeEigenRechten() {
        // A zorgcoördinator of 99ZZ00 only; the demo school 99YY00 is not theirs.
        gebruikers.maakAlsNieuw("oidczorg", "Oidc", "Zorg", "wachtwoord-van-oidczorg", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("oidczorg", "99ZZ00");
        String nummer = aangemeld(http(), Testdossiers.nieuw());
        Task eigen = intake(taskService, nummer);
        Task ander = intake(taskService, aangemeld(http(), Testdossiers.nieuw().replace("99ZZ00", "99YY00")));

        Sessie sessie = sessie();
        assertThat(viaOrganisatie(sessie, "s.zorg").adres()).isEqualTo("http://127.0.0.1:" + port + "/");

        // Tasklist opens without its login: the webapp asks who is signed in, and it is this user.
        assertThat(sessie.get("/camunda/app/tasklist/default/", "Accept", "text/html").status()).isEqualTo(200);
        Http.Antwoord wie = sessie.get(WIE, "Accept", "application/json");
        assertThat(wie.status()).isEqualTo(200);
        assertThat(wie.json().get("userId").asText()).isEqualTo("oidczorg");
        assertThat(teksten(wie.json().get("authorizedApps"))).contains("tasklist").doesNotContain("admin", "cockpit");

        // With this user's rights only: the task of another school is not there (Camunda's tenant check).
        Http.Antwoord lijst = sessie.get(TAKEN + "?processDefinitionKey=aanmelding&taskDefinitionKey=intake",
                "Accept", "application/json");
        assertThat(lijst.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        lijst.json().forEach(t -> ids.add(t.get("id").asText()));
        assertThat(ids).contains(eigen.getId()).doesNotContain(ander.getId());
        Http.Antwoord anderFormulier = sessie.get(TAKEN + "/" + ander.getId() + "/form-variables", "Accept",
                "application/json");
        // Refused by Camunda's tenant check (ENGINE-13034), answered as on /engine-rest (taak.EngineRestFouten; all of
        // it in WebappEngineFoutenIT): it does not exist for this user.
        assertThat(anderFormulier.status()).as(anderFormulier.body()).isEqualTo(404);
        assertThat(anderFormulier.body()).doesNotContain("dossierNummer");

        // The audit of the webapps' door names the user.
        String pad = TAKEN + "/" + eigen.getId() + "/form-variables";
        assertThat(sessie.get(pad, "Accept", "application/json").body()).contains("dossierNummer");
        assertThat(audit.voorDossier(nummer)).anySatisfy(r -> {
                    assertThat(r.getWat()).isEqualTo("GET " + pad);
                    assertThat(r.getGebruiker()).isEqualTo("oidczorg");
                    assertThat(r.getHandeling()).isEqualTo(AuditRegel.Handeling.LEZEN);
                });

        // The webapps' logout ends the pages' session too.
        assertThat(webappAfmelden(sessie)).isEqualTo(200);
        assertThat(sessie.get(WIE).status()).isEqualTo(404);
        assertThat(sessie.get(TAKEN).status()).isEqualTo(401);
        assertThat(sessie.get("/api/dossiers").status()).isEqualTo(401);
        assertThat(sessie.get("/", "Accept", MedewerkerOidcIT.HTML).status()).isEqualTo(302);
    }

    @Test
    void naEenWachtwoordOpDePaginasOokInDeWebappsEnDeAfmeldingVanDePaginasSluitBeide() {
        Sessie sessie = new Sessie(port);
        assertThat(sessie.meldAan("procesbeheer", "demo").status()).isEqualTo(302);
        Http.Antwoord wie = sessie.get(WIE, "Accept", "application/json");
        assertThat(wie.json().get("userId").asText()).isEqualTo("procesbeheer");
        assertThat(teksten(wie.json().get("authorizedApps"))).contains("cockpit");
        assertThat(sessie.get("/camunda/api/engine/engine/default/process-definition/count", "Accept",
                "application/json").status()).isEqualTo(200);

        Http.Antwoord afgemeld = sessie.post("/logout", null, "X-CSRF-TOKEN", sessie.csrfToken(), "Origin",
                sessie.origin());
        assertThat(afgemeld.status()).isEqualTo(302);
        assertThat(sessie.get(WIE).status()).isEqualTo(404);
        assertThat(sessie.get("/camunda/api/engine/engine/default/process-definition/count").status()).isEqualTo(401);
    }

    @Test
    void zonderTweedeFactorGeenSessieInDeWebapps() {
        Sessie sessie = sessie();
        assertThat(viaOrganisatie(sessie, "z.zonder").adres()).endsWith("/login?tweedefactor");
        assertThat(sessie.get(WIE).status()).isEqualTo(404);
        assertThat(sessie.get(TAKEN).status()).isEqualTo(401);
    }

    @Test
    void hetGezinKrijgtNooitEenWebappsessie() {
        Sessie ouder = Gezinstest.meldAan(port, "ouder");
        assertThat(ouder.get(WIE).status()).isEqualTo(404);
        assertThat(ouder.get(TAKEN).status()).isEqualTo(401);

        // A professional's webapp login in the same browser does not pass to the family member who signs in after.
        Sessie gedeeld = new Sessie(port);
        assertThat(webappAanmelden(gedeeld, "zorgcoordinator", "tasklist").status()).isEqualTo(200);
        assertThat(gedeeld.get(WIE).status()).isEqualTo(200);
        assertThat(gedeeld.meldAan("ouder", "demo").status()).isEqualTo(302);
        assertThat(gedeeld.get(WIE).status()).isEqualTo(404);
        assertThat(gedeeld.get(TAKEN).status()).isEqualTo(401);
    }

    @Test
    void hetWachtwoordVanDeWebappsVolgtDeSchakelaarVanDePaginas() {
        // On (demo, installations without a provider): the webapps' own login works as before.
        Sessie metWachtwoord = new Sessie(port);
        assertThat(webappAanmelden(metWachtwoord, "zorgcoordinator", "tasklist").status()).isEqualTo(200);
        assertThat(metWachtwoord.get(WIE).status()).isEqualTo(200);
        assertThat(new Sessie(port).get("/camunda/app/tasklist/default/", "Accept", "text/html").status())
                .isEqualTo(200);

        medewerkers.zetLokaalOpPaginas(false);
        // Off: the password is refused, with where to sign in instead, and the login from before is gone.
        Http.Antwoord geweigerd = webappAanmelden(new Sessie(port), "zorgcoordinator", "tasklist");
        assertThat(geweigerd.status()).isEqualTo(403);
        assertThat(geweigerd.contentType()).startsWith("application/problem+json");
        assertThat(geweigerd.json().get("detail").asText()).contains("Log in via uw organisatie", "/login");
        assertThat(geweigerd.json().get("aanmelden").asText()).isEqualTo("/login");
        assertThat(metWachtwoord.get(WIE).status()).isEqualTo(404);
        assertThat(metWachtwoord.get(TAKEN).status()).isEqualTo(401);
        // Basic on /engine-rest stays for service accounts.
        assertThat(http().als("zorgcoordinator").get("/engine-rest/task/count").status()).isEqualTo(200);

        // A webapp opened without a login leads to EenPlan's login page, and after the organisation's sign-in back.
        Sessie sessie = sessie();
        Http.Antwoord tasklist = sessie.get("/camunda/app/tasklist/default/", "Accept", "text/html");
        assertThat(tasklist.status()).isEqualTo(302);
        assertThat(tasklist.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        Sessie.Eindpunt terug = viaOrganisatie(sessie, "j.jeugdhulp");
        assertThat(terug.adres()).contains("/camunda/app/tasklist/default/");
        assertThat(terug.antwoord().status()).isEqualTo(200);
        assertThat(sessie.get(WIE, "Accept", "application/json").json().get("userId").asText())
                .isEqualTo("jeugdhulp");
    }

    /** As Tasklist's login form does: its page for the CSRF cookie, then the form with the demo password; the answer. */
    private static Http.Antwoord webappAanmelden(Sessie sessie, String gebruiker, String app) {
        sessie.get("/camunda/app/" + app + "/default/");
        sessie.get(WIE);
        String token = sessie.koekje("XSRF-TOKEN");
        return sessie.postFormulier("/camunda/api/admin/auth/user/default/login/" + app,
                "username=" + gebruiker + "&password=demo", "X-XSRF-TOKEN", token == null ? "geen" : token);
    }

    private static int webappAfmelden(Sessie sessie) {
        return sessie.post("/camunda/api/admin/auth/user/default/logout", null, "X-XSRF-TOKEN",
                sessie.koekje("XSRF-TOKEN")).status();
    }

    /** A new dossier at the school it names, with an aanmelding: its number. */
    static String aangemeld(Http http, String dossier) {
        Http zc = http.als("zorgcoordinator");
        String nummer = zc.post("/api/dossiers", dossier).json().get("nummer").asText();
        assertThat(zc.post("/api/dossiers/" + nummer + "/aanmeldingen", Testdossiers.AANMELDING).status())
                .isEqualTo(201);
        return nummer;
    }

    static Task intake(TaskService taskService, String nummer) {
        return taskService.createTaskQuery().processInstanceBusinessKey(nummer).taskDefinitionKey("intake")
                .singleResult();
    }

    private static List<String> teksten(JsonNode lijst) {
        List<String> teksten = new ArrayList<>();
        lijst.forEach(t -> teksten.add(t.asText()));
        return teksten;
    }
}
