package nl.eenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.eenplan.BrowserTest;
import nl.eenplan.Toegankelijkheid;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.DossierView;
import nl.eenplan.dossier.NieuwDossier;
import nl.eenplan.dossier.Onderwijssoort;
import nl.eenplan.dossier.Ouder;
import nl.eenplan.gezin.Gezinstest;
import nl.eenplan.opp.OppService;
import nl.eenplan.security.Groepen;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What every browser test of the family's pages checks the same way (issue #24: usable on a phone, WCAG 2.1 AA): signing
 * in on /gezin, and per page axe-core, no sideways scrolling at 390 and 320 px (WCAG 1.4.10 reflow) and targets of at
 * least 44 px high (buttons, the family's link buttons, choices and selects) at the test's screen size. A test that
 * needs a pupil of its own makes one with {@link #metEenOppDatOpInstemmingWacht} and binds a demo account to it with
 * {@link #gezin}; the binding ends after the test, so the demo family stays as it is.
 */
abstract class GezinBrowsertest extends BrowserTest {

    static final Dimension TELEFOON = new Dimension(390, 844);

    /** The screen size the test works at; {@link #telefoon} returns to it after trying the narrow widths. */
    protected Dimension scherm = TELEFOON;

    @Autowired
    ApplicationContext context;
    @Autowired
    protected DossierService dossiers;
    @Autowired
    OppService opp;
    @Autowired
    TaskService taskService;

    protected Gezinstest gezin;

    @BeforeEach
    void gezinstest() {
        gezin = new Gezinstest(context, port, clock);
    }

    @AfterEach
    void koppelingenTerug() {
        gezin.ruimOp();
    }

    protected void opScherm(Dimension grootte) {
        scherm = grootte;
        browser.manage().window().setSize(grootte);
    }

    /** Signs in on the family's door as a demo account and lands on its overview. */
    protected void meldAanAls(String wie) {
        browser.get("http://localhost:" + port + "/gezin");
        wacht.until(ExpectedConditions.urlContains("/login"));
        meldAanOpEenPlan(wie);
        wacht.until(ExpectedConditions.urlMatches("/gezin$"));
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Het plan op school"));
    }

    /** axe-core, no sideways scrolling at 390 and 320 px, and targets of at least 44 px at the test's size. */
    protected void telefoon(String pagina) {
        Toegankelijkheid.controleer(browser, pagina);
        for (int breedte : new int[] {390, 320}) {
            browser.manage().window().setSize(new Dimension(breedte, 844));
            Object past = browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
            assertThat(past).as(pagina + " op " + breedte + " px breed").isEqualTo(true);
        }
        browser.manage().window().setSize(scherm);
        for (WebElement doel : browser.findElements(By.cssSelector(
                "main a.gezin-knop, main button, main select, header button, main .gezin-keuze label"))) {
            if (doel.isDisplayed()) {
                assertThat(doel.getSize().getHeight()).as(pagina + ": " + doel.getText()).isGreaterThanOrEqualTo(44);
            }
        }
    }

    protected String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    /**
     * A pupil of this age (and two months) at the demo school with a mother with gezag, and an OPP drawn up that asks
     * instemming, with one goal: "{voornaam} leest mee in een klein groepje". The dossier's number.
     */
    protected String metEenOppDatOpInstemmingWacht(String voornaam, int jaar) {
        LocalDate geboren = vandaag().minusYears(jaar).minusMonths(2);
        var leerling = new NieuwDossier.Leerling(voornaam, null, "Browsertest", geboren, null, "99ZZ00",
                Onderwijssoort.PO, 5, List.of(new NieuwDossier.Ouder("Ilse Browsertest", Ouder.Relatie.OUDER,
                "06 7777 8888", null, true, false)));
        DossierView d = dossiers.open(new NieuwDossier(leerling, Groepen.ZORGCOORDINATOR), Groepen.MENTOR);
        opp.start(new OppService.Aanvrager(d.nummer(), "99ZZ00", "PO", "zorgcoordinator"), "Regulier vo.",
                List.of(voornaam + " leest mee in een klein groepje"));
        var taak = taskService.createTaskQuery().processInstanceBusinessKey(d.nummer()).taskDefinitionKey("opstellen")
                .singleResult();
        var antwoord = http().als("zorgcoordinator").post("/api/taken/" + taak.getId() + "/voltooien", """
                {"oogoOp": "%s", "oogoMet": "Ilse Browsertest (moeder)", "oogoNamensSchool": "Z. Coördinator",
                 "uitstroomprofiel": "HAVO", "onderbouwing": "%s leert goed als de groep klein is.",
                 "doelen": ["%s leest mee in een klein groepje"], "aanpak": "Twee keer per week lezen in een klein groepje."}"""
                .formatted(vandaag(), voornaam, voornaam));
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(204);
        return d.nummer();
    }
}
