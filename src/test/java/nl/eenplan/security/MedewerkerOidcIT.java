package nl.eenplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Sessie;
import nl.eenplan.TestIdp;
import nl.eenplan.Testdossiers;
import nl.eenplan.organisatie.Organisaties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Professionals sign in through their organisation's identity provider with a second factor (issue #24, slice 4;
 * docs/security.md): the real code flow against {@link TestIdp}, over HTTP as a browser does it. EenPlan is addressed as
 * 127.0.0.1, the provider as localhost (their cookies apart).
 */
class MedewerkerOidcIT extends IntegratieTest {

    static final String HTML = "text/html,application/xhtml+xml";

    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;
    @Autowired
    MedewerkerAanmelding medewerkers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MedewerkerIdentiteiten identiteiten;
    @Autowired
    org.camunda.bpm.engine.IdentityService identityService;

    private Sessie sessie() {
        return new Sessie("http://127.0.0.1:" + port);
    }

    /** Signs in through the organisation's provider as this user of {@link TestIdp}; where it ended. */
    static Sessie.Eindpunt viaOrganisatie(Sessie sessie, String idpGebruiker) {
        return sessie.meldAanViaIdp("/oauth2/authorization/medewerker", idpGebruiker, TestIdp.WACHTWOORD);
    }

    @Test
    void metTweeFactorenOpMijnWerkMetDezelfdeScholenAlsMetEenWachtwoord() {
        // A mentor of 99ZZ00 only; the demo school 99YY00 is not theirs.
        gebruikers.maakAlsNieuw("oidcmentor", "Oidc", "Mentor", "wachtwoord-van-de-mentor", Groepen.MENTOR);
        organisaties.voegToeAanSchool("oidcmentor", "99ZZ00");
        Http zc = http().als("zorgcoordinator");
        String eigen = zc.post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
        String ander = zc.post("/api/dossiers", Testdossiers.nieuw().replace("99ZZ00", "99YY00")).json().get("nummer")
                .asText();

        Sessie sessie = sessie();
        Http.Antwoord verzoek = sessie.get("/oauth2/authorization/medewerker");
        String naarProvider = verzoek.headers().firstValue("Location").orElseThrow();
        assertThat(naarProvider).startsWith(TestIdp.issuer()).contains("code_challenge=", "code_challenge_method=S256",
                "acr_values=https://refeds.org/profile/mfa").doesNotContain("response_mode=form_post");

        Sessie.Eindpunt eind = viaOrganisatie(sessie, "m.mentor");
        assertThat(eind.adres()).isEqualTo("http://127.0.0.1:" + port + "/");
        assertThat(eind.antwoord().status()).isEqualTo(200);
        assertThat(eind.antwoord().body()).contains("<h1 class=\"utrecht-heading-1\">Mijn werk</h1>");

        List<String> metOrganisatie = nummers(sessie.get("/api/dossiers").json());
        List<String> metWachtwoord = nummers(http().als("oidcmentor", "wachtwoord-van-de-mentor").get("/api/dossiers")
                .json());
        assertThat(metOrganisatie).contains(eigen).doesNotContain(ander).isEqualTo(metWachtwoord);
        assertThat(sessie.get("/api/dossiers/" + eigen).status()).isEqualTo(200);
        assertThat(sessie.get("/api/dossiers/" + ander).status()).as("a dossier of another school").isEqualTo(404);

        // Only the hash of the subject is kept, bound to the user.
        String onderwerp = jdbc.queryForObject("select onderwerp from medewerker_identiteit where gebruiker = ?",
                String.class, "oidcmentor");
        assertThat(onderwerp).hasSize(64).doesNotContain("m.mentor");
        assertThat(jdbc.queryForObject("select count(*) from medewerker_identiteit where onderwerp like '%m.mentor%' "
                + "or issuer like '%m.mentor%'", Integer.class)).isZero();

        // Logging out: locally with the form, then a link to log out at the organisation too.
        Http.Antwoord afgemeld = sessie.post("/logout", null, "X-CSRF-TOKEN", sessie.csrfToken(), "Origin",
                sessie.origin());
        assertThat(afgemeld.status()).isEqualTo(302);
        assertThat(afgemeld.headers().firstValue("Location").orElseThrow()).endsWith("/login?afgemeld&organisatie");
        Http.Antwoord pagina = sessie.get("/login?afgemeld&organisatie");
        assertThat(pagina.body()).contains("Je bent afgemeld.", "id=\"afmelden-organisatie\" href=\""
                + TestIdp.issuer() + "/connect/logout?client_id=" + TestIdp.MEDEWERKER_CLIENT + "\"");
        assertThat(sessie.get("/", "Accept", HTML).status()).isEqualTo(302);
    }

