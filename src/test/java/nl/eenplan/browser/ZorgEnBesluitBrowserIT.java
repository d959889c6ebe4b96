package nl.eenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.atomic.AtomicInteger;
import nl.eenplan.Browser;
import nl.eenplan.BrowserTest;
import nl.eenplan.Toegankelijkheid;
import nl.eenplan.Zorginhoud;
import nl.eenplan.Zorgroutes;
import nl.eenplan.termijn.Schoolkalender;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The partners of the school in EenPlan's pages (issue #20): jeugdhulp reads the care part of a pupil's plan and
 * completes its agreement from the MDO; the SWV and the gemeente each read their part of an arrangement request and
 * decide on it. The school's steps before are taken through the API. Every page passes axe-core (WCAG 2.1 AA, no
 * serious or critical violations), and nothing typed became a process variable.
 */
class ZorgEnBesluitBrowserIT extends BrowserTest {

    private static final AtomicInteger VOLGNUMMER = new AtomicInteger();

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    Schoolkalender kalender;

    Zorgroutes routes;

    @BeforeEach
    void routes() {
        routes = new Zorgroutes(this::http, runtimeService, managementService, kalender, vandaag());
    }

    @Test
    void jeugdhulpLeestHetZorgdeelEnRondtEenAfspraakAf() {
        String afspraak = "Gezinsgesprek plannen " + VOLGNUMMER.incrementAndGet();
        String verslag = "Ouders en leerling willen samen aan de ochtenden werken.";
        String nummer = routes.mdoMetAfspraakVoorJeugdhulp(verslag, "Komt elke dag op tijd op school", afspraak);
        String naam = routes.naam(nummer);

        // The pupil's page: the plan, because consent for jeugdhulp is in force; not the school's dossier.
        naarLeerlingVanuitMijnWerk("jeugdhulp", nummer, naam, "Afspraak uit MDO uitvoeren");
        String pagina = browser.findElement(By.tagName("main")).getText();
        assertThat(pagina).contains("Het plan", "Komt elke dag op tijd op school", afspraak, "jeugdhulp (groep)",
                        "toestemming voor jeugdhulp", "MDO", "Afspraak uit MDO uitvoeren")
                .doesNotContain("Anna Jansen", "Ouders en verzorgers", "Wat er gebeurde", verslag);
        assertThat(status(afspraak)).isEqualTo("open");
        Toegankelijkheid.controleer(browser, "de leerlingpagina voor jeugdhulp");
        Browser.screenshot(browser, "jeugdhulp-1-leerling");

        klik(By.linkText("Afspraak uit MDO uitvoeren"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//label[normalize-space()='Gedaan']")));
        Toegankelijkheid.controleer(browser, "de taak Afspraak uit MDO uitvoeren");
        klik(By.xpath("//label[normalize-space()='Gedaan']"));
        Browser.screenshot(browser, "jeugdhulp-2-afspraak");
        klik(By.id("versturen"));
        wacht.until(ExpectedConditions.urlContains("/afgerond"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("De taak is afgerond.");
        Toegankelijkheid.controleer(browser, "afspraak afgerond");

        // The agreement is done, in the one plan the school sees too.
        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), naam));
        assertThat(status(afspraak)).isEqualTo("gedaan");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Jouw taken voor deze leerling");
        Browser.screenshot(browser, "jeugdhulp-3-gedaan");
        assertThat(http().als("zorgcoordinator").get("/api/dossiers/" + nummer).json().get("afspraken").toString())
                .contains(afspraak, "GEDAAN");

        Zorginhoud.nietInProcessen(historyService, repositoryService, nummer, verslag, afspraak,
                "Komt elke dag op tijd op school");
    }

    @Test
    void hetSwvEnDeGemeenteBeslissenElkOpHunDeel() {
        String onderwijs = "Kleine klas drie dagen per week " + VOLGNUMMER.incrementAndGet() + ".";
        String zorg = "Gezinsbegeleiding door het wijkteam.";
        String nummer = routes.arrangementInBesluitvorming(onderwijs, zorg, "Regulier vo, havo.");
        String naam = routes.naam(nummer);
        String swvToelichting = "Past bij de ondersteuningsvraag van de school.";
        String gemeenteToelichting = "Beschikking voor zes maanden gezinsbegeleiding.";

        // The SWV: the request and the OPP, not the care part.
        naarLeerlingVanuitMijnWerk("swv", nummer, naam, "Besluit onderwijsdeel (SWV)");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(onderwijs, "Regulier vo, havo.", "Leest op niveau E6", "besluitvorming")
                .doesNotContain(zorg, "Het plan", "Anna Jansen", "Wat er gebeurde");
        Toegankelijkheid.controleer(browser, "de leerlingpagina voor het SWV");
        Browser.screenshot(browser, "swv-1-leerling");
        besluit("Besluit onderwijsdeel (SWV)", swvToelichting);

        klik(By.xpath("//button[normalize-space()='Afmelden']"));
        wacht.until(ExpectedConditions.urlContains("/login"));

        // The gemeente: the care part, not the education part.
        naarLeerlingVanuitMijnWerk("gemeente", nummer, naam, "Besluit jeugdhulp (woongemeente)");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(zorg, "Regulier vo, havo.")
                .doesNotContain(onderwijs, swvToelichting, "Het plan", "Anna Jansen", "Wat er gebeurde");
        Toegankelijkheid.controleer(browser, "de leerlingpagina voor de gemeente");
        Browser.screenshot(browser, "gemeente-1-leerling");
        besluit("Besluit jeugdhulp (woongemeente)", gemeenteToelichting);

        // Both decided: the arrangement runs; the gemeente sees its decision on the pupil's page.
        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), naam));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("toegekend: " + gemeenteToelichting).doesNotContain(swvToelichting);
        JsonNode arrangement = http().als("zorgcoordinator").get("/api/dossiers/" + nummer + "/arrangementen").json()
                .get(0);
        assertThat(arrangement.get("status").asText()).isEqualTo("LOPEND");
        assertThat(arrangement.get("onderwijsToelichting").asText()).isEqualTo(swvToelichting);
        assertThat(arrangement.get("zorgToelichting").asText()).isEqualTo(gemeenteToelichting);

        Zorginhoud.nietInProcessen(historyService, repositoryService, nummer, swvToelichting, gemeenteToelichting,
                onderwijs, zorg);
    }

    /**
     * Signs in from the start page, searches Mijn werk for the pupil's number (one row, with the pupil's name and the
     * step) and opens the pupil's page from the name.
     */
    private void naarLeerlingVanuitMijnWerk(String gebruiker, String nummer, String naam, String stap) {
        browser.get("http://localhost:" + port + "/");
        wacht.until(ExpectedConditions.urlContains("/login"));
        meldAanOpEenPlan(gebruiker);
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Mijn werk"));
        browser.findElement(By.id("zoek")).sendKeys(nummer);
        wacht.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#takenlijst tbody tr"), 1));
        assertThat(browser.findElement(By.cssSelector("#takenlijst tbody tr")).getText()).contains(naam, nummer, stap);
        Toegankelijkheid.controleer(browser, "Mijn werk van " + gebruiker);
        klik(By.linkText(naam));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), naam));
    }

    /** From the pupil's page: the decision task, granted with an explanation, completed. */
    private void besluit(String stap, String toelichting) {
        klik(By.linkText(stap));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//label[normalize-space()='Toegekend']")));
        Toegankelijkheid.controleer(browser, "de taak " + stap);
        klik(By.xpath("//label[normalize-space()='Toegekend']"));
        veld("Toelichting").sendKeys(toelichting);
        klik(By.id("versturen"));
        wacht.until(ExpectedConditions.urlContains("/afgerond"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("De taak is afgerond.");
        Toegankelijkheid.controleer(browser, stap + " afgerond");
    }

    /** The status of an agreement in the plan's table, as the page shows it. */
    private String status(String afspraak) {
        return browser.findElement(By.xpath("//table[@id='afspraken']//tr[td[1][normalize-space()='" + afspraak
                + "']]/td[4]")).getText();
    }
}
