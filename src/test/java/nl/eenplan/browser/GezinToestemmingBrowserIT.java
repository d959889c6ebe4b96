package nl.eenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.eenplan.Toegankelijkheid;
import nl.eenplan.dossier.ToestemmingService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On a phone (390×844, and 320 wide for WCAG 1.4.10) and on a computer (1280×900), the parent with gezag ({@code ouder})
 * gives a consent herself and agrees to the OPP's handelingsdeel (issue 24, acceptance): every page passes axe-core,
 * needs no sideways scrolling, and its buttons and choices are at least 44 px high. A pupil of her own (Fleur or Floor, 9), so
 * the demo family stays as it is.
 */
class GezinToestemmingBrowserIT extends GezinBrowsertest {

    @Autowired
    ToestemmingService toestemmingen;

    @ParameterizedTest(name = "{0}×{1}, {2}")
    @CsvSource({"390, 844, Fleur", "1280, 900, Floor"})
    void eenOuderGeeftToestemmingEnStemtInMetHetOpp(int breed, int hoog, String kind) {
        // A pupil of 9, her mother with gezag bound to the account.
        String nummer = metEenOppDatOpInstemmingWacht(kind, 9);
        gezin.koppel("ouder", nummer, dossiers.haalOp(nummer).leerling().ouders().get(0).id());
        opScherm(new Dimension(breed, hoog));
        meldAanAls("ouder");
        List<WebElement> fleur = browser.findElements(By.linkText("Het plan van " + kind));
        klik(By.xpath("(//a[normalize-space()='Het plan van " + kind + "'])[" + fleur.size() + "]"));
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Het plan van " + kind));

        klik(By.linkText("Toestemmingen"));
        klik(By.linkText("Toestemming geven of intrekken"));
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Toestemming geven of intrekken"));
        telefoon("gezin: toestemming geven");
        klik(By.xpath("//section[@id='soort-JEUGDHULP']//button[normalize-space()='Ik geef toestemming']"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "Uw toestemming is vastgelegd"));
        assertThat(browser.findElement(By.id("soort-JEUGDHULP")).getText()).contains("Ik trek mijn toestemming in");
        telefoon("gezin: toestemming gegeven");
        assertThat(toestemmingen.inWerking(nummer)).contains(nl.eenplan.dossier.Toestemming.Scope.JEUGDHULP);

        klik(By.linkText("Terug naar het plan van " + kind));
        klik(By.linkText("OPP: stemt u in?"));
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Het OPP: stemt u in?"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(kind + " leest mee in een klein groepje");
        telefoon("gezin: OPP");
        // Sending without a choice: the error at the field, nothing lost.
        browser.findElement(By.id("toelichting")).sendKeys("Fijn dat het in kleine groepjes gaat.");
        klik(By.xpath("//button[normalize-space()='Antwoord versturen']"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Kies of u instemt of niet"));
        assertThat(browser.findElement(By.id("toelichting")).getAttribute("value")).contains("kleine groepjes");
        telefoon("gezin: OPP met fout");
        klik(By.xpath("//label[normalize-space()='Ik stem in']"));
        klik(By.xpath("//button[normalize-space()='Antwoord versturen']"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Uw antwoord is vastgelegd"));
        telefoon("gezin: OPP beantwoord");
        assertThat(opp.instemmingGevraagd(nummer)).isEmpty();
    }
}
