package nl.eenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.eenplan.Browser;
import nl.eenplan.Toegankelijkheid;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Karin (account {@code ouder}) fills in the closing survey of Noor's arrangement on her phone (issue #24): the demo
 * closed it a week before the start (arrangement.DemoAfgeslotenArrangement), so the survey is open. First without
 * figures (each field says why), then with them; the page thanks her and shows her answer. Every page passes axe-core
 * (WCAG 2.1 AA), needs no sideways scrolling at 390 and 320 px, and its fields and buttons are at least 44 px high.
 */
class GezinEnqueteBrowserIT extends GezinBrowsertest {

    @Test
    void eenOuderVultDeVragenlijstInOpDeTelefoon() {
        opScherm(TELEFOON);
        meldAanAls("ouder");
        klik(By.linkText("Het plan van Noor"));
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Het plan van Noor"));
        assertThat(main()).contains("De hulp is gestopt. Wilt u zeggen wat u ervan vond?");
        telefoon("gezin: plan met open vragenlijst");

        klik(By.linkText("Vragenlijst over de hulp"));
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Vragenlijst over de hulp"));
        telefoon("gezin: vragenlijst");

        WebElement formulier = browser.findElements(By.cssSelector("main form")).get(0);
        new Select(formulier.findElement(By.name("tevredenheid"))).selectByIndex(0);
        new Select(formulier.findElement(By.name("ervarenBaat"))).selectByIndex(0);
        formulier.findElement(By.name("toelichting")).clear();
        formulier.findElement(By.name("toelichting")).sendKeys("Noor gaat weer graag naar school.");
        formulier.findElement(By.cssSelector("button[type=submit]")).click();
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "Kies een cijfer van 1 tot en met 10."));
        assertThat(browser.findElements(By.cssSelector("main form")).get(0).findElement(By.name("toelichting"))
                .getAttribute("value")).as("wat ze typte blijft staan").isEqualTo("Noor gaat weer graag naar school.");
        telefoon("gezin: vragenlijst met fouten");

        formulier = browser.findElements(By.cssSelector("main form")).get(0);
        new Select(formulier.findElement(By.name("tevredenheid"))).selectByValue("8");
        new Select(formulier.findElement(By.name("ervarenBaat"))).selectByValue("9");
        formulier.findElement(By.cssSelector("button[type=submit]")).click();
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "Dank u wel. Uw antwoord is opgeslagen."));
        formulier = browser.findElements(By.cssSelector("main form")).get(0);
        assertThat(new Select(formulier.findElement(By.name("tevredenheid"))).getFirstSelectedOption().getText())
                .isEqualTo("8");
        assertThat(main()).contains("U kunt het nog veranderen.");
        telefoon("gezin: vragenlijst opgeslagen");
        Browser.voorDocs(browser, "gezin-3-vragenlijst-telefoon");
    }
}
