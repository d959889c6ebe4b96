package nl.eenplan.gezin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Sessie;
import nl.eenplan.TestIdp;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.DossierView;
import nl.eenplan.dossier.NieuwDossier;
import nl.eenplan.dossier.Onderwijssoort;
import nl.eenplan.dossier.Ouder;
import nl.eenplan.security.Groepen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Parents and pupils sign in through the family's identity provider (a DigiD broker; issue #24, slice 3;
 * docs/security.md): the real code flow against {@link TestIdp} (client eenplan-gezin), over HTTP as a browser does
 * it, EenPlan as 127.0.0.1. Unknown: the binding page only; with the school's code and the child's date of birth:
 * bound, and the next sign-in lands on /gezin. A sign-in below eIDAS Substantieel is refused with a Dutch page. The
 * provider's subject is kept nowhere.
 */
class GezinOidcIT extends IntegratieTest {

    private static final String HTML = "text/html,application/xhtml+xml";
    private static final String START = "/oauth2/authorization/gezin";

    @Autowired
    DossierService dossiers;
    @Autowired
    Gezinsregister register;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Aanmeldbewijs aanmeldbewijs;

    private final List<String> dossiersVanDezeTest = new ArrayList<>();

    @AfterEach
    void koppelingenTerug() {
        for (String nummer : dossiersVanDezeTest) {
            register.vanDossier(nummer).stream().filter(k -> k.beeindigdOp() == null)
                    .forEach(k -> register.beeindig(k.id(), "test", "einde test", clock.instant()));
        }
    }

    private Sessie sessie() {
        return new Sessie("http://127.0.0.1:" + port);
    }

