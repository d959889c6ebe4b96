package nl.eenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.eenplan.Browser;
import nl.eenplan.Toegankelijkheid;
import nl.eenplan.gezin.Gezinstest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The family on its own pages (issue #24), on a desktop and on a phone (390×844, and 320 wide for WCAG 1.4.10): the
 * parent with gezag signs in and reads Noor's plan part by part, in Dutch and in English; the parent without gezag sees
 * fewer parts; Sanne (16) sees her own plan. Every page passes axe-core (WCAG 2.1 AA) and needs no sideways scrolling
 * on a phone.
 */
class GezinBrowserIT extends GezinBrowsertest {

    private static final List<String> ALLE_DELEN = List.of("Overleg (MDO)", "Besluiten", "Nieuwe school",
            "Wat er gebeurde", "Toestemmingen");

    @Test
    void eenOuderMetGezagLeestHetPlanOpDeComputerInTweeTalen() {
        meldAanAls("ouder");
        Toegankelijkheid.controleer(browser, "gezin: overzicht");
        klik(By.linkText("Het plan van Noor"));
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Het plan van Noor"));
        assertThat(main()).contains("Noor leest elke dag een kwartier", "Thuis elke avond een kwartier samen met Noor");
        Toegankelijkheid.controleer(browser, "gezin: plan");
        Browser.voorDocs(browser, "gezin-1-plan");
        for (String deel : ALLE_DELEN) {
            klik(By.linkText(deel));
            wacht.until(ExpectedConditions.attributeToBe(By.linkText(deel), "aria-current", "page"));
            Toegankelijkheid.controleer(browser, "gezin: " + deel);
        }

        klik(By.xpath("//button[normalize-space()='English']"));
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "The plan of Noor"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(main()).contains("Consent", "You have parental authority");
        Toegankelijkheid.controleer(browser, "gezin: in English");
        klik(By.xpath("//button[normalize-space()='Nederlands']"));
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Het plan van Noor"));

        klik(By.xpath("//button[normalize-space()='Afmelden']"));
        wacht.until(ExpectedConditions.urlContains("/login"));
        browser.get("http://localhost:" + port + "/gezin");
        wacht.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void opDeTelefoonZietEenOuderZonderGezagMinderEnSanneHaarEigenPlan() {
        opScherm(TELEFOON);
        meldAanAls("ouder2");
        klik(By.linkText("Het plan van Noor"));
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Het plan van Noor"));
        assertThat(main()).contains("Noor leest elke dag een kwartier", "U hebt geen gezag")
                .doesNotContain("Thuis elke avond");
        assertThat(browser.findElements(By.linkText("Toestemmingen"))).isEmpty();
        assertThat(browser.findElements(By.linkText("Wat er gebeurde"))).isEmpty();
        telefoon("gezin zonder gezag: plan");
        klik(By.linkText("Besluiten"));
        wacht.until(ExpectedConditions.attributeToBe(By.linkText("Besluiten"), "aria-current", "page"));
        telefoon("gezin zonder gezag: besluiten");
        Browser.voorDocs(browser, "gezin-2-zonder-gezag-telefoon");
        klik(By.xpath("//button[normalize-space()='Afmelden']"));
        wacht.until(ExpectedConditions.urlContains("/login"));

        meldAanAls("leerling");
        telefoon("gezin leerling: overzicht");
        klik(By.linkText("Mijn plan"));
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Jouw plan"));
        assertThat(main()).contains("Sanne haalt haar achterstand", "Je bent 16 of ouder");
        telefoon("gezin leerling: plan");
        klik(By.linkText("Toestemmingen"));
        wacht.until(ExpectedConditions.attributeToBe(By.linkText("Toestemmingen"), "aria-current", "page"));
        telefoon("gezin leerling: toestemmingen");
    }

    /**
     * Issue #24 acceptance, a pupil of 13 (Jeugdwet art. 7.3.4 lid 2: from 12 the pupil takes part in her own plan): the
     * account {@code leerling}, bound for this test to Mees (13) as the pupil herself, sees her goals, the MDO and her
     * consents, but not the decisions, the transfer or the timeline, and cannot agree to the OPP, send documents or
     * make an AVG request (those are the parents' until 16). Noor's page, by its address from her mother's overview,
     * is not found for her.
     */
    @Test
    void opDeTelefoonZietEenLeerlingVan13HaarEigenPlanEnNietMeer() {
        opScherm(TELEFOON);
        String noorVoorKarin = Gezinstest.idVan(Gezinstest.meldAan(port, "ouder"), "Noor");
        String mees = metEenOppDatOpInstemmingWacht("Mees", 13);
        dossiers.voegDoelenToe(mees, List.of("Mees plant zijn huiswerk met een weekplanner."));
        gezin.koppel("leerling", mees, null);
        meldAanAls("leerling");
        List<WebElement> eigenPlannen = browser.findElements(By.linkText("Mijn plan"));
        klik(By.xpath("(//a[normalize-space()='Mijn plan'])[" + eigenPlannen.size() + "]"));
        // She reads about herself as "je", not as a parent ("u", "uw kind"): issue #24, B1.
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Jouw plan"));
        assertThat(main()).contains("Mees plant zijn huiswerk met een weekplanner.",
                "Je ziet je eigen plan: je doelen, de afspraken, het MDO en je toestemmingen.", "Wat jij doet",
                "Dit is afgesproken met jou of met je ouders.").doesNotContain("Wat u doet", "uw kind", "Hebt u");
        for (String nietVoorHaar : List.of("Besluiten", "Nieuwe school", "Wat er gebeurde", "Documenten sturen",
                "Iets laten verbeteren of bezwaar maken")) {
            assertThat(browser.findElements(By.linkText(nietVoorHaar))).as(nietVoorHaar).isEmpty();
        }
        assertThat(browser.findElements(By.partialLinkText("instemm"))).isEmpty();
        assertThat(browser.findElements(By.partialLinkText("OPP:"))).isEmpty();
        telefoon("gezin leerling van 13: plan");
        klik(By.linkText("Toestemmingen"));
        wacht.until(ExpectedConditions.attributeToBe(By.linkText("Toestemmingen"), "aria-current", "page"));
        telefoon("gezin leerling van 13: toestemmingen");

        browser.get("http://localhost:" + port + "/gezin/kind/" + noorVoorKarin);
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Niet gevonden"));
        assertThat(main()).doesNotContain("Noor");
        telefoon("gezin leerling van 13: een ander kind");
    }

    /** Issue #24 slice 6: Karin sends a photo of a report and asks for a correction, on her phone. */
    @Test
    void opDeTelefoonStuurtEenOuderEenFotoEnVraagtOmEenVerbetering() throws Exception {
        opScherm(TELEFOON);
        meldAanAls("ouder");
        klik(By.linkText("Het plan van Noor"));
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Het plan van Noor"));
        klik(By.linkText("Documenten sturen"));
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Documenten"));
        telefoon("gezin: documenten");
        java.nio.file.Path foto = java.nio.file.Files.createTempFile("verslag", ".png");
        java.nio.file.Files.write(foto, java.util.Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfF"
                + "cSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        browser.findElement(By.id("bestand")).sendKeys(foto.toString());
        klik(By.xpath("//button[normalize-space()='Versturen']"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Het document is verstuurd"));
        assertThat(main()).contains(foto.getFileName().toString());
        telefoon("gezin: document verstuurd");

        klik(By.linkText("Terug naar het plan van Noor"));
        klik(By.linkText("Iets laten verbeteren of bezwaar maken"));
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Iets laten verbeteren of bezwaar maken"));
        // Sent empty: a message per field, on the page, with nothing lost.
        klik(By.xpath("//button[normalize-space()='Versturen']"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Kies wat u wilt."));
        telefoon("gezin: verzoek met fouten");
        klik(By.id("soort-CORRECTIE"));
        klik(By.id("over-KIND"));
        browser.findElement(By.id("onderwerp")).sendKeys("Het telefoonnummer in het plan");
        browser.findElement(By.id("toelichting")).sendKeys("Er staat een oud nummer.");
        klik(By.xpath("//button[normalize-space()='Versturen']"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Uw verzoek is verstuurd"));
        assertThat(main()).contains("Het telefoonnummer in het plan", "De school werkt eraan");
        telefoon("gezin: verzoek verstuurd");
        Browser.voorDocs(browser, "gezin-3-verzoek-telefoon");
        // The request's process is the school's; it does not stay behind for other tests.
        runtimeService.createProcessInstanceQuery().processDefinitionKey("avgVerzoek").list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "einde browsertest"));
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;

    /**
     * Issue #24, the MDO date: on a phone Karin opens Noor's planned meeting (the demo plans one), sends the form without
     * a choice and reads the message at the question, then says the date suits; every page passes axe-core, fits 320
     * px and has buttons of at least 44 px.
     */
    @Test
    void opDeTelefoonZegtEenOuderDatDeDatumVanHetOverlegPast() {
        opScherm(TELEFOON);
        meldAanAls("ouder");
        // "Wat wacht op u" (issue #24 §5): the meeting's date to answer, with its day, linked to the answer page.
        assertThat(main()).contains("Wat wacht op u", "Voor Noor", "Laat weten of de datum van het overleg past",
                "Graag uiterlijk");
        telefoon("gezin: wat wacht op u");
        klik(By.linkText("Het plan van Noor"));
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Het plan van Noor"));
        klik(By.linkText("Overleg (MDO)"));
        wacht.until(ExpectedConditions.attributeToBe(By.linkText("Overleg (MDO)"), "aria-current", "page"));
        klik(By.cssSelector("a[id^='reageer-']"));
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Past de datum van het overleg?"));
        telefoon("gezin: MDO-datum");
        klik(By.id("versturen"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("keuze-fout"),
                "Kies of de datum past of dat u andere momenten voorstelt."));
        telefoon("gezin: MDO-datum, niets gekozen");
        Browser.voorDocs(browser, "gezin-3-mdo-datum-telefoon");
        klik(By.xpath("//label[normalize-space()='Ja, de datum past']"));
        klik(By.id("versturen"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "De school weet nu dat de datum past."));
        assertThat(main()).contains("U gaf door: de datum past.");
        telefoon("gezin: MDO na het antwoord");
        // Answered: it no longer waits.
        browser.get("http://localhost:" + port + "/gezin");
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Het plan op school"));
        assertThat(main()).doesNotContain("Laat weten of de datum van het overleg past");
    }
}
