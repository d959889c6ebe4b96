package nl.eenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.eenplan.Browser;
import nl.eenplan.BrowserTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.Toegankelijkheid;
import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.leerplicht.Reden;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A leerplichtambtenaar in EenPlan's pages, from the inbox to closing: finds the school's escalation, reads the
 * facts, chooses the MAS route on the task page, closes it with an outcome, and sees it handled. Every page passes
 * axe-core.
 */
class LeerplichtPaginasBrowserIT extends BrowserTest {

    @Autowired
    LeerplichtService leerplicht;

    @Test
    void leerplichtVanInboxTotAfsluiten() {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.zonderBsn())
                .json().get("nummer").asText();
        String naam = http().als("zorgcoordinator").get("/api/dossiers/" + nummer).json().at("/leerling/voornaam")
                .asText() + " Jansen";
        Long id = leerplicht.escaleer(nummer, Reden.VERZUIM, "16 uur ongeoorloofd verzuim in 4 lesweken.",
                "browsertest").getId();
        overdrachtenNaarLeerplicht();

        browser.get("http://localhost:" + port + "/leerplicht");
        wacht.until(ExpectedConditions.urlContains("/login"));
        meldAanOpEenPlan("leerplicht");
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Escalaties leerplicht"));
        Toegankelijkheid.controleer(browser, "escalaties leerplicht");
        Browser.voorDocs(browser, "leerplicht-1-inbox");

        klik(By.linkText(naam));
        wacht.until(ExpectedConditions.urlContains("/leerplicht/escalaties/" + id));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(naam, "16 uur verzuim", "16 uur ongeoorloofd verzuim in 4 lesweken.",
                        "Basisschool De Vlinder (demo)", "geregistreerd");
        Toegankelijkheid.controleer(browser, "een escalatie");
        Browser.voorDocs(browser, "leerplicht-2-escalatie");

        klik(By.linkText("Escalatie beoordelen"));
        klik(By.xpath("//label[contains(., 'Vrijwillige hulp')]"));
        Toegankelijkheid.controleer(browser, "escalatie beoordelen");
        klik(By.id("versturen"));
        wacht.until(ExpectedConditions.urlContains("/afgerond"));
        klik(By.id("volgende"));
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Escalatie afsluiten"));
        klik(By.xpath("//label[contains(., 'Leerling gaat weer naar school')]"));
        klik(By.id("versturen"));
        wacht.until(ExpectedConditions.urlContains("/afgerond"));

        browser.get("http://localhost:" + port + "/leerplicht/escalaties/" + id);
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Vrijwillige hulp", "afgesloten", "Voor jou staat er niets open.");
        browser.get("http://localhost:" + port + "/leerplicht");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(naam);
    }
}
