package nl.eenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.eenplan.BrowserTest;
import nl.eenplan.Http;
import nl.eenplan.Testdossiers;
import nl.eenplan.Toegankelijkheid;
import nl.eenplan.TweedeGemeente;
import nl.eenplan.Zorgroutes;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.termijn.Schoolkalender;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two leftovers of issue #23 on the pupil's page. The adult pupil's curator or mentor (dossier.Vertegenwoordiger): the
 * zorgcoördinator sees who, curator or mentor, the court's decision and since when, records one and ends it on the
 * page, each refusal of the API at its field; nobody else sees the block, and another school's zorgcoördinator can
 * neither read nor write it through the page or /api. The care part's objection (zorgdeel): the gemeente's refusal and
 * letter, the parents' objection registered by the zorgcoördinator, and the gemeente deciding on it in its task; when
 * the parents withdrew consent for jeugdhulp, the page says why the objection cannot go to the gemeente. Every state
 * passes axe-core.
 */
class VertegenwoordigerEnZorgbezwaarBrowserIT extends BrowserTest {

    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter LANG = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl-NL"));

    @Autowired
    SchoolService scholen;
    @Autowired
    Organisaties organisaties;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    Schoolkalender kalender;

    Zorgroutes routes;

    @BeforeEach
    void tweedeGemeente() {
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        routes = new Zorgroutes(this::http, runtimeService, managementService, kalender, vandaag());
    }

