package nl.eenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.eenplan.BrowserTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.Toegankelijkheid;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The zorgcoördinator confirms gezag from the pupil's page (issue #21): the page says whose gezag is not confirmed yet
 * and links to the task "Gezag vastleggen"; its form lists that guardian by name and number; after completing it the
 * page says "Gezag: ja" and the link is gone. Every page passes axe-core.
 */
class GezagBrowserIT extends BrowserTest {

    @Test
    void deZorgcoordinatorLegtHetGezagVastVanafDePaginaVanDeLeerling() {
        JsonNode dossier = http().als("zorgcoordinator").post("/api/dossiers", """
                {"leerling": {"voornaam": "Sam", "achternaam": "Jansen", "geboortedatum": "2014-03-02",
                  "bsn": "%s", "schoolBrin": "99ZZ00", "onderwijssoort": "PO", "leerjaar": 7,
                  "ouders": [{"naam": "Anna Jansen", "relatie": "OUDER"},
                             {"naam": "Piet Jansen", "relatie": "OUDER", "gezag": false, "informatieBeperkt": true}]}}
                """.formatted(Testdossiers.nieuwBsn())).json();
        String nummer = dossier.get("nummer").asText();
        long anna = dossier.at("/leerling/ouders/0/id").asLong();

        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        wacht.until(ExpectedConditions.urlContains("/login"));
        meldAanOpEenPlan("zorgcoordinator");
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("kop-ouders")));
        String ouders = browser.findElement(By.cssSelector("section[aria-labelledby=kop-ouders]")).getText();
        assertThat(ouders).contains("Gezag: nog niet bevestigd").contains("Gezag: nee")
                .contains("informatie beperkt door de rechter").contains("nummer " + anna);
        Toegankelijkheid.controleer(browser, "leerling met onbekend gezag");

        klik(By.id("gezag-vastleggen"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(., 'Anna Jansen')]")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("nummer " + anna + ": Anna Jansen")
                .doesNotContain("Piet Jansen");
        assertThat(veld("Nummer van de ouder of verzorger").getAttribute("value")).isEqualTo(String.valueOf(anna));
        klik(By.xpath("//label[normalize-space()='Ja']"));
        Toegankelijkheid.controleer(browser, "gezag vastleggen");
        klik(By.id("versturen"));
        wacht.until(ExpectedConditions.urlContains("/afgerond"));

        JsonNode leerling = http().als("zorgcoordinator").get("/api/dossiers/" + nummer).json().get("leerling");
        assertThat(leerling.at("/ouders/0/gezag").asBoolean()).isTrue();
        assertThat(leerling.at("/ouders/1/gezag").asBoolean()).isFalse();
        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("kop-ouders")));
        assertThat(browser.findElement(By.cssSelector("section[aria-labelledby=kop-ouders]")).getText())
                .contains("Gezag: ja").doesNotContain("nog niet bevestigd");
        assertThat(browser.findElements(By.id("gezag-vastleggen"))).isEmpty();
    }
}
