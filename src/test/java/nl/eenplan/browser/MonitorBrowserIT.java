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

/** A process owner opens the monitor dashboard over a generated region: charts with a table under each. */
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

        // The browser asks for the login (HTTP basic) once; the page's own API calls reuse it.
        browser.get("http://procesbeheer:demo@localhost:" + port + "/monitor?van=2024-08-01&tot=2025-07-31&per=SCHOOL");
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Periode 2024-08-01"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Monitor aansluiting onderwijs en jeugdhulp");
        assertThat(browser.findElements(By.cssSelector("section canvas"))).hasSizeGreaterThanOrEqualTo(11);
        String intake = browser.findElement(By.id("indicator-signaalTotIntake")).getText();
        assertThat(intake).contains("Van signaal tot intake", "93VA00", "Mediaan (dagen)");
        Browser.screenshot(browser, "monitor-dashboard");
    }
}
