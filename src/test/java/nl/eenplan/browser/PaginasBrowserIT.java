package nl.eenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.eenplan.Browser;
import nl.eenplan.BrowserTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.Toegankelijkheid;
import nl.eenplan.Zorginhoud;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A zorgcoördinator works in EenPlan's own pages: signs in, opens a dossier for a new pupil, reports a concern,
 * finds the pupil in Mijn werk by name, opens the intake, is told what is missing, completes it, is offered the
 * pupil's next task and sees the pupil's page with the step in its timeline. Every page passes axe-core (WCAG 2.1
 * AA, no serious or critical violations).
 */
class PaginasBrowserIT extends BrowserTest {

    private static final AtomicInteger VOLGNUMMER = new AtomicInteger();

    @Autowired
    HistoryService historyService;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void zorgcoordinatorOpentEenDossierMeldtZorgEnWerktDeIntakeAf() {
        String voornaam = "Fenna" + (char) ('A' + VOLGNUMMER.getAndIncrement());
        String naam = voornaam + " Pagina";

        // "/" without a session leads to the login page, and after it back to Mijn werk.
        browser.get("http://localhost:" + port + "/");
        wacht.until(ExpectedConditions.urlContains("/login"));
        meldAanOpEenPlan("zorgcoordinator");
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Mijn werk"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        Toegankelijkheid.controleer(browser, "Mijn werk");

        // A new pupil: the form of paginas/acties/dossierOpenen.form, sent to the dossier API.
        klik(By.linkText("Leerlingen"));
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Leerlingen"));
        Toegankelijkheid.controleer(browser, "Leerlingen");
        klik(By.linkText("Nieuwe leerling"));
        vulLeerlingIn(voornaam, "Pagina");
        veld("Leerjaar").sendKeys("7");
        veld("Naam").sendKeys("Anna Pagina");
        klik(By.xpath("//label[normalize-space()='Ouder']"));
        klik(By.xpath("//label[normalize-space()='Ja, heeft gezag']"));
        Toegankelijkheid.controleer(browser, "Nieuwe leerling");
        Browser.voorDocs(browser, "paginas-0-nieuwe-leerling");
        String nummer = dossierOpenen();
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), naam));

        // The concern, from the pupil's page.
        klik(By.linkText("Zorg melden"));
        klik(By.xpath("//label[normalize-space()='Leren']"));
        klik(By.xpath("//label[normalize-space()='Normaal']"));
        veld("Wat heeft de school al geprobeerd?").sendKeys("Extra instructie in de klas.");
        Toegankelijkheid.controleer(browser, "Zorg melden");
        klik(By.id("versturen"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Intakegesprek voeren"));

        // Mijn werk: searching by name replaces the list (htmx); name, number and school are shown.
        klik(By.linkText("Mijn werk"));
        browser.findElement(By.id("zoek")).sendKeys(naam);
        wacht.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#takenlijst tbody tr"), 1));
        String regel = browser.findElement(By.cssSelector("#takenlijst tbody tr")).getText();
        assertThat(regel).contains(naam, nummer, "Basisschool De Vlinder (demo)", "Intakegesprek voeren");
        assertThat(browser.getCurrentUrl()).contains("zoek=" + voornaam + "%20Pagina");
        Browser.voorDocs(browser, "paginas-1-mijn-werk");

        klik(By.linkText("Intakegesprek voeren"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[contains(., 'Verslag van het intakegesprek')]")));
        assertThat(browser.findElement(By.tagName("aside")).getText()).contains(naam, "Aanmelding");
        Toegankelijkheid.controleer(browser, "de taak Intakegesprek voeren");

        // Without the report form-js itself says what is missing; nothing is sent.
        klik(By.id("versturen"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"), "Vul de gemarkeerde velden in."));
        assertThat(browser.findElement(By.id("formulier")).getText()).contains("Vul dit veld in.")
                .doesNotContain("Field is required");

        veld("Verslag van het intakegesprek").sendKeys("Ouders en leerling willen hulp bij het lezen.");
        klik(By.xpath("//label[contains(., 'Gesprek met ouders of verzorgers gevoerd')]"));
        Browser.voorDocs(browser, "paginas-2-taak");
        klik(By.id("versturen"));

        // Completed: the next task of this pupil is offered.
        wacht.until(ExpectedConditions.urlContains("/afgerond"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("De taak is afgerond.");
        assertThat(browser.findElement(By.id("volgende")).getText()).contains("Toestemming vragen", naam);
        Toegankelijkheid.controleer(browser, "taak afgerond");
        Browser.screenshot(browser, "paginas-3-afgerond");

        // The pupil's page: who, the school, what runs and what happened, by whom.
        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), naam));
        String pagina = browser.findElement(By.tagName("main")).getText();
        assertThat(pagina).contains("Anna Pagina", "Basisschool De Vlinder (demo)", "Aanmelding",
                "Intakegesprek voeren afgerond", "door zorgcoordinator", "2 maart 2014");
        Toegankelijkheid.controleer(browser, "de leerlingpagina");
        Browser.voorDocs(browser, "paginas-4-leerling");

        // What was typed (the concern, the intake report) is in the dossier, not in any process variable.
        Zorginhoud.nietInProcessen(historyService, repositoryService, nummer, "Extra instructie in de klas.",
                "Ouders en leerling willen hulp bij het lezen.");

        // On a tablet held upright (768 × 1024) the pages fit the width: nothing to scroll sideways.
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(768, 1024));
        for (String pad : List.of("/", "/leerlingen/" + nummer, "/leerlingen")) {
            browser.get("http://localhost:" + port + pad);
            wacht.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth;"))
                    .as("breedte van %s op een tablet", pad).isLessThanOrEqualTo(0L);
        }
        Toegankelijkheid.controleer(browser, "de leerlingpagina op een tablet");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));

        // Notifications: from the header's menu.
        klik(By.cssSelector("a[href='/meldingen']"));
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Meldingen"));
        Toegankelijkheid.controleer(browser, "meldingen");

        // Why data may flow: the basis table, read-only, from the header's menu.
        klik(By.cssSelector("a[href='/grondslagen']"));
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Waarom gegevens gedeeld mogen worden"));
        assertThat(browser.findElement(By.id("stroom-SWV")).getText()).contains("wettelijke taak", "WPO art. 18a");
        assertThat(browser.findElement(By.id("stroom-JEUGDHULP")).getText())
                .contains("toestemming", "12 tot 16: de ouders met gezag en de leerling");
        Toegankelijkheid.controleer(browser, "grondslagen");
    }

    /**
     * Someone who types quickly: the class, Tab, the parent's name, a moment's pause. What was typed stays in the field
     * and is what is saved (form-js's delayed field updates re-drew the form while the name waited and emptied it).
     */
    @Test
    void wieSnelDoortyptVerliestNiets() {
        String voornaam = "Fenna" + (char) ('A' + VOLGNUMMER.getAndIncrement());
        browser.get("http://localhost:" + port + "/login");
        meldAanOpEenPlan("zorgcoordinator");
        browser.get("http://localhost:" + port + "/leerlingen/nieuw");
        vulLeerlingIn(voornaam, "Snel");
        klik(By.xpath("//label[normalize-space()='Ouder']"));
        WebElement ouder = veld("Naam");
        // The pause is the person's, longer than the 300 ms form-js waited before storing a keystroke.
        new Actions(browser).click(veld("Leerjaar")).sendKeys("7").sendKeys(Keys.TAB).sendKeys("Anna Snel")
                .pause(Duration.ofMillis(700)).perform();
        assertThat(ouder.getAttribute("value")).as("de naam van de ouder na even niets doen").isEqualTo("Anna Snel");

        dossierOpenen();
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), voornaam + " Snel"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Anna Snel");
    }

    /** The pupil's part of the new-pupil form: born 2 March 2014, at demo school De Vlinder, in primary education. */
    private void vulLeerlingIn(String voornaam, String achternaam) {
        veld("Voornaam").sendKeys(voornaam);
        veld("Achternaam").sendKeys(achternaam);
        WebElement geboortedatum = veld("Geboortedatum");
        geboortedatum.sendKeys("02-03-2014");
        geboortedatum.sendKeys(Keys.TAB);
        klik(By.xpath("//label[contains(., 'Basisschool De Vlinder (demo)')]"));
        klik(By.xpath("//label[contains(., 'Primair onderwijs (po)')]"));
    }

    /**
     * Sends the new-pupil form and returns the number of the pupil's page it leads to. Saving opens the dossier and
     * starts its processes; on a loaded 2-core CI machine that took longer than the 20 s every other step gets, so
     * this one waits longer.
     */
    private String dossierOpenen() {
        klik(By.id("versturen"));
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .withMessage(() -> "de pagina bleef staan met: " + browser.findElement(By.tagName("main")).getText())
                .until(ExpectedConditions.urlMatches("/leerlingen/\\d{4}-\\d{5}$"));
        return browser.getCurrentUrl().replaceAll(".*/leerlingen/", "");
    }

    @Test
    void eenRolZonderDossiersKrijgtUitlegEnEenOnbekendeTaakBestaatNiet() {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.zonderBsn())
                .json().get("nummer").asText();
        browser.get("http://localhost:" + port + "/login");
        meldAanOpEenPlan("jeugdhulp");
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Mijn werk"));
        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Geen toegang"));
        Toegankelijkheid.controleer(browser, "geen toegang");
        browser.get("http://localhost:" + port + "/taken/bestaat-niet");
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Niet gevonden"));
    }
}