    @Test
    void deEersteAanmeldingKoppeltMetDeCodeEnDeTweedeKomtOpGezin() {
        DossierView d = leerling("Olga Oidc");
        String code = http().als("zorgcoordinator").post("/api/dossiers/" + d.nummer() + "/uitnodigingen",
                "{\"ouderId\": " + d.leerling().ouders().get(0).id() + ", \"kanaal\": \"BRIEF\"}").json().get("code")
                .asText();

        Sessie sessie = sessie();
        Http.Antwoord verzoek = sessie.get(START);
        assertThat(verzoek.headers().firstValue("Location").orElseThrow()).startsWith(TestIdp.issuer())
                .contains("client_id=" + TestIdp.GEZIN_CLIENT, "code_challenge=", "code_challenge_method=S256",
                        "acr_values=http://eidas.europa.eu/LoA/high", "LoA/substantial")
                .doesNotContain("response_mode=form_post");
        String voor = sessie.sessieId();
        Sessie.Eindpunt eind = sessie.meldAanViaIdp(START, "d.ouder", TestIdp.WACHTWOORD);
        assertThat(eind.adres()).isEqualTo("http://127.0.0.1:" + port + "/gezin/koppelen");
        assertThat(eind.antwoord().status()).isEqualTo(200);
        assertThat(eind.antwoord().body()).contains("U bent ingelogd, maar EenPlan kent u nog niet",
                "Vraag de school om een uitnodiging").doesNotContain(d.leerling().voornaam(), "De Vlinder", "Olga");
        String ingelogd = sessie.sessieId();
        assertThat(ingelogd).as("a new session id at the sign-in").isNotEqualTo(voor);
        assertThat(register.vanDossier(d.nummer())).isEmpty();

        Http.Antwoord gekoppeld = sessie.postFormulier("/gezin/koppelen", "code=" + code + "&geboortedatum="
                + DateTimeFormatter.ofPattern("dd-MM-yyyy").format(d.leerling().geboortedatum()) + "&_csrf="
                + Sessie.csrfVeld(eind.antwoord()));
        assertThat(gekoppeld.status()).isEqualTo(302);
        assertThat(gekoppeld.headers().firstValue("Location").orElseThrow()).endsWith("/gezin");
        assertThat(sessie.sessieId()).as("a new session id at the binding").isNotEqualTo(ingelogd);
        assertThat(sessie.get("/gezin", "Accept", HTML).body()).contains("Het plan van " + d.leerling().voornaam());
        assertThat(sessie.get("/api/dossiers/" + d.nummer()).status()).as("never a professional").isEqualTo(403);
        // The binding is confirmed once ("U bent gekoppeld", GezinMailer): recorded; not sent, as the dossier has no
        // address of this guardian (and this context no mail server).
        assertThat(jdbc.queryForList("select soort from gezin_bericht where dossier_nummer = ? and verstuurd_op is null",
                String.class, d.nummer())).containsExactly(Gezinsberichten.GEKOPPELD);

        // The provider's subject is kept nowhere: not in the account, the binding, the invitation or the audit log.
        assertThat(tekstkolommenMet("d.ouder")).isEmpty();
        String account = jdbc.queryForObject("select subject_hash from gezinsaccount a join gezinskoppeling k "
                + "on k.account_id = a.id where k.dossier_nummer = ?", String.class, d.nummer());
        assertThat(account).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(jdbc.queryForObject("select issuer_alias from gezinsaccount where subject_hash = ?", String.class,
                account)).isEqualTo("digid");
        // The level the provider stated at this sign-in goes into the proof of what the account does (AVG art. 7 lid 1).
        long accountId = jdbc.queryForObject("select id from gezinsaccount where subject_hash = ?", Long.class, account);
        assertThat(jdbc.queryForObject("select laatste_niveau from gezinsaccount where id = ?", String.class, accountId))
                .isEqualTo(TestIdp.GEZIN_SUBSTANTIEEL);
        assertThat(aanmeldbewijs.van(new nl.eenplan.security.Gezinslid(accountId)))
                .startsWith("inlog via digid, betrouwbaarheidsniveau " + TestIdp.GEZIN_SUBSTANTIEEL + "; aangemeld 20");

        // Logging out: locally, then a link to log out at the provider too.
        Http.Antwoord afgemeld = sessie.post("/logout", null, "X-CSRF-TOKEN", sessie.csrfToken(), "Origin",
                sessie.origin());
        assertThat(afgemeld.headers().firstValue("Location").orElseThrow()).endsWith("/gezin/afgemeld");
        assertThat(sessie.get("/gezin/afgemeld", "Accept", HTML).body()).contains("U bent afgemeld",
                "id=\"afmelden-idp\"", "href=\"" + TestIdp.issuer() + "/connect/logout?client_id=" + TestIdp.GEZIN_CLIENT
                + "\"");
        assertThat(sessie.get("/gezin", "Accept", HTML).status()).isEqualTo(302);

        // The second sign-in: straight to /gezin.
        Sessie weer = sessie();
        Sessie.Eindpunt tweede = weer.meldAanViaIdp(START, "d.ouder", TestIdp.WACHTWOORD);
        assertThat(tweede.adres()).isEqualTo("http://127.0.0.1:" + port + "/gezin");
        assertThat(tweede.antwoord().body()).contains("Het plan van " + d.leerling().voornaam());
        assertThat(tekstkolommenMet("d.ouder")).isEmpty();
    }