    @Test
    void eenTweedeFactorNaarAcrTeltOok() {
        Sessie.Eindpunt eind = viaOrganisatie(sessie(), "j.jeugdhulp");
        assertThat(eind.adres()).endsWith(port + "/");
        assertThat(eind.antwoord().body()).contains("Mijn werk");
    }

    @Test
    void alleenEenWachtwoordBijDeOrganisatieIsGeenToegang() {
        Sessie sessie = sessie();
        Sessie.Eindpunt eind = viaOrganisatie(sessie, "z.zonder");
        assertThat(eind.adres()).endsWith("/login?tweedefactor");
        assertThat(eind.antwoord().status()).isEqualTo(200);
        assertThat(eind.antwoord().body()).contains("lang=\"nl\"", "tweede factor", "Je bent niet aangemeld.");
        assertNietAangemeld(sessie);
        assertThat(jdbc.queryForObject("select count(*) from medewerker_identiteit where gebruiker = 'zorgcoordinator'",
                Integer.class)).as("no binding without a second factor").isZero();
    }

    @Test
    void eenOnbekendeGebruikerKrijgtDeUitlegEnGeenSessie() {
        Sessie sessie = sessie();
        Sessie.Eindpunt eind = viaOrganisatie(sessie, "o.onbekend");
        assertThat(eind.adres()).endsWith("/login?onbekend");
        assertThat(eind.antwoord().body()).contains("Je account bij je organisatie hoort niet");
        assertNietAangemeld(sessie);
        assertThat(gebruikers.bestaat("bestaat-niet-in-eenplan")).as("no account made on the fly").isFalse();
    }

    @Test
    void eenGekoppeldAccountBlijftBijZijnGebruiker() {
        assertThat(viaOrganisatie(sessie(), "g.gemeente").adres()).endsWith(port + "/");
        // Another account of the provider that claims the same EenPlan user.
        Sessie tweede = sessie();
        Sessie.Eindpunt anderAccount = viaOrganisatie(tweede, "g.gemeente.tweede");
        assertThat(anderAccount.adres()).endsWith("/login?anderaccount");
        assertThat(anderAccount.antwoord().body()).contains("gekoppeld aan een ander account");
        assertNietAangemeld(tweede);

        // That person got a new account at the provider: the administrator removes the binding (not a zorgcoördinator),
        // and the new account binds at its next sign-in.
        String gebruiker = TestIdp.GEBRUIKERS.get("g.gemeente").gebruikersnaam();
        assertThat(http().als("zorgcoordinator").delete("/api/medewerkers/" + gebruiker + "/identiteit").status())
                .isEqualTo(403);
        assertThat(http().als("admin").delete("/api/medewerkers/" + gebruiker + "/identiteit").status()).isEqualTo(204);
        Http.Antwoord nogEens = http().als("admin").delete("/api/medewerkers/" + gebruiker + "/identiteit");
        assertThat(nogEens.status()).isEqualTo(404);
        assertThat(nogEens.json().get("detail").asText()).contains("is niet gekoppeld aan een account bij een identity");
        assertThat(viaOrganisatie(sessie(), "g.gemeente.tweede").adres()).endsWith(port + "/");
        // And back, for the tests after this one.
        assertThat(http().als("admin").delete("/api/medewerkers/" + gebruiker + "/identiteit").status()).isEqualTo(204);
        assertThat(viaOrganisatie(sessie(), "g.gemeente").adres()).endsWith(port + "/");

        // The bound account that now claims another EenPlan user.
        assertThat(viaOrganisatie(sessie(), "w.wissel").adres()).endsWith(port + "/");
        TestIdp.Testgebruiker was = TestIdp.GEBRUIKERS.get("w.wissel");
        TestIdp.GEBRUIKERS.put("w.wissel", new TestIdp.Testgebruiker("rmc", was.acr(), was.amr()));
        try {
            Sessie wissel = sessie();
            assertThat(viaOrganisatie(wissel, "w.wissel").adres()).endsWith("/login?anderaccount");
            assertNietAangemeld(wissel);
        } finally {
            TestIdp.GEBRUIKERS.put("w.wissel", was);
        }
        assertThat(viaOrganisatie(sessie(), "w.wissel").adres()).as("the bound pair still passes").endsWith(port + "/");
    }

