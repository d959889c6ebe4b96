package nl.eenplan.gezin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Sessie;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.DossierView;
import nl.eenplan.dossier.NieuwDossier;
import nl.eenplan.dossier.NieuweAfspraak;
import nl.eenplan.dossier.Onderwijssoort;
import nl.eenplan.dossier.Ouder;
import nl.eenplan.security.Groepen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What each member of the demo family sees on /gezin (issue #24, {@link Gezinsregel}), over HTTP with their own
 * session: a parent with gezag the plan, a parent without gezag less and no consents, a guardian under a court order
 * nothing, pupils of 13 and 16 what their age gives; never another guardian's phone or e-mail or the address; another
 * child's id is 404. And the inzage of the dossier shows the family's reads.
 */
class GezinspaginaPerRolIT extends IntegratieTest {

    private static final String HTML = "text/html,application/xhtml+xml";

    @Autowired
    DossierService dossiers;
    @Autowired
    Gezinsregister register;
    @Autowired
    Subjecthash hash;
    @Autowired
    org.springframework.context.ApplicationContext context;

    /** Binds the demo accounts for a test; the bindings end afterwards, so the demo family is as it was. */
    private Gezinstest gezin;

    @BeforeEach
    void gezinstest() {
        gezin = new Gezinstest(context, port, clock);
    }

    @AfterEach
    void koppelingenTerug() {
        gezin.ruimOp();
    }

    @Test
    void eenOuderMetGezagZietHetPlanMaarGeenContactgegevensOfAdres() {
        Sessie karin = meldAan("ouder");
        String overzicht = karin.get("/gezin", "Accept", HTML).body();
        assertThat(overzicht).contains("Het plan van Noor");
        String noor = Gezinstest.kinderen(karin).get(0);
        String plan = pagina(karin, noor, "plan", 200);
        // "Wat u doet": the agreements made with the family only, not the school's own (plan §3, afspraak.met_gezin).
        assertThat(plan).contains("Noor leest elke dag een kwartier", "Wat u doet",
                "Thuis elke avond een kwartier samen met Noor lezen", "U hebt het gezag", "BW art. 1:245",
                "Basisschool De Vlinder (demo)").doesNotContain("Wekelijks een kort gesprek met Noor");
        assertThat(pagina(karin, noor, "toestemmingen", 200)).contains("Er is geen toestemming vastgelegd");
        assertThat(pagina(karin, noor, "tijdlijn", 200)).contains("Het plan is gestart.");
        // The demo plans an MDO for Noor (DemoGegevens): its date, and the way to answer it.
        assertThat(pagina(karin, noor, "mdo", 200)).contains("Gepland op", "/reactie");
        assertThat(pagina(karin, noor, "besluiten", 200)).contains("Er zijn nog geen besluiten");
        for (String deel : List.of("plan", "toestemmingen", "tijdlijn", "mdo", "besluiten", "overstap")) {
            assertThat(pagina(karin, noor, deel, 200)).as(deel)
                    .doesNotContain("06 8765 4321", "erik.devries@example.nl", "06 1234 5678", "karin.devries@example.nl",
                            "Erik", "woonadres", "postcode", "meldcode", "verzuim", Groepen.ZORGCOORDINATOR + "<");
        }
    }

    @Test
    void eenOuderZonderGezagZietMinderEnGeenToestemmingen() {
        Sessie erik = meldAan("ouder2");
        String noor = Gezinstest.kinderen(erik).get(0);
        String plan = pagina(erik, noor, "plan", 200);
        assertThat(plan).contains("Noor leest elke dag een kwartier", "U hebt geen gezag", "BW art. 1:377c lid 1")
                .doesNotContain("Thuis elke avond", "06 1234 5678", "karin.devries@example.nl", "Karin");
        pagina(erik, noor, "toestemmingen", 404);
        pagina(erik, noor, "tijdlijn", 404);
        // The MDO's date, but no way to answer it: a parent without gezag is not invited (BW art. 1:377c).
        assertThat(pagina(erik, noor, "mdo", 200)).contains("Gepland op").doesNotContain("/reactie");

        // Karin's binding is not Erik's: the same child, another account, 404.
        String vanKarin = Gezinstest.kinderen(meldAan("ouder")).get(0);
        assertThat(vanKarin).isNotEqualTo(noor);
        pagina(erik, vanKarin, "plan", 404);
        pagina(erik, UUID.randomUUID().toString(), "plan", 404);
        assertThat(meldAan("leerling").get("/gezin/kind/" + vanKarin, "Accept", HTML).status()).isEqualTo(404);
    }

    @Test
    void eenOuderMetEenRechterlijkeBeperkingZietNiets() {
        DossierView tess = nieuweLeerling("Tess", 10, new NieuwDossier.Ouder("Ruud Beperkt", Ouder.Relatie.OUDER,
                "06 1111 2222", "ruud@example.nl", true, true));
        gezin.koppel("ouder", tess.nummer(), tess.leerling().ouders().get(0).id());
        Sessie karin = meldAan("ouder");
        String tessId = Gezinstest.idVan(karin, "Tess");
        String pagina = karin.get("/gezin/kind/" + tessId, "Accept", HTML).body();
        assertThat(pagina).contains("Een rechter heeft bepaald", "BW art. 1:377c lid 2")
                .doesNotContain("Tess leert", "Basisschool De Vlinder", "Onderdelen van het plan");
        for (String deel : List.of("plan", "mdo", "besluiten", "overstap", "tijdlijn", "toestemmingen")) {
            pagina(karin, tessId, deel, 404);
        }
    }

    @Test
    void eenLeerlingVan13ZietHaarEigenPlanMaarGeenBesluitenOfTijdlijn() {
        DossierView mila = nieuweLeerling("Mila", 13, new NieuwDossier.Ouder("Saskia Dertien", Ouder.Relatie.OUDER,
                "06 3333 4444", "saskia@example.nl", true, false));
        gezin.koppel("leerling", mila.nummer(), null);
        Sessie leerling = meldAan("leerling");
        String milaId = Gezinstest.idVan(leerling, "Mila");
        assertThat(pagina(leerling, milaId, "plan", 200)).contains("Mila leert", "Je ziet je eigen plan",
                "Jeugdwet art. 7.3.4", "Mila leest thuis elke dag tien minuten.")
                .doesNotContain("06 3333 4444", "saskia@example.nl", "Saskia", "Mila oefent twee keer per week.");
        pagina(leerling, milaId, "toestemmingen", 200);
        pagina(leerling, milaId, "besluiten", 404);
        pagina(leerling, milaId, "tijdlijn", 404);
        pagina(leerling, milaId, "overstap", 404);
    }

    @Test
    void sanneVan16ZietAllesVanZichzelfEnHaarMoederGeenZorgOfToestemmingen() {
        Sessie sanne = meldAan("leerling");
        String overzicht = sanne.get("/gezin", "Accept", HTML).body();
        assertThat(overzicht).contains("Mijn plan");
        String eigen = Gezinstest.idVan(sanne, "Sanne");
        assertThat(pagina(sanne, eigen, "plan", 200)).contains("Sanne haalt haar achterstand", "Je bent 16 of ouder");
        for (String deel : List.of("mdo", "besluiten", "overstap", "tijdlijn", "toestemmingen")) {
            pagina(sanne, eigen, deel, 200);
        }

        String nummer = dossiers.lijst().stream().filter(d -> d.leerling().equals("Sanne Jansen")).findFirst()
                .orElseThrow().nummer();
        Long marieke = dossiers.haalOp(nummer).leerling().ouders().get(0).id();
        gezin.koppel("ouder", nummer, marieke);
        Sessie moeder = meldAan("ouder");
        String sanneId = Gezinstest.idVan(moeder, "Sanne");
        assertThat(pagina(moeder, sanneId, "plan", 200)).contains("Sanne haalt haar achterstand", "16 of ouder",
                "Jeugdwet art. 7.3.5");
        pagina(moeder, sanneId, "tijdlijn", 200);
        pagina(moeder, sanneId, "toestemmingen", 404);
    }

    /**
     * Issue #24, B1: a pupil signed in for herself reads "je" about herself (Gezinstaal.LEERLING,
     * messages_nl__leerling.properties), a parent keeps "u"; the page's language stays "nl", dates stay Dutch, and in
     * English nothing changes.
     */
    @Test
    void eenLeerlingLeestJeEnEenOuderU() {
        DossierView lotte = nieuweLeerling("Lotte", 14, new NieuwDossier.Ouder("Ilse Veertien", Ouder.Relatie.OUDER,
                "06 5555 6666", "ilse@example.nl", true, false));
        gezin.koppel("leerling", lotte.nummer(), null);
        Sessie leerling = meldAan("leerling");
        String overzicht = leerling.get("/gezin", "Accept", HTML).body();
        assertThat(overzicht).contains("lang=\"nl\"", "Wat wacht op je", "Hier zie je jouw plan", "Mijn plan")
                .doesNotContain("Wat wacht op u", "Hier ziet u", "lang=\"nl-", "nl__leerling");
        String lotteId = Gezinstest.idVan(leerling, "Lotte");
        String plan = pagina(leerling, lotteId, "plan", 200);
        assertThat(plan).contains("lang=\"nl\"", "<h1 class=\"utrecht-heading-1\">Jouw plan</h1>", "Wat jij doet",
                "Dit is afgesproken met jou of met je ouders.", "Lotte leest thuis elke dag tien minuten.")
                .doesNotContain(" uw kind", "Wat u doet", "Hebt u", "lang=\"nl-", "nl__leerling");
        // The date of an agreement: Dutch month names, as for a parent.
        assertThat(plan).containsPattern("Klaar op \\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus"
                + "|september|oktober|november|december) \\d{4}");
        String toestemmingen = pagina(leerling, lotteId, "toestemmingen", 200);
        assertThat(toestemmingen).contains("Je kunt een toestemming altijd weer intrekken.")
                .doesNotContain("U kunt", " uw kind");
        assertThat(Gezinstaal.voorAccount(register, register.account(hash.van(Subjecthash.DEMO, "leerling"))
                .orElseThrow())).isEqualTo(Gezinstaal.LEERLING);

        // A parent keeps "u".
        Sessie karin = meldAan("ouder");
        assertThat(karin.get("/gezin", "Accept", HTML).body()).contains("Wat wacht op u", "Hier ziet u het plan");
        String noor = Gezinstest.kinderen(karin).get(0);
        assertThat(pagina(karin, noor, "plan", 200)).contains("Het plan van Noor", "Wat u doet",
                "Dit is afgesproken met u of met uw kind.").doesNotContain("Wat jij doet");
        assertThat(pagina(karin, noor, "toestemmingen", 200)).contains("U kunt een toestemming altijd weer intrekken.");
        assertThat(Gezinstaal.voorAccount(register, register.account(hash.van(Subjecthash.DEMO, "ouder"))
                .orElseThrow())).isEqualTo(Gezinstaal.NEDERLANDS);

        // In English the pupil's page is the English page, as before.
        assertThat(Gezinstest.post(leerling, "/gezin/taal", "taal", "en", "terug", "/gezin").status()).isEqualTo(302);
        String engels = pagina(leerling, lotteId, "plan", 200);
        assertThat(engels).contains("lang=\"en\"", "The plan of Lotte", "What you do",
                "This was agreed with you or your child.").doesNotContain("Wat jij doet", "Jouw plan");
        assertThat(pagina(leerling, lotteId, "toestemmingen", 200))
                .contains("You can always withdraw a consent.");
        assertThat(Gezinstest.post(leerling, "/gezin/taal", "taal", "nl", "terug", "/gezin").status()).isEqualTo(302);
        assertThat(pagina(leerling, lotteId, "plan", 200)).contains("Wat jij doet");
    }

    @Test
    void deInzageVanHetDossierToontWatHetGezinLas() {
        Sessie karin = meldAan("ouder");
        String noor = Gezinstest.kinderen(karin).get(0);
        pagina(karin, noor, "plan", 200);
        long account = register.account(hash.van(Subjecthash.DEMO, "ouder")).orElseThrow();
        String nummer = dossiers.lijst().stream().filter(d -> d.leerling().equals("Noor de Vries")).findFirst()
                .orElseThrow().nummer();
        String inzage = http().als("admin").get("/api/dossiers/" + nummer + "/inzage").body();
        assertThat(inzage).contains("gezin-" + account + " (ouder of leerling zelf, via EenPlan)",
                "GET /gezin/kind/" + noor + "/plan");
        assertThat(inzage).doesNotContain("Karin");
    }

    private Sessie meldAan(String wie) {
        return Gezinstest.meldAan(port, wie);
    }

    private static String pagina(Sessie sessie, String id, String deel, int status) {
        Http.Antwoord antwoord = sessie.get("/gezin/kind/" + id + "/" + deel, "Accept", HTML);
        assertThat(antwoord.status()).as(deel + ": " + antwoord.body()).isEqualTo(status);
        return antwoord.body();
    }



    private DossierView nieuweLeerling(String voornaam, int jaar, NieuwDossier.Ouder ouder) {
        LocalDate geboren = vandaag().minusYears(jaar).minusMonths(2);
        var leerling = new NieuwDossier.Leerling(voornaam, null, "Gezinstest", geboren, null, "99ZZ00",
                Onderwijssoort.PO, 6, List.of(ouder));
        DossierView d = dossiers.open(new NieuwDossier(leerling, Groepen.ZORGCOORDINATOR), Groepen.MENTOR);
        dossiers.voegDoelenToe(d.nummer(), List.of(voornaam + " leert rekenen met breuken."));
        dossiers.voegAfsprakenToe(d.nummer(), List.of(new NieuweAfspraak(voornaam + " oefent twee keer per week.",
                Groepen.MENTOR, true, vandaag().plusWeeks(3)), new NieuweAfspraak(voornaam
                + " leest thuis elke dag tien minuten.", Groepen.MENTOR, true, vandaag().plusWeeks(3), true)), "test");
        return dossiers.haalOp(d.nummer());
    }
}
