package nl.eenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.eenplan.Browser;
import nl.eenplan.BrowserTest;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.monitor.Voorbeeldregio;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A process owner opens the monitor dashboard over a generated region: logs in on EenPlan's login page, sees
 * charts with a table under each, for a school year, then for one of its months, and logs out.
 */
class MonitorBrowserIT extends BrowserTest {

    @Autowired
    Voorbeeldregio regio;
    @Autowired
    SchoolService scholen;
    @Autowired
    GebruikerService gebruikers;

    @Test
    void deProcesbeheerderZietDeMonitorMetGrafiekenEnTabellen() {
        if (scholen.lijst().stream().noneMatch(s -> s.brin().equals("93VA00"))) {
            gebruikers.maakAlsNieuw("zcVoorbeeldstad", "Test", "Voorbeeldstad", "demo", Groepen.ZORGCOORDINATOR);
            regio.genereer(new Voorbeeldregio.Opdracht("Voorbeeldstad", "SWV Voorbeeld", List.of("93VA00", "93VB00",
                    "93VC00", "93VD00"), 40, 2024, "zcVoorbeeldstad", 11));
        }

        // Without a session the page leads to EenPlan's login page, and after it back to the page asked for;
        // the page's own API calls go with the session.
        browser.get("http://localhost:" + port + "/monitor?periode=2024-2025&per=SCHOOL");
        wacht.until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        browser.findElement(By.id("username")).sendKeys("procesbeheer");
        browser.findElement(By.id("password")).sendKeys("demo");
        Browser.screenshot(browser, "monitor-aanmelden");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Periode: schooljaar 2024-2025"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Monitor aansluiting onderwijs en jeugdhulp");
        assertThat(browser.findElements(By.cssSelector("section canvas"))).hasSizeGreaterThanOrEqualTo(11);
        String intake = browser.findElement(By.id("indicator-signaalTotIntake")).getText();
        assertThat(intake).contains("Van signaal tot intake", "93VA00", "Mediaan (dagen)");
        assertThat(new Select(browser.findElement(By.id("schooljaar"))).getFirstSelectedOption().getText()).startsWith("2024-2025");
        assertThat(new Select(browser.findElement(By.id("maand"))).getFirstSelectedOption().getText()).isEqualTo("Heel het schooljaar");
        Browser.screenshot(browser, "monitor-dashboard");

        // One month of that school year: the months run from August to July, in Dutch.
        Select maand = new Select(browser.findElement(By.id("maand")));
        assertThat(maand.getOptions()).hasSize(13);
        assertThat(maand.getOptions().get(1).getText()).isEqualTo("augustus 2024");
        assertThat(maand.getOptions().get(12).getText()).isEqualTo("juli 2025");
        maand.selectByVisibleText("oktober 2024");
        klik(By.cssSelector("#filters button[type=submit]"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Periode: oktober 2024."));
        assertThat(browser.findElement(By.id("csv")).getDomAttribute("href")).contains("periode=2024-10", "per=SCHOOL");
        assertThat(browser.getCurrentUrl()).contains("periode=2024-10");

        // Logging out is a form with the session's CSRF token; afterwards the data is closed.
        klik(By.id("afmelden"));
        klik(By.cssSelector("button[type=submit]"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("melding"), "Je bent afgemeld."));
        browser.get("http://localhost:" + port + "/api/monitor?periode=2024-2025");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Niet aangemeld");
    }
}
