package nl.eenplan.gezin;

import static nl.eenplan.gezin.Gezinstest.HTML;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Sessie;
import nl.eenplan.Zorgroutes;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.DossierView;
import nl.eenplan.dossier.NieuwDossier;
import nl.eenplan.dossier.NieuweToestemming;
import nl.eenplan.dossier.Onderwijssoort;
import nl.eenplan.dossier.Ouder;
import nl.eenplan.dossier.Toestemming;
import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.security.Groepen;
import nl.eenplan.termijn.Schoolkalender;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A parent with gezag or the pupil gives and withdraws consent on /gezin (issue 24): only their own, with the proof
 * (AVG art. 7 lid 1: the version and language of the text shown, how they signed in), a withdrawal stops a running
 * jeugdhulp route in the same request; a parent without gezag and the parent of a pupil of 16 get 403 with why, the
 * parent of another child 404, and the family's session cannot reach the consent API.
 */
class GezinToestemmingIT extends IntegratieTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    DossierService dossiers;
    @Autowired
    ToestemmingService toestemmingen;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    Schoolkalender kalender;

    private Gezinstest gezin;

    @BeforeEach
    void gezin() {
        gezin = new Gezinstest(context, port, clock);
    }

    @AfterEach
    void koppelingenTerug() {
        gezin.ruimOp();
    }

    @Test
    void eenOuderMetGezagGeeftZelfToestemming_metVersieTaalEnAanmelding() {
        DossierView tim = nieuweLeerling("Tim", 10, ouder("Petra Tien", true));
        Long petra = tim.leerling().ouders().get(0).id();
        gezin.koppel("ouder", tim.nummer(), petra);
        Sessie karin = gezin.meldAan("ouder");
        String id = Gezinstest.idVan(karin, "Tim");
        String pad = "/gezin/kind/" + id + "/toestemmingen/geven";

        assertThat(karin.get("/gezin/kind/" + id + "/toestemmingen", "Accept", HTML).body()).contains(pad);
        String pagina = karin.get(pad, "Accept", HTML).body();
        // Under 12 the parents with gezag give all three kinds (Jeugdwet art. 7.3.4, AVG art. 8).
        assertThat(pagina).contains("Toestemming voor jeugdhulp", "Toestemming voor het ondersteuningsteam",
                "Toestemming voor leerplicht in het MDO", "De school wil samenwerken met jeugdhulp", "jeugdhulp-1");

        Http.Antwoord gegeven = Gezinstest.post(karin, pad, "scope", "JEUGDHULP", "versie", "jeugdhulp-1", "taal", "nl");
        assertThat(gegeven.status()).as(gegeven.body()).isEqualTo(302);
        assertThat(gegeven.headers().firstValue("Location").orElseThrow()).endsWith(pad + "?klaar=gegeven");
        assertThat(karin.get(pad + "?klaar=gegeven", "Accept", HTML).body())
                .contains("Uw toestemming is vastgelegd", "Ik trek mijn toestemming in");

        DossierView.ToestemmingView t = actief(tim.nummer(), Toestemming.Scope.JEUGDHULP);
        assertThat(t.gegevenDoor()).isEqualTo(Toestemming.GegevenDoor.OUDERS);
        assertThat(t.ouderId()).isEqualTo(petra);
        assertThat(t.vorm()).isEqualTo(Toestemming.Vorm.DIGITAAL);
        assertThat(t.vastgelegdDoor()).isEqualTo("gezin-" + gezin.account("ouder"));
        assertThat(t.informatieVersie()).isEqualTo("jeugdhulp-1");
        assertThat(t.informatieTaal()).isEqualTo("nl");
        assertThat(t.informatieTekst()).startsWith("De school wil samenwerken met jeugdhulp");
        assertThat(t.bewijs()).contains("demo-wachtwoord", "geen betrouwbaarheidsniveau", "aangemeld 20",
                "vastgelegd " + vandaag());

        // In English the English text is shown, and it is the text recorded.
        String token = karin.csrfToken();
        karin.post("/gezin/taal?taal=en", null, "X-CSRF-TOKEN", token, "Origin", karin.origin());
        try {
            assertThat(karin.get(pad, "Accept", HTML).body()).contains("Consent for ",
                    "The school wants to invite the compulsory education officer");
            assertThat(Gezinstest.post(karin, pad, "scope", "LEERPLICHT", "versie", "leerplicht-1", "taal", "en")
                    .status()).isEqualTo(302);
        } finally {
            karin.post("/gezin/taal?taal=nl", null, "X-CSRF-TOKEN", token, "Origin", karin.origin());
        }
        DossierView.ToestemmingView engels = actief(tim.nummer(), Toestemming.Scope.LEERPLICHT);
        assertThat(engels.informatieTaal()).isEqualTo("en");
        assertThat(engels.informatieTekst()).startsWith("The school wants to invite");

        // A text that changed after it was shown is not consented to: the page says so, nothing is recorded.
        Http.Antwoord oud = Gezinstest.post(karin, pad, "scope", "ONDERSTEUNINGSTEAM", "versie",
                "ondersteuningsteam-0", "taal", "nl");
        assertThat(oud.status()).isEqualTo(409);
        assertThat(oud.body()).contains("De uitleg is net veranderd");
        assertThat(geenActieve(tim.nummer(), Toestemming.Scope.ONDERSTEUNINGSTEAM)).isTrue();
        // A kind that needs no consent (or a made-up one) is not this person's to give: 403.
        assertThat(Gezinstest.post(karin, pad, "scope", "SWV", "versie", "x", "taal", "nl").status()).isEqualTo(403);
        assertThat(Gezinstest.post(karin, pad, "scope", "ZOMAAR", "versie", "x", "taal", "nl").status())
                .isEqualTo(403);

        // The action is one audited request naming the dossier, in the pupil's inzage.
        assertThat(http().als("admin").get("/api/dossiers/" + tim.nummer() + "/inzage").body())
                .contains("POST " + pad);
    }

    @Test
    void alleenDeEigenToestemmingKanWordenIngetrokken() {
        DossierView lotte = nieuweLeerling("Lotte", 9, ouder("Petra Negen", true), ouder("Henk Negen", true));
        Long petra = lotte.leerling().ouders().get(0).id();
        Long henk = lotte.leerling().ouders().get(1).id();
        var vanHenk = toestemmingen.geef(lotte.nummer(), new NieuweToestemming(Toestemming.Scope.JEUGDHULP,
                Toestemming.GegevenDoor.OUDERS, henk, Toestemming.Vorm.PAPIER, null, null), "zorgcoordinator")
                .toestemming();
        gezin.koppel("ouder", lotte.nummer(), petra);
        Sessie karin = gezin.meldAan("ouder");
        String id = Gezinstest.idVan(karin, "Lotte");
        String pad = "/gezin/kind/" + id + "/toestemmingen/";

        // Henk's consent is not Petra's to withdraw: she sees no button for it, and a made-up request is 404.
        assertThat(karin.get(pad + "geven", "Accept", HTML).body()).doesNotContain("Ik trek mijn toestemming in")
                .doesNotContain(pad + vanHenk.id() + "/intrekken");
        Http.Antwoord anders = Gezinstest.post(karin, pad + vanHenk.id() + "/intrekken");
        assertThat(anders.status()).isEqualTo(404);
        assertThat(actief(lotte.nummer(), Toestemming.Scope.JEUGDHULP).id()).isEqualTo(vanHenk.id());

        // Her own she gives and withdraws; Henk's stays.
        assertThat(Gezinstest.post(karin, pad + "geven", "scope", "JEUGDHULP", "versie", "jeugdhulp-1", "taal", "nl")
                .status()).isEqualTo(302);
        DossierView.ToestemmingView eigen = toestemmingen.lijst(lotte.nummer()).stream()
                .filter(t -> petra.equals(t.ouderId()) && t.ingetrokkenOp() == null).findFirst().orElseThrow();
        Http.Antwoord ingetrokken = Gezinstest.post(karin, pad + eigen.id() + "/intrekken");
        assertThat(ingetrokken.status()).as(ingetrokken.body()).isEqualTo(302);
        assertThat(ingetrokken.headers().firstValue("Location").orElseThrow()).endsWith("?klaar=ingetrokken");
        DossierView.ToestemmingView na = toestemmingen.lijst(lotte.nummer()).stream()
                .filter(t -> t.id().equals(eigen.id())).findFirst().orElseThrow();
        assertThat(na.ingetrokkenOp()).isEqualTo(vandaag());
        assertThat(na.ingetrokkenVorm()).isEqualTo(Toestemming.Vorm.DIGITAAL);
        assertThat(na.ingetrokkenVastgelegdDoor()).isEqualTo("gezin-" + gezin.account("ouder"));
        assertThat(na.ingetrokkenBewijs()).contains("demo-wachtwoord");
        assertThat(actief(lotte.nummer(), Toestemming.Scope.JEUGDHULP).id()).isEqualTo(vanHenk.id());
        // Withdrawn once: again is not found (it is no longer in force).
        assertThat(Gezinstest.post(karin, pad + eigen.id() + "/intrekken").status()).isEqualTo(404);
    }

    @Test
    void intrekkenStoptDeLopendeJeugdhulpRouteInDezelfdeTransactie() {
        Zorgroutes routes = new Zorgroutes(this::http, runtimeService, managementService, kalender, vandaag());
        String nummer = routes.mdoMetAfspraakVoorJeugdhulp("Overleg met het wijkteam.", "Sam slaapt beter.",
                "Wijkteam begeleidt thuis.");
        assertThat(routes.taak("jeugdhulp", nummer, "afspraakUitvoeren")).isNotNull();
        Long anna = dossiers.haalOp(nummer).leerling().ouders().get(0).id();
        gezin.koppel("ouder", nummer, anna);
        Sessie karin = gezin.meldAan("ouder");
        String voornaam = dossiers.haalOp(nummer).leerling().voornaam();
        String id = Gezinstest.idVan(karin, voornaam);
        DossierView.ToestemmingView vanAnna = toestemmingen.lijst(nummer).stream()
                .filter(t -> t.scope() == Toestemming.Scope.JEUGDHULP && anna.equals(t.ouderId())
                        && t.ingetrokkenOp() == null).findFirst().orElseThrow();

        Http.Antwoord ingetrokken = Gezinstest.post(karin, "/gezin/kind/" + id + "/toestemmingen/" + vanAnna.id()
                + "/intrekken");
        assertThat(ingetrokken.status()).as(ingetrokken.body()).isEqualTo(302);
        // When the answer comes, the route has stopped: the withdrawal and the stop were one transaction.
        assertThat(routes.taak("jeugdhulp", nummer, "afspraakUitvoeren")).isNull();
        assertThat(toestemmingen.inWerking(nummer, Toestemming.Scope.JEUGDHULP)).isFalse();
    }

    @Test
    void eenOuderZonderGezagKrijgt403MetDeUitleg() {
        Sessie erik = gezin.meldAan("ouder2");
        String noor = Gezinstest.idVan(erik, "Noor");
        Http.Antwoord pagina = erik.get("/gezin/kind/" + noor + "/toestemmingen/geven", "Accept", HTML);
        assertThat(pagina.status()).isEqualTo(403);
        assertThat(pagina.body()).contains("Dit kunt u hier niet doen", "U hebt geen gezag");
        Http.Antwoord geven = Gezinstest.post(erik, "/gezin/kind/" + noor + "/toestemmingen/geven", "scope",
                "JEUGDHULP", "versie", "jeugdhulp-1", "taal", "nl");
        assertThat(geven.status()).isEqualTo(403);
        assertThat(toestemmingen.lijst(noorNummer())).noneMatch(t -> "DIGITAAL".equals(t.vorm().name())
                && t.vastgelegdDoor() != null && t.vastgelegdDoor().equals("gezin-" + gezin.account("ouder2")));
    }

    @Test
    void deOuderVanSanneVan16Krijgt403_vanaf16GeeftZijZelfToestemming() {
        String sanne = dossiers.lijst().stream().filter(d -> d.leerling().equals("Sanne Jansen")).findFirst()
                .orElseThrow().nummer();
        Long marieke = dossiers.haalOp(sanne).leerling().ouders().get(0).id();
        gezin.koppel("ouder", sanne, marieke);
        Sessie moeder = gezin.meldAan("ouder");
        Http.Antwoord pagina = moeder.get("/gezin/kind/" + Gezinstest.idVan(moeder, "Sanne") + "/toestemmingen/geven",
                "Accept", HTML);
        assertThat(pagina.status()).isEqualTo(403);
        assertThat(pagina.body()).contains("Uw kind is 16 of ouder");

        // Sanne herself gives it: the three kinds are hers at 16 (Jeugdwet art. 7.3.5, AVG art. 8).
        Sessie zelf = gezin.meldAan("leerling");
        assertThat(zelf.get("/gezin/kind/" + Gezinstest.idVan(zelf, "Sanne") + "/toestemmingen/geven", "Accept", HTML)
                .body()).contains("Toestemming voor jeugdhulp", "Toestemming voor leerplicht in het MDO");
    }

    @Test
    void deOuderVanEenAnderKindKrijgt404EnKomtNietBijDeApi() {
        Sessie erik = gezin.meldAan("ouder2");
        String vanErik = Gezinstest.idVan(erik, "Noor");
        Sessie sanne = gezin.meldAan("leerling");
        String vanSanne = Gezinstest.idVan(sanne, "Sanne");
        Sessie karin = gezin.meldAan("ouder");
        // Another account's binding (even to her own child) and another child: not found, for reading and acting.
        for (String id : List.of(vanErik, vanSanne)) {
            assertThat(karin.get("/gezin/kind/" + id + "/toestemmingen/geven", "Accept", HTML).status()).isEqualTo(404);
            assertThat(Gezinstest.post(karin, "/gezin/kind/" + id + "/toestemmingen/geven", "scope", "JEUGDHULP",
                    "versie", "jeugdhulp-1", "taal", "nl").status()).isEqualTo(404);
        }
        String sanneNummer = dossiers.lijst().stream().filter(d -> d.leerling().equals("Sanne Jansen")).findFirst()
                .orElseThrow().nummer();
        int voor = toestemmingen.lijst(sanneNummer).size();
        // The consent API is not the family's door: the session gets 403, the family's password no basic login.
        String api = "/api/dossiers/" + sanneNummer + "/toestemmingen";
        String body = "{\"scope\": \"JEUGDHULP\", \"gegevenDoor\": \"LEERLING\", \"vorm\": \"DIGITAAL\"}";
        assertThat(karin.get(api).status()).isEqualTo(403);
        assertThat(karin.post(api, body, "X-CSRF-TOKEN", karin.csrfToken(), "Origin", karin.origin()).status())
                .isEqualTo(403);
        assertThat(http().als("ouder").post(api, body).status()).isEqualTo(401);
        assertThat(karin.get("/engine-rest/process-instance?businessKey=" + sanneNummer).status()).isEqualTo(401);
        assertThat(toestemmingen.lijst(sanneNummer)).hasSize(voor);
    }

    private String noorNummer() {
        return dossiers.lijst().stream().filter(d -> d.leerling().equals("Noor de Vries")).findFirst().orElseThrow()
                .nummer();
    }

    private DossierView.ToestemmingView actief(String nummer, Toestemming.Scope scope) {
        return toestemmingen.lijst(nummer).stream().filter(t -> t.scope() == scope && t.ingetrokkenOp() == null)
                .findFirst().orElseThrow();
    }

    private boolean geenActieve(String nummer, Toestemming.Scope scope) {
        return toestemmingen.lijst(nummer).stream().noneMatch(t -> t.scope() == scope && t.ingetrokkenOp() == null);
    }

    private static NieuwDossier.Ouder ouder(String naam, boolean gezag) {
        return new NieuwDossier.Ouder(naam, Ouder.Relatie.OUDER, "06 5555 0000", null, gezag, false);
    }

    private DossierView nieuweLeerling(String voornaam, int jaar, NieuwDossier.Ouder... ouders) {
        LocalDate geboren = vandaag().minusYears(jaar).minusMonths(2);
        var leerling = new NieuwDossier.Leerling(voornaam, null, "Toestemmingtest", geboren, null, "99ZZ00",
                Onderwijssoort.PO, 6, List.of(ouders));
        return dossiers.open(new NieuwDossier(leerling, Groepen.ZORGCOORDINATOR), Groepen.MENTOR);
    }
}