    @Test
    void deZorgcoordinatorLegtDeCuratorVastEnBeeindigtHem_eenAndereSchoolZietNiets() {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer")
                .asText();
        LocalDate beschikking = vandaag().minusDays(20);

        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        meldAan("zorgcoordinator");
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("kop-vertegenwoordigers")));
        assertThat(browser.findElement(By.id("geen-vertegenwoordiger")).getText())
                .isEqualTo("Geen curator of mentor vastgelegd.");
        Toegankelijkheid.controleer(browser, "geen curator of mentor");

        // Without a name: the API's refusal at its field, what was chosen and typed stays.
        klik(By.xpath("//summary[normalize-space()='Curator of mentor vastleggen']"));
        new Select(browser.findElement(By.id("vertegenwoordiger-soort"))).selectByValue("CURATOR");
        datum(By.id("vertegenwoordiger-beschikking"), beschikking);
        klik(By.xpath("//form[@id='vertegenwoordigerformulier']//button"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("vertegenwoordiger-naam-fout")));
        assertThat(browser.findElement(By.id("vertegenwoordiger-naam-fout")).getText())
                .isEqualTo("Vul de naam in van de curator of mentor.");
        assertThat(browser.findElement(By.id("vertegenwoordiger-beschikking")).getAttribute("value"))
                .isEqualTo(DAG.format(beschikking));
        Toegankelijkheid.controleer(browser, "curator zonder naam");

        browser.findElement(By.id("vertegenwoordiger-naam")).sendKeys("Jan de Vries");
        klik(By.xpath("//form[@id='vertegenwoordigerformulier']//button"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("vertegenwoordigers-bericht"),
                "De curator of mentor is vastgelegd."));
        long id = http().als("zorgcoordinator").get("/api/dossiers/" + nummer + "/vertegenwoordigers").json().get(0)
                .get("id").asLong();
        assertThat(browser.findElement(By.id("vertegenwoordiger-" + id)).getText()).contains("Jan de Vries (curator), "
                + "benoemd bij beschikking van de rechter van " + LANG.format(beschikking) + "; geldt nu.",
                "Vastgelegd door zorgcoordinator");
        Toegankelijkheid.controleer(browser, "curator vastgelegd");
        nl.eenplan.Browser.screenshot(browser, "vertegenwoordiger-1-vastgelegd");

        // A second curator while the first runs: refused at the choice.
        klik(By.xpath("//summary[normalize-space()='Curator of mentor vastleggen']"));
        new Select(browser.findElement(By.id("vertegenwoordiger-soort"))).selectByValue("CURATOR");
        browser.findElement(By.id("vertegenwoordiger-naam")).sendKeys("Piet Pietersen");
        datum(By.id("vertegenwoordiger-beschikking"), vandaag());
        klik(By.xpath("//form[@id='vertegenwoordigerformulier']//button"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("vertegenwoordiger-soort-fout")));
        assertThat(browser.findElement(By.id("vertegenwoordiger-soort-fout")).getText())
                .startsWith("Er staat al een curator bij de leerling");

        // The end: not before the court's decision (at its field), then recorded.
        String einde = "vertegenwoordiger-einde-" + id;
        klik(By.xpath("//summary[normalize-space()='Einde vastleggen: Jan de Vries (curator)']"));
        datum(By.id(einde), beschikking.minusDays(1));
        klik(By.xpath("//form[@id='vertegenwoordiger-einde-formulier-" + id + "']//button"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id(einde + "-fout")));
        assertThat(browser.findElement(By.id(einde + "-fout")).getText())
                .isEqualTo("Het einde ligt na de beschikking (" + beschikking + ").");
        Toegankelijkheid.controleer(browser, "einde vóór de beschikking");
        datum(By.id(einde), vandaag());
        klik(By.xpath("//form[@id='vertegenwoordiger-einde-formulier-" + id + "']//button"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("vertegenwoordigers-bericht"),
                "Het einde is vastgelegd."));
        assertThat(browser.findElement(By.id("vertegenwoordiger-" + id)).getText())
                .contains("Jan de Vries (curator)", "; geëindigd op " + LANG.format(vandaag()) + ".")
                .doesNotContain("geldt nu");
        assertThat(browser.findElements(By.id("vertegenwoordiger-einde-formulier-" + id))).isEmpty();
        Toegankelijkheid.controleer(browser, "curator beëindigd");

        // Only the zorgcoördinator of the pupil's school: the mentor, the SWV and the gemeente see no block.
        for (String wie : List.of("mentor", "swv", "gemeente")) {
            assertThat(http().als(wie).metKop("Accept", "text/html").get("/leerlingen/" + nummer).body()).as(wie)
                    .doesNotContain("kop-vertegenwoordigers", "Jan de Vries");
        }
        assertThat(http().als("mentor").get("/api/dossiers/" + nummer + "/vertegenwoordigers").status())
                .isEqualTo(403);

        // Another school's zorgcoördinator: not the page, not the list, no new one, no end; not through a dossier of
        // its own school either.
        Http ander = http().als("zorgcoordinatorAmersfoort");
        String nieuw = "{\"soort\": \"MENTOR\", \"naam\": \"Indringer\", \"beschikkingOp\": \"" + vandaag() + "\"}";
        String eindeOp = "{\"op\": \"" + vandaag() + "\"}";
        assertThat(ander.metKop("Accept", "text/html").get("/leerlingen/" + nummer).status()).isEqualTo(404);
        assertThat(http().als("zorgcoordinatorAmersfoort").get("/api/dossiers/" + nummer + "/vertegenwoordigers")
                .status()).isEqualTo(404);
        assertThat(http().als("zorgcoordinatorAmersfoort").post("/api/dossiers/" + nummer + "/vertegenwoordigers",
                nieuw).status()).isEqualTo(404);
        assertThat(http().als("zorgcoordinatorAmersfoort").put("/api/dossiers/" + nummer + "/vertegenwoordigers/" + id
                + "/einde", eindeOp).status()).isEqualTo(404);
        Http.Antwoord eigen = http().als("zorgcoordinatorAmersfoort").post("/api/dossiers",
                Testdossiers.nieuw().replace("99ZZ00", TweedeGemeente.SCHOOL));
        assertThat(eigen.status()).as(eigen.body()).isEqualTo(201);
        String eigenNummer = eigen.json().get("nummer").asText();
        assertThat(http().als("zorgcoordinatorAmersfoort").put("/api/dossiers/" + eigenNummer + "/vertegenwoordigers/"
                + id + "/einde", eindeOp).status()).isEqualTo(404);
        assertThat(http().als("zorgcoordinatorAmersfoort").metKop("Accept", "text/html").get("/leerlingen/"
                + eigenNummer).body()).contains("kop-vertegenwoordigers").doesNotContain("Jan de Vries");
        assertThat(http().als("zorgcoordinator").get("/api/dossiers/" + nummer + "/vertegenwoordigers").json())
                .hasSize(1);
    }

    @Test
    void hetBezwaarTegenHetZorgdeel_doorDeZorgcoordinatorVastgelegdEnDoorDeGemeenteBehandeld() {
        String nummer = zorgdeelAfgewezen();
        long arrangement = arrangement(nummer);

        // Issue 23: the gemeente that refused (here the pupil's home gemeente is the school's) sends its own letter, in
        // its task of process jeugdhulpbesluit, opened from the pupil's page.
        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        meldAan("gemeente");
        klik(By.linkText("Verzending besluitbrief vastleggen"));
        veld("Verzonden of uitgereikt op").sendKeys(DAG.format(vandaag()), Keys.TAB);
        veld("Verzonden door").sendKeys("Gemeente Utrecht, team jeugd");
        klik(By.xpath("//label[normalize-space()='Per post']"));
        Toegankelijkheid.controleer(browser, "de taak Verzending besluitbrief vastleggen (gemeente)");
        klik(By.id("versturen"));
        wacht.until(ExpectedConditions.urlContains("/afgerond"));
        assertThat(routes.taak("gemeente", nummer, "bezwaarBehandelenJeugdhulp")).isNull();

        // The gemeente: its letter and the objection term in the request's care part.
        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("bezwaar-zorg-" + arrangement)));
        assertThat(browser.findElement(By.id("bezwaar-zorg-" + arrangement)).getText()).contains(
                "Besluitbrief van de gemeente aan de ouders verzonden op " + LANG.format(vandaag())
                        + " door Gemeente Utrecht, team jeugd (post).", "Laatste dag van de bezwaartermijn:",
                "Geen bezwaar ontvangen.");
        assertThat(browser.getPageSource()).doesNotContain("bezwaarformulier", "kop-afwijzingen");
        Toegankelijkheid.controleer(browser, "zorgdeel afgewezen, voor de gemeente");

        // The zorgcoördinator registers the parents' objection on the page.
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        meldAan("zorgcoordinator");
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("kop-afwijzingen")));
        assertThat(browser.findElement(By.id("kop-afwijzingen")).findElement(By.xpath("..")).getText())
                .contains("De gemeente wees het zorgdeel af", "Besluitbrief van de gemeente aan de ouders verzonden op");
        String veld = "bezwaar-ontvangen-" + arrangement + "-ZORG";
        klik(By.xpath("//summary[normalize-space()='Bezwaar van de ouders vastleggen (zorgdeel)']"));
        datum(By.id(veld), vandaag().plusDays(1));
        klik(By.xpath("//form[@id='bezwaarformulier-" + arrangement + "-ZORG']//button"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id(veld + "-fout")));
        assertThat(browser.findElement(By.id(veld + "-fout")).getText())
                .isEqualTo("Het bezwaarschrift kan niet in de toekomst binnengekomen zijn.");
        Toegankelijkheid.controleer(browser, "bezwaar zorgdeel: datum geweigerd");
        datum(By.id(veld), vandaag());
        klik(By.xpath("//form[@id='bezwaarformulier-" + arrangement + "-ZORG']//button"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("afwijzingen-bericht"),
                "Het bezwaar is vastgelegd."));
        assertThat(browser.findElement(By.id("bezwaar-zorg-" + arrangement)).getText())
                .contains("Bezwaar van de ouders ontvangen op " + LANG.format(vandaag()));
        assertThat(browser.findElements(By.id("bezwaarformulier-" + arrangement + "-ZORG"))).isEmpty();
        Toegankelijkheid.controleer(browser, "bezwaar zorgdeel vastgelegd");
        // Only the zorgcoördinator of the pupil's school registers it.
        String bezwaar = "{\"deel\": \"ZORG\", \"ontvangenOp\": \"" + vandaag() + "\", \"ingediendDoor\": \"OUDERS\"}";
        assertThat(http().als("zorgcoordinatorAmersfoort").post("/api/arrangementen/" + arrangement + "/bezwaar",
                bezwaar).status()).isEqualTo(404);
        // The gemeente that decided could register it too (it receives bezwaarschriften), but it is registered: no
        // objection window waits any more.
        assertThat(http().als("gemeente").post("/api/arrangementen/" + arrangement + "/bezwaar", bezwaar).status())
                .isEqualTo(409);

        // The gemeente decides on the objection in its task, opened from the pupil's page.
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        meldAan("gemeente");
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("bezwaar-zorg-" + arrangement)));
        assertThat(browser.findElement(By.id("bezwaar-zorg-" + arrangement)).getText())
                .contains("Bezwaar van de ouders ontvangen op " + LANG.format(vandaag()));
        klik(By.linkText("Bezwaar behandelen (gemeente)"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[normalize-space()='Ongegrond: de afwijzing blijft']")));
        Toegankelijkheid.controleer(browser, "de taak Bezwaar behandelen (gemeente)");
        klik(By.xpath("//label[normalize-space()='Ongegrond: de afwijzing blijft']"));
        veld("Toelichting").sendKeys("De gezinsbegeleiding past niet bij de vraag.");
        klik(By.id("versturen"));
        wacht.until(ExpectedConditions.urlContains("/afgerond"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("De taak is afgerond.");
        Toegankelijkheid.controleer(browser, "bezwaar zorgdeel behandeld");

        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("bezwaar-zorg-" + arrangement)));
        assertThat(browser.findElement(By.id("bezwaar-zorg-" + arrangement)).getText())
                .contains("Beslissing op het bezwaar: ongegrond.");
        Toegankelijkheid.controleer(browser, "beslissing op het bezwaar, voor de gemeente");
        assertThat(alsSchool(nummer).at("/zorgBezwaar/uitkomst").asText()).isEqualTo("ONGEGROND");
    }

    @Test
    void zonderToestemmingVoorJeugdhulpGaatHetBezwaarNietNaarDeGemeente() {
        String nummer = zorgdeelAfgewezenMetBrief();
        long arrangement = arrangement(nummer);
        routes.trekToestemmingIn(nummer, "JEUGDHULP");

        // Issue 23 item 4: the page does not offer what the API would refuse (409), and says why.
        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        meldAan("zorgcoordinator");
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("geen-bezwaar-" + arrangement + "-ZORG")));
        assertThat(browser.findElement(By.id("geen-bezwaar-" + arrangement + "-ZORG")).getText())
                .contains("Een bezwaar tegen het zorgdeel kan hier niet worden vastgelegd: er is geen toestemming voor "
                        + "jeugdhulp (meer).");
        assertThat(browser.findElements(By.id("bezwaarformulier-" + arrangement + "-ZORG"))).isEmpty();
        assertThat(browser.findElements(By.xpath("//summary[normalize-space()='Bezwaar van de ouders vastleggen "
                + "(zorgdeel)']"))).isEmpty();
        Toegankelijkheid.controleer(browser, "bezwaar zorgdeel zonder toestemming");
        Http.Antwoord api = http().als("zorgcoordinator").post("/api/arrangementen/" + arrangement + "/bezwaar",
                "{\"deel\": \"ZORG\", \"ontvangenOp\": \"" + vandaag() + "\", \"ingediendDoor\": \"OUDERS\"}");
        assertThat(api.status()).as(api.body()).isEqualTo(409);
        com.fasterxml.jackson.databind.JsonNode zorg = alsSchool(nummer).at("/zorgBezwaar");
        assertThat(zorg.at("/briefOp").asText()).as("de brief staat er: " + zorg).isEqualTo(vandaag().toString());
        assertThat(zorg.at("/bezwaarOntvangenOp").isMissingNode() || zorg.at("/bezwaarOntvangenOp").isNull())
                .as("geen bezwaar vastgelegd: " + zorg).isTrue();

        // The gemeente no longer sees the care part, nor its letter and objection.
        assertThat(http().als("gemeente").metKop("Accept", "text/html").get("/leerlingen/" + nummer).body())
                .doesNotContain("bezwaar-zorg-", "Gezinsbegeleiding door het wijkteam");
    }

    // ---- helpers

    /**
     * A request with an education part and a care part (consent for jeugdhulp in force): the SWV grants its part, the
     * gemeente refuses the care part and sends its letter today. Answers the dossier number.
     */
    private String zorgdeelAfgewezenMetBrief() {
        String nummer = zorgdeelAfgewezen();
        routes.voltooi("gemeente", nummer, "besluitbriefJeugdhulp", "{\"verzondenOp\": \"" + vandaag()
                + "\", \"verzondenDoor\": \"Gemeente Utrecht, team jeugd\", \"wijze\": \"POST\"}");
        return nummer;
    }

    /**
     * A request with an education part and a care part: the SWV grants its part, the gemeente refuses the care part in
     * its task "besluiten" of process jeugdhulpbesluit (the pupil lives in the school's gemeente here), where the
     * letter step follows. Answers the dossier number.
     */
    private String zorgdeelAfgewezen() {
        String nummer = routes.arrangementInBesluitvorming("Kleine klas drie dagen per week.",
                "Gezinsbegeleiding door het wijkteam.", "Regulier vo, havo.");
        routes.voltooi("swv", nummer, "besluitOnderwijs", "{\"besluit\": \"TOEGEKEND\"}");
        routes.voltooi("gemeente", nummer, "besluiten", "{\"besluit\": \"AFGEWEZEN\", \"toelichting\": "
                + "\"Geen indicatie voor gezinsbegeleiding.\"}");
        return nummer;
    }

    /** The pupil's (only) arrangement request as the API gives it to the school's zorgcoördinator. */
    private com.fasterxml.jackson.databind.JsonNode alsSchool(String nummer) {
        Http.Antwoord a = http().als("zorgcoordinator").get("/api/dossiers/" + nummer + "/arrangementen");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json().get(0);
    }

    private long arrangement(String nummer) {
        return http().als("zorgcoordinator").get("/api/dossiers/" + nummer + "/arrangementen").json().get(0).get("id")
                .asLong();
    }

    /** Types a date as Dutch people write it (dd-mm-jjjj). */
    private void datum(By veld, LocalDate dag) {
        WebElement invoer = browser.findElement(veld);
        invoer.clear();
        invoer.sendKeys(DAG.format(dag));
    }

    private void meldAan(String gebruiker) {
        wacht.until(ExpectedConditions.urlContains("/login"));
        meldAanOpEenPlan(gebruiker);
    }
}
