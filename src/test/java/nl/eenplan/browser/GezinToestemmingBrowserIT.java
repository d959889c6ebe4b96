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
import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.gezin.Gezinstest;
import nl.eenplan.opp.OppService;
import nl.eenplan.security.Groepen;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * On a phone (390×844, and 320 wide for WCAG 1.4.10) and on a computer (1280×900), the parent with gezag ({@code ouder})
 * gives a consent herself and agrees to the OPP's handelingsdeel (issue 24, acceptance): every page passes axe-core,
 * needs no sideways scrolling, and its buttons and choices are at least 44 px high. A pupil of her own (Fleur or Floor, 9), so
 * the demo family stays as it is.
 */
class GezinToestemmingBrowserIT extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    DossierService dossiers;
    @Autowired
    ToestemmingService toestemmingen;
    @Autowired
    OppService opp;
    @Autowired
    TaskService taskService;

    private Gezinstest gezin;

    @AfterEach
    void koppelingTerug() {
        if (gezin != null) {
            gezin.ruimOp();
        }
    }

    private Dimension scherm;

    @ParameterizedTest(name = "{0}×{1}, {2}")
    @CsvSource({"390, 844, Fleur", "1280, 900, Floor"})
    void eenOuderGeeftToestemmingEnStemtInMetHetOpp(int breed, int hoog, String kind) {
        String nummer = metEenOppDatOpInstemmingWacht(kind);
        scherm = new Dimension(breed, hoog);
        browser.manage().window().setSize(scherm);
        browser.get("http://localhost:" + port + "/gezin");
        wacht.until(ExpectedConditions.urlContains("/login"));
        meldAanOpEenPlan("ouder");
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Het plan op school"));
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

    /** A pupil of 9, her mother with gezag bound to {@code ouder}; an OPP drawn up that asks instemming. */
    private String metEenOppDatOpInstemmingWacht(String kind) {
        LocalDate geboren = vandaag().minusYears(9).minusMonths(2);
        var leerling = new NieuwDossier.Leerling(kind, null, "Browsertest", geboren, null, "99ZZ00",
                Onderwijssoort.PO, 5, List.of(new NieuwDossier.Ouder("Ilse Browsertest", Ouder.Relatie.OUDER,
                "06 7777 8888", null, true, false)));
        DossierView d = dossiers.open(new NieuwDossier(leerling, Groepen.ZORGCOORDINATOR), Groepen.MENTOR);
        opp.start(new OppService.Aanvrager(d.nummer(), "99ZZ00", "PO", "zorgcoordinator"), "Regulier vo.",
                List.of(kind + " leest mee in een klein groepje"));
        var taak = taskService.createTaskQuery().processInstanceBusinessKey(d.nummer()).taskDefinitionKey("opstellen")
                .singleResult();
        var antwoord = http().als("zorgcoordinator").post("/api/taken/" + taak.getId() + "/voltooien", """
                {"oogoOp": "%s", "oogoMet": "Ilse Browsertest (moeder)", "oogoNamensSchool": "Z. Coördinator",
                 "uitstroomprofiel": "HAVO", "onderbouwing": "%s leert goed als de groep klein is.",
                 "doelen": ["%s leest mee in een klein groepje"], "aanpak": "Twee keer per week lezen in een klein groepje."}"""
                .formatted(vandaag(), kind, kind));
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(204);
        gezin = new Gezinstest(context, port, clock);
        gezin.koppel("ouder", d.nummer(), dossiers.haalOp(d.nummer()).leerling().ouders().get(0).id());
        return d.nummer();
    }

    /**
     * axe-core at the test's size, no sideways scrolling at 390 and 320 px, and buttons, links and choices at least 44 px
     * high at the test's size.
     */
    private void telefoon(String pagina) {
        Toegankelijkheid.controleer(browser, pagina);
        for (int breedte : new int[] {390, 320}) {
            browser.manage().window().setSize(new Dimension(breedte, 844));
            Object past = browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
            assertThat(past).as(pagina + " op " + breedte + " px breed").isEqualTo(true);
        }
        browser.manage().window().setSize(scherm);
        for (WebElement knop : browser.findElements(By.cssSelector("main a.gezin-knop, main button, header button, "
                + "main .gezin-keuze label"))) {
            assertThat(knop.getSize().getHeight()).as(pagina + ": " + knop.getText()).isGreaterThanOrEqualTo(44);
        }
    }
}
