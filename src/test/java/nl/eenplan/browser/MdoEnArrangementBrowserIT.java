package nl.eenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import nl.eenplan.Browser;
import nl.eenplan.BrowserTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.Toegankelijkheid;
import nl.eenplan.Zorginhoud;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.engine.Routering;
import nl.eenplan.modelcontrole.Procesvariabelen;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The zorgcoördinator's journey in EenPlan's pages from the MDO to the arrangement request: plans the MDO (date,
 * time, place), records its report with an agreement for jeugdhulp and a new goal, sees both in the pupil's plan,
 * and writes the arrangement request with the OPP's goal. Every page passes axe-core;
 * nothing typed becomes a process variable.
 */
class MdoEnArrangementBrowserIT extends BrowserTest {

    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired
    DossierService dossiers;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void vanMdoTotArrangementaanvraag() {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.zonderBsn()).json()
                .get("nummer").asText();
        String naam = http().als("zorgcoordinator").get("/api/dossiers/" + nummer).json().at("/leerling/voornaam")
                .asText() + " Jansen";
        // As the referral's route does after triage (and the demo for Lotte): the MDO and the arrangement start.
        Map<String, Object> variabelen = Routering.variabelen(dossiers.routeringsgegevens(nummer));
        variabelen.put(Procesvariabelen.VERZUIM, false);
        String mdo = runtimeService.startProcessInstanceByKey("mdo", nummer, variabelen).getId();
        runtimeService.startProcessInstanceByKey("arrangement", nummer, variabelen);

        browser.get("http://localhost:" + port + "/");
        wacht.until(ExpectedConditions.urlContains("/login"));
        meldAanOpEenPlan("zorgcoordinator");
        open(naam, "MDO plannen");

        // Next week's Tuesday at 15:00, in the pupil's school.
        LocalDate dag = vandaag().plusWeeks(1).with(DayOfWeek.TUESDAY);
        WebElement datum = veld("Datum van het MDO");
        datum.sendKeys(DAG.format(dag), Keys.ENTER);
        veld("Tijd").sendKeys("15:00", Keys.ENTER);
        veld("Locatie").sendKeys("Lokaal 12");
        Toegankelijkheid.controleer(browser, "MDO plannen");
        klik(By.id("versturen"));
        wacht.until(ExpectedConditions.urlContains("/afgerond"));

        // The day of the MDO has come.
        managementService.executeJob(managementService.createJobQuery().processInstanceId(mdo)
                .activityId("mdoMoment").singleResult().getId());

