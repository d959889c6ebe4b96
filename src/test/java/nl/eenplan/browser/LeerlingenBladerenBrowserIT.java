package nl.eenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.eenplan.BrowserTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.Toegankelijkheid;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue #25: a zorgcoördinator searches the page Leerlingen and pages through more than 100 pupils with the links
 * under the list; every page passes axe-core.
 */
class LeerlingenBladerenBrowserIT extends BrowserTest {

    @Test
    void zoektEnBladertNaarDeVolgendePagina() {
        for (int i = 0; i < 101; i++) {
            assertThat(http().als("zorgcoordinator").post("/api/dossiers",
                    Testdossiers.zonderBsn().replace("\"Jansen\"", "\"Bladerman\"")).status()).isEqualTo(201);
        }
        browser.get("http://localhost:" + port + "/leerlingen");
        meldAanOpEenPlan("zorgcoordinator");
        browser.get("http://localhost:" + port + "/leerlingen?zoek=bladerman");
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Leerlingen"));
        assertThat(browser.findElement(By.tagName("caption")).getText()).isEqualTo("Leerlingen 1 tot en met 100 van 101");
        assertThat(browser.findElements(By.cssSelector("tbody tr"))).hasSize(100);
        Toegankelijkheid.controleer(browser, "Leerlingen, pagina 1");

        klik(By.linkText("Volgende pagina"));
        wacht.until(ExpectedConditions.textToBe(By.tagName("caption"), "Leerlingen 101 tot en met 101 van 101"));
        assertThat(browser.findElements(By.cssSelector("tbody tr"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector(".eenplan-paginering span")).getText()).isEqualTo("Pagina 2 van 2");
        assertThat(browser.findElement(By.id("zoek")).getAttribute("value")).isEqualTo("bladerman");
        Toegankelijkheid.controleer(browser, "Leerlingen, pagina 2");

        klik(By.linkText("Vorige pagina"));
        wacht.until(ExpectedConditions.textToBe(By.tagName("caption"), "Leerlingen 1 tot en met 100 van 101"));
    }
}
