package nl.eenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.eenplan.Browser;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.leerplicht.Reden;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** A zorgcoördinator works the intake task in Camunda Tasklist, with its Dutch Camunda Form. */
class TasklistBrowserIT extends IntegratieTest {

    @Autowired
    HistoryService historyService;

    @Autowired
    LeerplichtService leerplicht;

    ChromeDriver browser;
    WebDriverWait wacht;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
        wacht = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            Browser.screenshot(browser, "tasklist-eindstand");
            browser.quit();
        }
    }

    @Test
    void zorgcoordinatorRondtDeIntakeAfInTasklist() {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.GELDIG)
                .json().get("nummer").asText();
        String instantie = http().als("mentor").post("/api/dossiers/" + nummer + "/aanmeldingen", "")
                .json().get("procesInstantieId").asText();

        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input#username, input[ng-model=username], input[type=text]")))
                .sendKeys("zorgcoordinator");
        browser.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        klik(By.xpath("//*[contains(text(), 'Taken van mijn groepen')]"));
        klik(By.xpath("//li[contains(., '" + nummer + "')]//a[contains(., 'Intakegesprek voeren')]"));

        // The Camunda Form from forms/intake.form, with its Dutch labels.
        wacht.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(text(), 'Gesprek met ouders of verzorgers gevoerd')]")));
        Browser.screenshot(browser, "tasklist-1-formulier");
        klik(By.xpath("//button[normalize-space()='Claim']"));
        klik(By.xpath("//label[contains(., 'Gesprek met ouders of verzorgers gevoerd')]"));
        klik(By.xpath("//label[contains(., 'Gesprek met de leerling gevoerd')]"));
        Browser.screenshot(browser, "tasklist-2-ingevuld");
        klik(By.xpath("//button[normalize-space()='Complete']"));

        wacht.until(b -> historyService.createHistoricProcessInstanceQuery().processInstanceId(instantie)
                .finished().count() == 1);
        var variabelen = historyService.createHistoricVariableInstanceQuery().processInstanceId(instantie).list();
        assertThat(variabelen).anySatisfy(v -> {
            assertThat(v.getName()).isEqualTo("gesprekOudersGevoerd");
            assertThat(v.getValue()).isEqualTo(true);
        });
    }

    @Test
    void leerplichtZietDeEscalatieInZijnFilterMaarNietHetDossier() {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.GELDIG)
                .json().get("nummer").asText();
        leerplicht.escaleer(nummer, Reden.THUISZITTER, "Sinds 5 oktober 2026 niet op school.", "browsertest");

        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]")))
                .sendKeys("leerplicht");
        browser.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        klik(By.xpath("//*[contains(text(), 'Escalaties leerplicht')]"));
        klik(By.xpath("//li[contains(., '" + nummer + "')]//a[contains(., 'Escalatie beoordelen')]"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Thuiszitter"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[contains(., 'Proces-verbaal (strafrechtelijk)')]")));
        Browser.screenshot(browser, "tasklist-3-leerplicht-escalatie");

        // The escalation, yes; the pupil's care data, no.
        assertThat(http().als("leerplicht").get("/api/dossiers/" + nummer).status()).isEqualTo(403);
    }

    private WebElement klik(By waar) {
        WebElement e = wacht.until(ExpectedConditions.elementToBeClickable(waar));
        e.click();
        return e;
    }
}