        open(naam, "MDO-verslag vastleggen");
        veld("Verslag van het MDO").sendKeys("Noor leest beter met de leesbril; thuis is het onrustig.");
        klik(By.xpath("//label[contains(., 'De ouders of verzorgers waren erbij')]"));
        toevoegen("Afspraken");
        veld("Wat is er afgesproken?").sendKeys("Gezinscoach stelt zich voor aan de ouders.");
        veld("Wie doet het?").sendKeys("jeugdhulp");
        klik(By.xpath("//label[contains(., 'De eigenaar is een groep')]"));
        veld("Klaar op").sendKeys(DAG.format(dag.plusWeeks(2)), Keys.TAB);
        toevoegen("Nieuwe doelen voor het plan");
        veld("Doel").sendKeys("Leest elke dag een kwartier zelfstandig.");
        Toegankelijkheid.controleer(browser, "MDO-verslag vastleggen");
        Browser.voorDocs(browser, "paginas-5-mdo-verslag");
        klik(By.id("versturen"));
        // Jeugdhulp may own an agreement only with the consent for jeugdhulp: refused, in Dutch, named as the form
        // names the field, and nothing the user typed is lost.
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"),
                "Afspraken (1) · Wie doet het?: Er is geen toestemming voor jeugdhulp"));
        String verslag = browser.getCurrentUrl();

        // The parents and the pupil (12: both, Jeugdwet) gave it: recorded from the pupil's page in another tab, and
        // the report sent again.
        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        for (String door : List.of("een ouder of voogd met gezag", "de leerling")) {
            browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
            klik(By.linkText("Toestemming vastleggen"));
            klik(By.xpath("//label[normalize-space()='jeugdhulp en JGZ']"));
            klik(By.xpath("//label[normalize-space()='" + door + "']"));
            // The proof: how it was given (the only parent with gezag needs no choosing).
            klik(By.xpath("//label[normalize-space()='In een gesprek']"));
            Toegankelijkheid.controleer(browser, "Toestemming vastleggen");
            klik(By.id("versturen"));
            wacht.until(ExpectedConditions.urlMatches("/leerlingen/" + nummer + "$"));
        }
        assertThat(browser.findElement(By.id("kop-toestemming")).findElement(By.xpath("..")).getText())
                .contains("Voor jeugdhulp, gegeven door Anna Jansen (ouder)", "Voor jeugdhulp, gegeven door de leerling", "in een gesprek");
        browser.close();
        browser.switchTo().window(browser.getWindowHandles().iterator().next());
        assertThat(browser.getCurrentUrl()).isEqualTo(verslag);
        klik(By.id("versturen"));
        wacht.until(ExpectedConditions.urlContains("/afgerond"));

        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        String plan = browser.findElement(By.id("kop-plan")).findElement(By.xpath("..")).getText();
        assertThat(plan).contains("Leest elke dag een kwartier zelfstandig.", "Gezinscoach stelt zich voor aan de ouders.",
                "jeugdhulp (groep)");

        // The request needs a groeidocument the parents signed (issue 23).
        nl.eenplan.groeidocument.Groeidocumenten.ondertekend(http().als("zorgcoordinator"), nummer);
        open(naam, "Aanvraag arrangement opstellen");
        klik(By.xpath("//label[starts-with(normalize-space(), 'Arrangement (extra ondersteuning')]"));
        veld("Wat vraagt de school voor het onderwijs?").sendKeys("Twee uur per week leesbegeleiding in een klein groepje.");
        veld("Ontwikkelingsperspectief (OPP)").sendKeys("Uitstroom naar vmbo-kader met leesondersteuning.");
        veld("Doel").sendKeys("Leesniveau E6 aan het eind van groep 7.");
        veld("Schriftelijke aanmelding ontvangen op").sendKeys(DAG.format(vandaag()), Keys.TAB);
        Toegankelijkheid.controleer(browser, "Aanvraag arrangement opstellen");
        klik(By.id("versturen"));
        wacht.until(ExpectedConditions.urlContains("/afgerond"));

        // The request is in the dossier (the arrangement API shows it; whether it is complete the process checks
        // next); what was typed is in the dossier, not in the processes.
        assertThat(http().als("zorgcoordinator").get("/api/dossiers/" + nummer + "/arrangementen").body())
                .contains("Twee uur per week leesbegeleiding in een klein groepje.");
        // The pupil's page shows the arrangement with its OPP.
        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        assertThat(browser.findElement(By.id("kop-arrangement-1")).findElement(By.xpath("..")).getText())
                .contains("Twee uur per week leesbegeleiding in een klein groepje.", "Leesniveau E6 aan het eind van groep 7.");
        Toegankelijkheid.controleer(browser, "de leerlingpagina met een arrangement");
        Zorginhoud.nietInProcessen(historyService, repositoryService, nummer,
                "Noor leest beter met de leesbril", "Gezinscoach stelt zich voor", "Leest elke dag een kwartier",
                "Twee uur per week leesbegeleiding", "Uitstroom naar vmbo-kader", "Leesniveau E6");
    }

    /** From Mijn werk: the pupil's task of this name. */
    private void open(String naam, String stap) {
        browser.get("http://localhost:" + port + "/?zoek=" + naam.replace(" ", "+"));
        klik(By.xpath("//tr[contains(., '" + naam + "')]//a[normalize-space()='" + stap + "']"));
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), stap));
        wacht.until(ExpectedConditions.elementToBeClickable(By.id("versturen")));
    }

    /** Adds a row to the form's dynamic list with this label. */
    private void toevoegen(String lijst) {
        klik(By.xpath("//*[normalize-space()='" + lijst + "']/following::button[normalize-space()='Toevoegen'][1]"));
    }
}
