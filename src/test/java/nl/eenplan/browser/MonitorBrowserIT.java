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
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A process owner opens the monitor dashboard over a generated region: logs in on EenPlan's login page,
 * sees charts with a table under each, and logs out.
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
        browser.get("http://localhost:" + port + "/monitor?van=2024-08-01&tot=2025-07-31&per=SCHOOL");
        wacht.until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        browser.findElement(By.id("username")).sendKeys("procesbeheer");
        browser.findElement(By.id("password")).sendKeys("demo");
        Browser.screenshot(browser, "monitor-aanmelden");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Periode 2024-08-01"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Monitor aansluiting onderwijs en jeugdhulp");
        assertThat(browser.findElements(By.cssSelector("section canvas"))).hasSizeGreaterThanOrEqualTo(11);
        String intake = browser.findElement(By.id("indicator-signaalTotIntake")).getText();
        assertThat(intake).contains("Van signaal tot intake", "93VA00", "Mediaan (dagen)");
        Browser.screenshot(browser, "monitor-dashboard");

        // Logging out is a form with the session's CSRF token; afterwards the data is closed.
        klik(By.id("afmelden"));
        klik(By.cssSelector("button[type=submit]"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("melding"), "Je bent afgemeld."));
        browser.get("http://localhost:" + port + "/api/monitor?van=2024-08-01&tot=2025-07-31");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Niet aangemeld");
    }
}
