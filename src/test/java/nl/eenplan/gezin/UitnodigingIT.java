package nl.eenplan.gezin;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Sessie;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.DossierView;
import nl.eenplan.dossier.NieuwDossier;
import nl.eenplan.dossier.Onderwijssoort;
import nl.eenplan.dossier.Ouder;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The school invites a guardian or the pupil with a one-time code, and the family binds with it (issue #24, slice 3;
 * docs/gezin.md): through the API and the school's page as the zorgcoördinator, and on /gezin/koppelen as the demo
 * parent {@code ouder} (the family's form login; the DigiD flow itself is GezinOidcIT's). Bindings made here are
 * ended afterwards, so the demo family is as it was.
 */
class UitnodigingIT extends IntegratieTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String HTML = "text/html,application/xhtml+xml";
    /** "u" or "uw" as a word, the way a parent is spoken to (as BerichtenbestandenTest). */
    private static final java.util.regex.Pattern U =
            java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}-])[Uu]w?(?![\\p{L}\\p{N}-])");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired
    DossierService dossiers;
    @Autowired
    Gezinsregister register;
    @Autowired
    Subjecthash hash;
    @Autowired
    Uitnodigingen uitnodigingen;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Gezinsberichten berichten;
    @Autowired
    UitnodigingController api;
    @Autowired
    Wachtlijst wachtlijst;
    @Autowired
    MessageSource teksten;
    @Autowired
    PlatformTransactionManager transacties;

    private final List<String> dossiersVanDezeTest = new ArrayList<>();

    @AfterEach
    void terug() {
        klok.zetOpStart();
        for (String nummer : dossiersVanDezeTest) {
            register.vanDossier(nummer).stream().filter(k -> k.beeindigdOp() == null)
                    .forEach(k -> register.beeindig(k.id(), "test", "einde test", clock.instant()));
        }
    }

    @Test
    void eenCodeWerktEenKeerOokInKleineLettersMetSpaties() {
        DossierView d = leerling(11, ouder("Anna Code", true, false, "anna@example.nl"));
        JsonNode uitnodiging = nodigUit(d, d.leerling().ouders().get(0).id(), "BRIEF", 201).json();
        String code = uitnodiging.get("code").asText();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(uitnodiging.get("stand").asText()).isEqualTo("OPEN");
        assertThat(Duration.between(java.time.Instant.parse(uitnodiging.get("aangemaaktOp").asText()),
                java.time.Instant.parse(uitnodiging.get("verlooptOp").asText()))).as("14 days")
                .isEqualTo(Duration.ofDays(14));
        // Only the hash is kept.
        assertThat(jdbc.queryForObject("select count(*) from uitnodiging where code_hash like ? or code_hash like ?",
                Integer.class, "%" + code + "%", "%" + code.replace("-", "") + "%")).isZero();
        assertThat(http().als("zorgcoordinator").get("/api/dossiers/" + d.nummer() + "/uitnodigingen").body())
                .doesNotContain(code).doesNotContain(code.replace("-", ""));

        Sessie karin = demoOuder();
        Http.Antwoord gebonden = koppel(karin, " " + code.toLowerCase().replace("-", " ") + " ", d);
        assertThat(gebonden.status()).isEqualTo(302);
        assertThat(gebonden.headers().firstValue("Location").orElseThrow()).endsWith("/gezin");
        assertThat(karin.get("/gezin", "Accept", HTML).body()).contains("Het plan van " + d.leerling().voornaam());

        Http.Antwoord nogEens = koppel(demoOuder2(), code, d);
        assertThat(nogEens.status()).isEqualTo(400);
        assertThat(nogEens.body()).contains("Dit lukte niet").doesNotContain(d.leerling().voornaam());
        JsonNode lijst = http().als("zorgcoordinator").get("/api/dossiers/" + d.nummer() + "/uitnodigingen").json();
        assertThat(lijst.get(0).get("stand").asText()).isEqualTo("GEBRUIKT");
        assertThat(lijst.get(0).has("code")).isFalse();

        // The school audited the invitation; the family the binding, named gezin-{account}, never a name.
        String inzage = http().als("admin").get("/api/dossiers/" + d.nummer() + "/inzage").body();
        assertThat(inzage).contains("POST /api/dossiers/" + d.nummer() + "/uitnodigingen", "POST /gezin/koppelen",
                "gezin-" + register.account(hash.van(Subjecthash.DEMO, "ouder")).orElseThrow());
    }

    @Test
    void deCodeVerlooptNa14DagenOpDeKlokVanDeTest() {
        DossierView d = leerling(11, ouder("Bert Verloop", true, false, null));
        Long bert = d.leerling().ouders().get(0).id();
        String verlopen = nodigUit(d, bert, "BRIEF", 201).json().get("code").asText();
        ClockUtil.setCurrentTime(Date.from(clock.instant().plus(Duration.ofDays(14)).plusSeconds(1)));
        assertThat(koppel(demoOuder(), verlopen, d).status()).isEqualTo(400);
        assertThat(http().als("zorgcoordinator").get("/api/dossiers/" + d.nummer() + "/uitnodigingen").json().get(0)
                .get("stand").asText()).isEqualTo("VERLOPEN");
        klok.zetOpStart();

        // A new invitation replaces the old one; one second before its end it still works.
        String nieuw = nodigUit(d, bert, "BRIEF", 201).json().get("code").asText();
        ClockUtil.setCurrentTime(Date.from(clock.instant().plus(Duration.ofDays(14)).minusSeconds(1)));
        assertThat(koppel(demoOuder(), nieuw, d).status()).isEqualTo(302);
    }

    @Test
    void naVijfVerkeerdeGeboortedataIsDeUitnodigingGeblokkeerd() {
        DossierView d = leerling(12, ouder("Cor Poging", true, false, null));
        String code = nodigUit(d, d.leerling().ouders().get(0).id(), "BRIEF", 201).json().get("code").asText();
        Sessie karin = demoOuder();
        LocalDate fout = d.leerling().geboortedatum().plusDays(1);
        for (int poging = 1; poging <= 5; poging++) {
            Http.Antwoord antwoord = karin.postFormulier("/gezin/koppelen", "code=" + code + "&geboortedatum="
                    + DATUM.format(fout) + "&_csrf=" + csrf(karin));
            assertThat(antwoord.status()).as("poging " + poging).isEqualTo(400);
            // Never which part was wrong.
            assertThat(antwoord.body()).contains("Kijk of de code en de geboortedatum goed zijn")
                    .doesNotContain("geboortedatum klopt niet", "code klopt niet");
        }
        // The sixth try, with the right date, is refused all the same.
        assertThat(koppel(karin, code, d).status()).isEqualTo(400);
        JsonNode u = http().als("zorgcoordinator").get("/api/dossiers/" + d.nummer() + "/uitnodigingen").json().get(0);
        assertThat(u.get("stand").asText()).isEqualTo("GEBLOKKEERD");
        assertThat(u.get("pogingen").asInt()).isEqualTo(5);
        assertThat(register.vanDossier(d.nummer())).isEmpty();
        // A wrong code does not count for anyone (there is nothing to count it on), and is refused alike.
        assertThat(koppel(karin, "ABCD-EFGH-JKLM", d).status()).isEqualTo(400);
    }

    @Test
    void weigeringenMetEenNederlandseRedenEnEenOuderZonderGezagMag() {
        DossierView d = leerling(11, ouder("Dirk Beperkt", true, true, null), ouder("Els Onbekend", null, false, null),
                ouder("Frank Zonder", false, false, null), ouder("Gea Mail", true, false, null));
        List<DossierView.OuderView> o = d.leerling().ouders();
        assertThat(nodigUit(d, o.get(0).id(), "BRIEF", 409).json().get("detail").asText())
                .contains("beperkt", "BW art. 1:377c lid 2");
        assertThat(nodigUit(d, o.get(1).id(), "BRIEF", 409).json().get("detail").asText())
                .contains("gezag", "nog niet bevestigd");
        JsonNode zonder = nodigUit(d, o.get(2).id(), "BRIEF", 201).json();
        assertThat(zonder.get("zonderGezag").asBoolean()).as("BW 1:377c lid 1, recorded").isTrue();
        // The pupil of 11 sees nothing herself (Jeugdwet art. 7.3.4).
        Http.Antwoord leerling = http().als("zorgcoordinator").post("/api/dossiers/" + d.nummer() + "/uitnodigingen",
                "{\"leerling\": true, \"kanaal\": \"BRIEF\"}");
        assertThat(leerling.status()).isEqualTo(409);
        assertThat(leerling.json().get("detail").asText()).contains("jonger dan 12", "Jeugdwet art. 7.3.4");
        // E-mail: no address in the dossier is a field error; no mail server in this installation a conflict.
        JsonNode geenAdres = nodigUit(d, o.get(3).id(), "EMAIL", 400).json();
        assertThat(geenAdres.get("fouten").get(0).get("veld").asText()).isEqualTo("kanaal");
        // Bad input per field.
        Http zc = http().als("zorgcoordinator");
        Http.Antwoord leeg = zc.post("/api/dossiers/" + d.nummer() + "/uitnodigingen", "{\"kanaal\": \"BRIEF\"}");
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(leeg.contentType()).contains("application/problem+json");
        assertThat(leeg.json().get("fouten").get(0).get("veld").asText()).isEqualTo("ouderId");
        assertThat(zc.post("/api/dossiers/" + d.nummer() + "/uitnodigingen", "{\"ouderId\": " + o.get(3).id()
                + ", \"kanaal\": \"DUIF\"}").status()).isEqualTo(400);
        assertThat(zc.post("/api/dossiers/" + d.nummer() + "/uitnodigingen", "{\"ouderId\": 999999999, "
                + "\"kanaal\": \"BRIEF\"}").json().get("fouten").get(0).get("veld").asText()).isEqualTo("ouderId");

        DossierView zestien = leerling(16, ouder("Hans Zestien", true, false, "hans@example.nl"));
        assertThat(http().als("zorgcoordinator").post("/api/dossiers/" + zestien.nummer() + "/uitnodigingen",
                "{\"leerling\": true, \"kanaal\": \"BRIEF\"}").status()).isEqualTo(201);
        Http.Antwoord perMail = nodigUit(zestien, zestien.leerling().ouders().get(0).id(), "EMAIL", 409);
        assertThat(perMail.json().get("detail").asText()).contains("E-mail staat in deze installatie niet aan");

        dossiers.sluit(zestien.nummer(), "Test: dossier gesloten.");
        assertThat(nodigUit(zestien, zestien.leerling().ouders().get(0).id(), "BRIEF", 409).json().get("detail")
                .asText()).contains("gesloten");
    }

    @Test
    void eenAndereSchoolKanNietUitnodigenEnZietNiets() {
        organisaties.richtSchoolIn("97UA00", "Uitnodigschool", "Uitnodigstad", "SWV Uitnodig");
        gebruikers.maakAlsNieuw("zcuitnodig", "Zora", "Anders", "wachtwoord-zcuitnodig", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("zcuitnodig", "97UA00");
        DossierView d = leerling(11, ouder("Ina Aanval", true, false, null));
        long id = nodigUit(d, d.leerling().ouders().get(0).id(), "BRIEF", 201).json().get("id").asLong();

        Http ander = http().als("zcuitnodig", "wachtwoord-zcuitnodig");
        String pad = "/api/dossiers/" + d.nummer();
        assertThat(ander.post(pad + "/uitnodigingen", "{\"ouderId\": " + d.leerling().ouders().get(0).id()
                + ", \"kanaal\": \"BRIEF\"}").status()).isEqualTo(404);
        assertThat(ander.get(pad + "/uitnodigingen").status()).isEqualTo(404);
        assertThat(ander.post(pad + "/uitnodigingen/" + id + "/intrekken", "{}").status()).isEqualTo(404);
        assertThat(ander.get(pad + "/gezinskoppelingen").status()).isEqualTo(404);
        // A mentor of the school itself: not the zorgcoördinator's work.
        assertThat(http().als("mentor").get(pad + "/uitnodigingen").status()).isEqualTo(403);
        assertThat(http().als("mentor").post(pad + "/uitnodigingen", "{\"leerling\": true, \"kanaal\": \"BRIEF\"}")
                .status()).isEqualTo(403);

        Sessie pagina = new Sessie(port);
        pagina.meldAan("zcuitnodig", "wachtwoord-zcuitnodig");
        Http.Antwoord gezien = pagina.get("/leerlingen/" + d.nummer() + "/gezin", "Accept", HTML);
        assertThat(gezien.status()).isEqualTo(404);
        assertThat(gezien.body()).doesNotContain("Ina Aanval");
        assertThat(pagina.get("/leerlingen/" + d.nummer() + "/gezin/deel", "Accept", HTML).status()).isEqualTo(404);
        Http.Antwoord ingetrokken = pagina.postFormulier("/leerlingen/" + d.nummer() + "/gezin/uitnodigingen/" + id
                + "/intrekken", "_csrf=" + pagina.csrfToken());
        assertThat(ingetrokken.status()).isEqualTo(404);
        assertThat(http().als("zorgcoordinator").get(pad + "/uitnodigingen").json().get(0).get("stand").asText())
                .isEqualTo("OPEN");
    }

    @Test
    void deSchoolTrektInEnMaaktEenBriefOpDePaginaVanDeLeerling() {
        DossierView d = leerling(11, ouder("Jan Brief", true, false, null));
        Long jan = d.leerling().ouders().get(0).id();
        Sessie zc = new Sessie(port);
        zc.meldAan("zorgcoordinator", "demo");
        String pagina = zc.get("/leerlingen/" + d.nummer(), "Accept", HTML).body();
        assertThat(pagina).contains("hx-get=\"/leerlingen/" + d.nummer() + "/gezin/deel\"");
        assertThat(zc.get("/leerlingen/" + d.nummer() + "/gezin/deel", "Accept", HTML).body())
                .contains("Jan Brief", "niet uitgenodigd");

        Http.Antwoord uitgenodigd = zc.postFormulier("/leerlingen/" + d.nummer() + "/gezin/uitnodigingen",
                "wie=ouder-" + jan + "&kanaal=BRIEF&_csrf=" + zc.csrfToken());
        assertThat(uitgenodigd.status()).isEqualTo(200);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("class=\"eenplan-code\">([A-Z2-9-]{14})<")
                .matcher(uitgenodigd.body());
        assertThat(m.find()).as(uitgenodigd.body()).isTrue();
        String code = m.group(1);
        long id = http().als("zorgcoordinator").get("/api/dossiers/" + d.nummer() + "/uitnodigingen").json().get(0)
                .get("id").asLong();
        Http.Antwoord brief = zc.postFormulier("/leerlingen/" + d.nummer() + "/gezin/uitnodigingen/" + id + "/brief",
                "code=" + code + "&_csrf=" + zc.csrfToken());
        assertThat(brief.status()).isEqualTo(200);
        assertThat(brief.contentType()).isEqualTo("application/pdf");
        assertThat(brief.body()).startsWith("%PDF");
        assertThat(zc.postFormulier("/leerlingen/" + d.nummer() + "/gezin/uitnodigingen/" + id + "/brief",
                "code=ABCD-EFGH-JKLM&_csrf=" + zc.csrfToken()).status()).as("another code").isEqualTo(400);
        assertThat(zc.get("/leerlingen/" + d.nummer() + "/gezin/deel", "Accept", HTML).body())
                .contains("uitgenodigd op", "per brief", "open tot").doesNotContain(code);

        // The page refuses as the API does, with the reason.
        DossierView beperkt = leerling(11, ouder("Kees Beperkt", true, true, null));
        Http.Antwoord geweigerd = zc.postFormulier("/leerlingen/" + beperkt.nummer() + "/gezin/uitnodigingen",
                "wie=ouder-" + beperkt.leerling().ouders().get(0).id() + "&kanaal=BRIEF&_csrf=" + zc.csrfToken());
        assertThat(geweigerd.status()).isEqualTo(409);
        assertThat(geweigerd.body()).contains("BW art. 1:377c lid 2");

        Http.Antwoord ingetrokken = zc.postFormulier("/leerlingen/" + d.nummer() + "/gezin/uitnodigingen/" + id
                + "/intrekken", "_csrf=" + zc.csrfToken());
        assertThat(ingetrokken.status()).isEqualTo(302);
        assertThat(koppel(demoOuder(), code, d).status()).as("a revoked code").isEqualTo(400);
        assertThat(http().als("zorgcoordinator").post("/api/dossiers/" + d.nummer() + "/uitnodigingen/" + id
                + "/intrekken", "{}").status()).as("twice").isEqualTo(409);
    }

    @Test
    void deSchoolZietDeKoppelingEnBeeindigtHemDanZietHetGezinNietsMeer() {
        DossierView d = leerling(11, ouder("Lies Einde", true, false, null));
        String code = nodigUit(d, d.leerling().ouders().get(0).id(), "BRIEF", 201).json().get("code").asText();
        Sessie karin = demoOuder();
        assertThat(koppel(karin, code, d).status()).isEqualTo(302);
        String kind = "/gezin/kind/" + Gezinstest.idVan(karin, d.leerling().voornaam());
        assertThat(karin.get(kind, "Accept", HTML).status()).isEqualTo(200);

        JsonNode koppelingen = http().als("zorgcoordinator").get("/api/dossiers/" + d.nummer() + "/gezinskoppelingen")
                .json();
        assertThat(koppelingen).hasSize(1);
        assertThat(koppelingen.get(0).has("beeindigdOp")).isFalse();
        Sessie zc = new Sessie(port);
        zc.meldAan("zorgcoordinator", "demo");
        assertThat(zc.get("/leerlingen/" + d.nummer() + "/gezin/deel", "Accept", HTML).body()).contains("gekoppeld op");
        Http.Antwoord beeindigd = zc.postFormulier("/leerlingen/" + d.nummer() + "/gezin/koppelingen/"
                + koppelingen.get(0).get("id").asLong() + "/beeindigen", "_csrf=" + zc.csrfToken());
        assertThat(beeindigd.status()).isEqualTo(302);
        // Read per request: the same session sees nothing of the child at once.
        assertThat(karin.get(kind, "Accept", HTML).status()).isEqualTo(404);
        assertThat(karin.get("/gezin", "Accept", HTML).body()).doesNotContain("Het plan van " + d.leerling().voornaam());
        assertThat(zc.get("/leerlingen/" + d.nummer() + "/gezin/deel", "Accept", HTML).body())
                .contains("koppeling beëindigd op");
        assertThat(http().als("zorgcoordinator").post("/api/dossiers/" + d.nummer() + "/gezinskoppelingen/"
                + koppelingen.get(0).get("id").asLong() + "/beeindigen", "{}").status()).isEqualTo(409);
    }

    @Test
    void gebruikteEnVerlopenUitnodigingenGaanNa30DagenWeg() {
        DossierView d = leerling(11, ouder("Mien Bewaar", true, false, null), ouder("Nico Bewaar", true, false, null));
        String gebruikt = nodigUit(d, d.leerling().ouders().get(0).id(), "BRIEF", 201).json().get("code").asText();
        assertThat(koppel(demoOuder(), gebruikt, d).status()).isEqualTo(302);
        nodigUit(d, d.leerling().ouders().get(1).id(), "BRIEF", 201);
        // 29 days on: the used one stays (30 days), the open one (expired after 14 days) too.
        ClockUtil.setCurrentTime(Date.from(clock.instant().plus(Duration.ofDays(29))));
        uitnodigingen.ruimOp();
        assertThat(uitnodigingen.vanDossier(d.nummer())).hasSize(2);
        // 31 days on: the used one goes; the expired one 30 days after its end (day 44).
        ClockUtil.setCurrentTime(Date.from(clock.instant().plus(Duration.ofDays(2))));
        uitnodigingen.ruimOp();
        assertThat(uitnodigingen.vanDossier(d.nummer())).hasSize(1);
        ClockUtil.setCurrentTime(Date.from(clock.instant().plus(Duration.ofDays(14))));
        uitnodigingen.ruimOp();
        assertThat(uitnodigingen.vanDossier(d.nummer())).isEmpty();
        assertThat(register.vanDossier(d.nummer())).as("the binding stays").hasSize(1);
    }

    /**
     * Issue #24: after a binding with the school's code the person gets "U bent gekoppeld" at the address the
     * invitation would go to (the guardian's address in the dossier), once per binding, with the sign-in page and the
     * school's name so that whoever did not do this can react; no name of the child, no care. Recorded in gezin_bericht
     * (kind GEKOPPELD) and shown in the pupil's inzage. This context has no mail server: recorded, not sent, and the
     * binding stands; the mail itself goes through GreenMail with this context's parts.
     */
    @Test
    void naHetKoppelenKrijgtDeOuderEenBevestigingAanHetAdresVanDeUitnodiging() throws Exception {
        DossierView d = leerling(11, ouder("Anna Bevestig", true, false, "anna.bevestig@example.nl"),
                ouder("Bart Bevestig", true, false, "bart.bevestig@example.nl"));
        String code = nodigUit(d, d.leerling().ouders().get(0).id(), "BRIEF", 201).json().get("code").asText();
        assertThat(koppel(demoOuder(), code, d).status()).isEqualTo(302);
        long karin = register.account(hash.van(Subjecthash.DEMO, "ouder")).orElseThrow();
        assertThat(berichten.vanDossier(d.nummer())).as("once per binding, recorded unsent without a mail server")
                .extracting(Gezinsberichten.Bericht::accountId, Gezinsberichten.Bericht::soort,
                        Gezinsberichten.Bericht::verstuurdOp)
                .containsExactly(tuple(karin, Gezinsberichten.GEKOPPELD, null));
        Gezinsregister.Koppeling koppeling = register.inWerking(d.nummer()).get(0);
        assertThat(koppeling.accountId()).isEqualTo(karin);
        // A failed binding (a used code) confirms nothing.
        assertThat(koppel(demoOuder2(), code, d).status()).isEqualTo(400);
        assertThat(berichten.vanDossier(d.nummer())).hasSize(1);

        // With a mail server: to Anna's address in the dossier (the invitation's), not Bart's; nothing of the child.
        metMailserver(ServerSetupTest.SMTP.getPort()).gekoppeld(new Uitnodigingen.Gekoppeld(karin, koppeling));
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()).extracting(Object::toString)
                .containsExactly("anna.bevestig@example.nl");
        String school = d.leerling().school().naam();
        assertThat(mails[0].getSubject()).isEqualTo("U bent gekoppeld in EenPlan");
        String tekst = (String) mails[0].getContent();
        assertThat(tekst).contains("U bent gekoppeld in EenPlan", "https://portaal.example/gezin",
                "Was u dit niet? Neem dan contact op met de school: " + school + ".");
        String alles = (mails[0].getSubject() + "\n" + tekst).replace("EenPlan", "");
        for (String woord : List.of(d.leerling().voornaam(), "Uitnodigtest", "Anna", "Bevestig", d.nummer(), "zorg",
                "hulp", "plan", "ontwikkelingsperspectief", "jeugd", "kind", "leerling")) {
            assertThat(alles).as(woord).doesNotContainIgnoringCase(woord);
        }
        assertThat(berichten.vanDossier(d.nummer())).filteredOn(b -> b.verstuurdOp() != null).hasSize(1);

        // A mail server that does not answer: recorded unsent, nothing thrown, the binding stands.
        metMailserver(1).gekoppeld(new Uitnodigingen.Gekoppeld(karin, koppeling));
        assertThat(berichten.vanDossier(d.nummer())).hasSize(3).filteredOn(b -> b.verstuurdOp() == null).hasSize(2);
        assertThat(register.inWerking(d.nummer())).extracting(Gezinsregister.Koppeling::id)
                .containsExactly(koppeling.id());

        // The pupil's inzage (AVG art. 15) lists each confirmation, without the address.
        String inzage = http().als("admin").get("/api/dossiers/" + d.nummer() + "/inzage").body();
        assertThat(inzage).contains("BERICHT", "E-mail 'U bent gekoppeld' aan gezin-" + karin + ": niet verstuurd",
                "E-mail 'U bent gekoppeld' aan gezin-" + karin + ": verstuurd", "AVG art. 32")
                .doesNotContain("anna.bevestig@example.nl");
    }

    /**
     * The pupil bound with her own code reads "Je bent gekoppeld". The dossier has no address of the pupil: only her
     * account's own address is used; without one nothing is mailed, and that is recorded.
     */
    @Test
    void deLeerlingKrijgtDeBevestigingInJeAlleenOpHaarEigenAdres() throws Exception {
        DossierView d = leerling(16, ouder("Cas Ouder", true, false, "cas.ouder@example.nl"));
        String code = http().als("zorgcoordinator").post("/api/dossiers/" + d.nummer() + "/uitnodigingen",
                "{\"leerling\": true, \"kanaal\": \"BRIEF\"}").json().get("code").asText();
        assertThat(koppel(demo("leerling"), code, d).status()).isEqualTo(302);
        long sanne = register.account(hash.van(Subjecthash.DEMO, "leerling")).orElseThrow();
        Gezinsregister.Koppeling koppeling = register.inWerking(d.nummer()).get(0);
        assertThat(koppeling.rol()).isEqualTo(Gezinsregister.Rol.LEERLING);

        GezinMailer mailer = metMailserver(ServerSetupTest.SMTP.getPort());
        mailer.gekoppeld(new Uitnodigingen.Gekoppeld(sanne, koppeling));
        assertThat(smtp.getReceivedMessages()).as("no own address: not to the parent either").isEmpty();
        assertThat(berichten.vanDossier(d.nummer())).hasSize(2).allMatch(b -> b.verstuurdOp() == null);

        jdbc.update("update gezinsaccount set email = ? where id = ?", "sanne.zelf@example.nl", sanne);
        try {
            mailer.gekoppeld(new Uitnodigingen.Gekoppeld(sanne, koppeling));
        } finally {
            jdbc.update("update gezinsaccount set email = null where id = ?", sanne);
        }
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("sanne.zelf@example.nl");
        assertThat(mail.getSubject()).isEqualTo("Je bent gekoppeld in EenPlan");
        String tekst = (String) mail.getContent();
        assertThat(tekst).contains("Je bent gekoppeld in EenPlan", "Was jij dit niet?", d.leerling().school().naam())
                .doesNotContain(d.leerling().voornaam());
        assertThat(U.matcher(tekst.replace(d.leerling().school().naam(), "")).find()).as(tekst).isFalse();
    }

    /**
     * Issue #24, B1: the letter with the pupil's own code reads "je" throughout its Dutch (messages_nl__leerling), a
     * guardian's letter "u" as before. Both through the letter's own rendering (UitnodigingController#brief).
     */
    @Test
    void deBriefAanDeLeerlingZegtJeEnDieAanDeOuderU() throws IOException {
        DossierView d = leerling(16, ouder("Dora Brief", true, false, null));
        JsonNode voorLeerling = http().als("zorgcoordinator").post("/api/dossiers/" + d.nummer() + "/uitnodigingen",
                "{\"leerling\": true, \"kanaal\": \"BRIEF\"}").json();
        JsonNode voorOuder = nodigUit(d, d.leerling().ouders().get(0).id(), "BRIEF", 201).json();

        String leerling = briefTekst(d, voorLeerling);
        String nederlands = leerling.substring(0, leerling.indexOf("In English"));
        assertThat(nederlands).contains("Aan " + d.leerling().voornaam(), "De school nodigt je uit voor EenPlan",
                "Je code", voorLeerling.get("code").asText(), "Vul de code in en je geboortedatum",
                "De code werkt tot en met", "Bewaar deze brief goed");
        // Below the addressee, no "u" or "uw" (the school's name and the random code aside: "YLFG-2U45-VAEZ").
        String onderAan = nederlands.substring(nederlands.indexOf("De school nodigt"))
                .replace(d.leerling().school().naam(), "").replace(voorLeerling.get("code").asText(), "");
        assertThat(U.matcher(onderAan).find()).as(onderAan).isFalse();

        String ouder = briefTekst(d, voorOuder);
        assertThat(ouder).contains("Aan Dora Brief", "De school nodigt u uit voor EenPlan. Daar ziet u het plan van "
                + "school voor uw kind.", "Uw code", "Vul de code in en de geboortedatum van het kind.",
                "The school invites you to EenPlan");
    }

    private String briefTekst(DossierView d, JsonNode uitnodiging) throws IOException {
        long id = uitnodiging.get("id").asLong();
        // The letter as the school's API and page make it (their rule: the zorgcoördinator).
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken("zorgcoordinator",
                        null, org.springframework.security.core.authority.AuthorityUtils.createAuthorityList(
                                Groepen.ZORGCOORDINATOR)));
        byte[] pdf;
        try {
            pdf = api.brief(uitnodigingen.brief(d.nummer(), id, uitnodiging.get("code").asText()), d.nummer(), id)
                    .getBody();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper tekst = new PDFTextStripper();
            tekst.setSortByPosition(true);
            return tekst.getText(document).replaceAll("\\s+", " ");
        }
    }

    /** This context's GezinMailer's parts, with a mail server on this port (the context itself has none). */
    private GezinMailer metMailserver(int poort) {
        JavaMailSenderImpl afzender = new JavaMailSenderImpl();
        afzender.setHost("127.0.0.1");
        afzender.setPort(poort);
        StaticListableBeanFactory bonen = new StaticListableBeanFactory(Map.of("mail", afzender));
        return new GezinMailer(wachtlijst, register, berichten, dossiers, bonen.getBeanProvider(JavaMailSender.class),
                teksten, clock, transacties, "eenplan@gemeente.example", "https://portaal.example/");
    }

    private Http.Antwoord nodigUit(DossierView d, Long ouderId, String kanaal, int status) {
        Http.Antwoord antwoord = http().als("zorgcoordinator").post("/api/dossiers/" + d.nummer() + "/uitnodigingen",
                "{\"ouderId\": " + ouderId + ", \"kanaal\": \"" + kanaal + "\"}");
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(status);
        return antwoord;
    }

    private Sessie demoOuder() {
        return demo("ouder");
    }

    private Sessie demoOuder2() {
        return demo("ouder2");
    }

    private Sessie demo(String wie) {
        return Gezinstest.meldAan(port, wie);
    }

    private static String csrf(Sessie sessie) {
        return Sessie.csrfVeld(sessie.get("/gezin/koppelen", "Accept", HTML));
    }

    private static Http.Antwoord koppel(Sessie sessie, String code, DossierView d) {
        return sessie.postFormulier("/gezin/koppelen", "code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)
                + "&geboortedatum=" + DATUM.format(d.leerling().geboortedatum()) + "&_csrf=" + csrf(sessie));
    }

    private static NieuwDossier.Ouder ouder(String naam, Boolean gezag, boolean beperkt, String email) {
        return new NieuwDossier.Ouder(naam, Ouder.Relatie.OUDER, null, email, gezag, beperkt);
    }

    private DossierView leerling(int jaar, NieuwDossier.Ouder... ouders) {
        String voornaam = "Uit" + UUID.randomUUID().toString().substring(0, 6);
        var leerling = new NieuwDossier.Leerling(voornaam, null, "Uitnodigtest", vandaag().minusYears(jaar)
                .minusMonths(2), null, "99ZZ00", Onderwijssoort.PO, 6, List.of(ouders));
        DossierView d = dossiers.open(new NieuwDossier(leerling, Groepen.ZORGCOORDINATOR), Groepen.MENTOR);
        dossiersVanDezeTest.add(d.nummer());
        return dossiers.haalOp(d.nummer());
    }
}