    @Test
    void zonderWachtwoordOpDePaginasBlijftBasicVoorDeApi() {
        medewerkers.zetLokaalOpPaginas(false);
        try {
            Sessie sessie = sessie();
            Http.Antwoord pagina = sessie.get("/login");
            assertThat(pagina.body()).contains("Aanmelden via je organisatie").doesNotContain("name=\"password\"");
            // A form posted anyway, with a token of the page as it was before the switch, is refused.
            Sessie metFormulier = sessie();
            medewerkers.zetLokaalOpPaginas(true);
            String token = Sessie.csrfVeld(metFormulier.get("/login"));
            medewerkers.zetLokaalOpPaginas(false);
            Http.Antwoord formulier = metFormulier.postFormulier("/login", "username=mentor&password=demo&_csrf=" + token);
            assertThat(formulier.status()).isEqualTo(403);
            assertThat(formulier.body()).contains("Aanmelden met een wachtwoord op de pagina's staat uit");
            assertNietAangemeld(metFormulier);

            assertThat(http().als("mentor").get("/api/dossiers").status()).isEqualTo(200);
            assertThat(viaOrganisatie(sessie(), "j.jeugdhulp").adres()).endsWith(port + "/");
        } finally {
            medewerkers.zetLokaalOpPaginas(true);
        }
    }

    /** A binding lasts no longer than its user: removed in Camunda Admin, its binding goes at night. */
    @Test
    void deKoppelingVanEenVerwijderdeGebruikerGaatSNachtsWeg() {
        gebruikers.maakAlsNieuw("oidcweg", "Oidc", "Weg", "wachtwoord-van-weg", Groepen.MENTOR);
        identiteiten.koppel("oidcweg", TestIdp.issuer(), "onderwerp-van-weg");
        identiteiten.koppel("oidcblijft", TestIdp.issuer(), "onderwerp-van-blijft");
        gebruikers.maakAlsNieuw("oidcblijft", "Oidc", "Blijft", "wachtwoord-van-blijft", Groepen.MENTOR);
        assertThat(identiteiten.ruimOp()).as("both users exist").isZero();

        identityService.deleteUser("oidcweg");
        assertThat(identiteiten.ruimOp()).isEqualTo(1);
        assertThat(jdbc.queryForList("select gebruiker from medewerker_identiteit where gebruiker like 'oidc%'",
                String.class)).doesNotContain("oidcweg").contains("oidcblijft");
    }

    private void assertNietAangemeld(Sessie sessie) {
        assertThat(sessie.get("/", "Accept", HTML).status()).isEqualTo(302);
        assertThat(sessie.get("/api/dossiers").status()).isEqualTo(401);
    }

    static List<String> nummers(JsonNode lijst) {
        List<String> nummers = new ArrayList<>();
        lijst.forEach(d -> nummers.add(d.get("nummer").asText()));
        return nummers;
    }
}