    @Test
    void eenOnbekendeZonderCodeZietAlleenDeUitlegEnKrijgt403Elders() {
        DossierView d = leerling("Piet Pogend");
        Sessie sessie = sessie();
        Sessie.Eindpunt eind = sessie.meldAanViaIdp(START, "d.zonder", TestIdp.WACHTWOORD);
        assertThat(eind.adres()).endsWith("/gezin/koppelen");
        assertThat(eind.antwoord().body()).contains("Vraag de school om een uitnodiging", "lang=\"nl\"");
        for (String pad : List.of("/gezin", "/gezin/kind/" + UUID.randomUUID(), "/", "/leerlingen/" + d.nummer(),
                "/api/dossiers", "/api/dossiers/" + d.nummer(), "/api/taken")) {
            assertThat(sessie.get(pad, "Accept", HTML).status()).as(pad).isEqualTo(403);
        }
        assertThat(sessie.get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(sessie.get("/camunda/api/engine/engine/default/task").status()).isEqualTo(401);
        // A wrong code binds nothing and names nothing.
        Http.Antwoord fout = sessie.postFormulier("/gezin/koppelen", "code=ABCD-EFGH-JKLM&geboortedatum="
                + DateTimeFormatter.ofPattern("dd-MM-yyyy").format(d.leerling().geboortedatum()) + "&_csrf="
                + Sessie.csrfVeld(eind.antwoord()));
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body()).contains("Dit lukte niet").doesNotContain(d.leerling().voornaam());
        assertThat(sessie.get("/gezin", "Accept", HTML).status()).isEqualTo(403);
        // The English page for an English browser.
        assertThat(sessie.get("/gezin/koppelen", "Accept", HTML, "Accept-Language", "en").body())
                .contains("EenPlan does not know you yet", "Ask the school for an invitation");
    }

    @Test
    void eenAanmeldingOnderSubstantieelWordtGeweigerdMetEenNederlandsePagina() {
        Integer accounts = jdbc.queryForObject("select count(*) from gezinsaccount", Integer.class);
        Sessie sessie = sessie();
        Sessie.Eindpunt eind = sessie.meldAanViaIdp(START, "d.laag", TestIdp.WACHTWOORD);
        assertThat(eind.adres()).endsWith("/gezin/inloggen?niveau");
        assertThat(eind.antwoord().status()).isEqualTo(200);
        assertThat(eind.antwoord().body()).contains("lang=\"nl\"", "niveau Substantieel", "Inloggen met DigiD");
        assertThat(sessie.get("/gezin/koppelen", "Accept", HTML).status()).as("no session").isEqualTo(302);
        assertThat(sessie.get("/gezin", "Accept", HTML).status()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from gezinsaccount", Integer.class)).isEqualTo(accounts);
    }

    /** Every text column of EenPlan's own tables (not the engine's) with this value in it: table.column. */
    private List<String> tekstkolommenMet(String waarde) {
        List<String> gevonden = new ArrayList<>();
        for (Map<String, Object> kolom : jdbc.queryForList("select table_name, column_name from "
                + "information_schema.columns where lower(table_schema) = 'public' and lower(table_name) not like 'act\\_%' "
                + "and lower(data_type) in ('character varying', 'varchar', 'text', 'character large object', 'clob')")) {
            String tabel = String.valueOf(kolom.get("table_name") != null ? kolom.get("table_name")
                    : kolom.get("TABLE_NAME"));
            String naam = String.valueOf(kolom.get("column_name") != null ? kolom.get("column_name")
                    : kolom.get("COLUMN_NAME"));
            // Quoted: names as the catalogue gives them (Flyway's own table has lower-case names in H2).
            Integer aantal = jdbc.queryForObject("select count(*) from \"" + tabel + "\" where \"" + naam
                    + "\" like ?", Integer.class, "%" + waarde + "%");
            if (aantal != null && aantal > 0) {
                gevonden.add(tabel + "." + naam);
            }
        }
        return gevonden;
    }

    private DossierView leerling(String ouder) {
        var leerling = new NieuwDossier.Leerling("Oidc" + UUID.randomUUID().toString().substring(0, 6), null, "Gezinstest",
                vandaag().minusYears(10).minusMonths(4), null, "99ZZ00", Onderwijssoort.PO, 6,
                List.of(new NieuwDossier.Ouder(ouder, Ouder.Relatie.OUDER, null, null, true, false)));
        DossierView d = dossiers.open(new NieuwDossier(leerling, Groepen.ZORGCOORDINATOR), Groepen.MENTOR);
        dossiersVanDezeTest.add(d.nummer());
        return dossiers.haalOp(d.nummer());
    }
}
