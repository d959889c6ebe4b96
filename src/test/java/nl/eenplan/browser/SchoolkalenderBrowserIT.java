package nl.eenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.eenplan.BrowserTest;
import nl.eenplan.Http;
import nl.eenplan.Testdossiers;
import nl.eenplan.Toegankelijkheid;
import nl.eenplan.dossier.NieuweSchool;
import nl.eenplan.dossier.Regio;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The school's own calendar page and the exemptions form on the pupil's page (issue #22). A zorgcoördinator of a
 * school of her own (region midden, so the provisional holidays of 2027-2028 show) reads the region's holidays, adds a
 * study day (a wrong period refused at its field first), sets the lesrooster (too many lessons on a day refused at its
 * field first), removes the study day and goes back to the standard; a mentor reads the same page without a form and
 * the API still refuses her a change. On a pupil's page the zorgcoördinator records an exemption (an art. 15 exemption
 * for a pupil who is not kwalificatieplichtig refused at its field first); a mentor sees it but not the form, and the
 * API refuses her. Every state passes axe-core. Test clock: 28 November 2026.
 */
class SchoolkalenderBrowserIT extends BrowserTest {

    static final String SCHOOL = "97KP00";
    static final String KALENDER = "/api/scholen/" + SCHOOL + "/kalender";
    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter LANG = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl-NL"));

    @Autowired
    SchoolService scholen;
    @Autowired
    Organisaties organisaties;
    @Autowired
    GebruikerService gebruikers;

    @Test
    void deZorgcoordinatorBeheertDeKalenderEnDeMentorLeestMee() {
        if (scholen.lijst().stream().noneMatch(s -> s.brin().equals(SCHOOL))) {
            scholen.registreer(new NieuweSchool(SCHOOL, "Kalenderschool (test)", "Utrecht", "SWV Utrecht (test)",
                    Regio.MIDDEN));
        }
        for (String groep : List.of(Groepen.ZORGCOORDINATOR, Groepen.MENTOR)) {
            gebruikers.maakAlsNieuw(groep + "Kalender", "Test", groep, "demo", groep);
            organisaties.voegToeAanSchool(groep + "Kalender", SCHOOL);
        }
        Http zc = http().als("zorgcoordinatorKalender");
        zc.get(KALENDER).json().get("eigen").forEach(p -> zc.delete(KALENDER + "/" + p.get("id").asLong()));
        zc.delete(KALENDER + "/lesrooster");
        // A Friday in a week without holidays, far from the days other tests count.
        LocalDate studiedag = LocalDate.of(2027, 3, 5);

        browser.get("http://localhost:" + port + "/leerlingen");
        meldAan("zorgcoordinatorKalender");
        klik(By.linkText("Schoolkalender"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("regiovakanties")));
        String regio = browser.findElement(By.id("regiovakanties")).getText();
        assertThat(regio).contains("Herfstvakantie", "17 oktober 2026", "25 oktober 2026", "vastgesteld", "voorlopig")
                .doesNotContain("2025");
        assertThat(browser.findElement(By.id("uitleg-voorlopig")).getText()).contains("EenPlan rekent er wel mee");
        assertThat(browser.findElement(By.id("geen-eigen")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("standaardrooster")).findElement(By.xpath("following-sibling::div"))
                .getText()).contains("po en so 6 klokuur", "vo en vso 9 lesuur van 50 minuten", "mbo 8 klokuur");
        Toegankelijkheid.controleer(browser, "schoolkalender");

        // A study day whose last day lies before its first: refused at that field, what was typed stays.
        klik(By.xpath("//summary[normalize-space()='Periode toevoegen']"));
        new Select(browser.findElement(By.id("periode-soort"))).selectByValue("VRIJE_DAG");
        datum(By.id("periode-van"), studiedag);
        datum(By.id("periode-tot"), studiedag.minusDays(1));
        browser.findElement(By.id("periode-reden")).sendKeys("studiedag");
        klik(By.xpath("//form[@id='periodeformulier']//button"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("periode-tot-fout")));
        assertThat(browser.findElement(By.id("periode-tot-fout")).getText())
                .isEqualTo("De laatste dag ligt vóór de eerste dag.");
        assertThat(browser.findElement(By.id("periode-tot")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("periode-reden")).getAttribute("value")).isEqualTo("studiedag");
        Toegankelijkheid.controleer(browser, "schoolkalender: periode geweigerd");
        browser.findElement(By.id("periode-tot")).clear();
        klik(By.xpath("//form[@id='periodeformulier']//button"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("kalender-bericht"),
                "De periode is vastgelegd."));
        assertThat(browser.findElement(By.id("eigen-periodes")).getText()).contains("Vrije dag (studiedag, margedag)",
                LANG.format(studiedag), "studiedag", "zorgcoordinatorKalender");

        // The lesrooster: 16 lesuren of 50 minutes on a Friday is more than 12 hours; refused at Friday.
        klik(By.xpath("//summary[normalize-space()='Lesrooster instellen']"));
        new Select(browser.findElement(By.id("rooster-eenheid"))).selectByValue("LESUUR");
        browser.findElement(By.id("rooster-minuten")).sendKeys("50");
        for (String dag : List.of("maandag", "dinsdag", "donderdag")) {
            browser.findElement(By.id("rooster-" + dag)).sendKeys("8");
        }
        browser.findElement(By.id("rooster-woensdag")).sendKeys("5,5");
        browser.findElement(By.id("rooster-vrijdag")).sendKeys("16");
        klik(By.xpath("//form[@id='lesroosterformulier']//button"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("rooster-vrijdag-fout")));
        assertThat(browser.findElement(By.id("rooster-vrijdag-fout")).getText())
                .isEqualTo("Dat is meer dan 12 uur les op één dag (16 × 50 minuten).");
        Toegankelijkheid.controleer(browser, "schoolkalender: lesrooster geweigerd");
        browser.findElement(By.id("rooster-vrijdag")).clear();
        browser.findElement(By.id("rooster-vrijdag")).sendKeys("6");
        klik(By.xpath("//form[@id='lesroosterformulier']//button"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("kalender-bericht"),
                "Het lesrooster is ingesteld."));
        assertThat(browser.findElement(By.id("eigen-rooster")).getText()).contains("lesuren van 50 minuten");
        assertThat(browser.findElement(By.id("lesrooster")).getText()).contains("5,5 lesuur", "6 lesuur");
        assertThat(zc.get(KALENDER).json().at("/lesrooster/lessen/woensdag").decimalValue()).isEqualByComparingTo("5.5");
        Toegankelijkheid.controleer(browser, "schoolkalender met eigen periode en lesrooster");

        // A mentor reads the calendar, without a form; the API refuses her a change all the same.
        assertThat(http().als("mentorKalender").metKop("Accept", "text/html").get("/leerlingen").body())
                .contains("Schoolkalender");
        Http.Antwoord mentor = http().als("mentorKalender").metKop("Accept", "text/html").get("/kalender");
        assertThat(mentor.status()).isEqualTo(200);
        assertThat(mentor.body()).contains("Vakanties van de regio", "studiedag", "5,5 lesuur")
                .doesNotContain("periodeformulier", "lesroosterformulier", "verwijderformulier", "standaardformulier");
        assertThat(http().als("mentorKalender").post(KALENDER,
                "{\"soort\": \"VRIJE_DAG\", \"van\": \"2027-03-12\", \"reden\": \"studiedag\"}").status())
                .isEqualTo(403);
        assertThat(http().als("leerplicht").metKop("Accept", "text/html").get("/kalender").status()).isEqualTo(403);
        // A zorgcoördinator of several schools chooses one; another school's calendar does not exist for her.
        Http.Antwoord andere = http().als("zorgcoordinator").metKop("Accept", "text/html").get("/kalender?school=99YY00");
        assertThat(andere.body()).contains("Toon de kalender", "Het Baken College (demo)</strong>")
                .doesNotContain("zorgcoordinatorKalender");
        Http.Antwoord vreemd = http().als("zorgcoordinator").metKop("Accept", "text/html").get("/kalender?school=" + SCHOOL);
        assertThat(vreemd.status()).isEqualTo(404);
        assertThat(vreemd.body()).contains("Niet gevonden");

        // Removing the study day, and back to the standard lesrooster.
        klik(By.xpath("//button[normalize-space()='Verwijderen: studiedag']"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("kalender-bericht"),
                "De periode is verwijderd."));
        assertThat(browser.findElement(By.id("geen-eigen")).isDisplayed()).isTrue();
        klik(By.xpath("//button[normalize-space()='Terug naar de standaard']"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("kalender-bericht"),
                "weer de standaard"));
        assertThat(browser.findElement(By.id("standaardrooster")).isDisplayed()).isTrue();
        assertThat(zc.get(KALENDER).json().hasNonNull("lesrooster")).isFalse();
    }

    @Test
    void deZorgcoordinatorLegtEenVrijstellingVast() {
        // A po pupil of 12: leerplichtig, not kwalificatieplichtig.
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()).json()
                .get("nummer").asText();
        LocalDate van = vandaag().plusMonths(1);

        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        meldAan("zorgcoordinator");
        klik(By.xpath("//summary[normalize-space()='Vrijstelling vastleggen']"));
        List<String> gronden = new Select(browser.findElement(By.id("vrijstelling-grond"))).getOptions().stream()
                .map(WebElement::getText).toList();
        assertThat(gronden).contains("Lichamelijke of psychische gronden (art. 5 onder a Leerplichtwet 1969)",
                "Ander onderwijs (kwalificatieplichtige) (art. 15 Leerplichtwet 1969)");
        // Nothing chosen: asked for at the field, nothing sent.
        klik(By.xpath("//form[@id='vrijstellingformulier']//button"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("vrijstelling-grond-fout")));
        assertThat(browser.findElement(By.id("vrijstelling-grond-fout")).getText()).isEqualTo("Maak een keuze.");

        new Select(browser.findElement(By.id("vrijstelling-grond"))).selectByValue("ART_15");
        datum(By.id("vrijstelling-van"), van);
        datum(By.id("vrijstelling-besluit"), vandaag());
        browser.findElement(By.id("vrijstelling-toelichting")).sendKeys("Besluit 2026-117");
        klik(By.xpath("//form[@id='vrijstellingformulier']//button"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("vrijstelling-grond-fout"),
                "kwalificatieplichtige"));
        assertThat(browser.findElement(By.id("vrijstelling-grond-fout")).getText())
                .contains("alleen voor een kwalificatieplichtige leerling");
        assertThat(browser.findElement(By.id("vrijstelling-grond")).getAttribute("aria-describedby"))
                .isEqualTo("vrijstelling-grond-uitleg vrijstelling-grond-fout");
        assertThat(browser.findElement(By.id("vrijstelling-toelichting")).getAttribute("value"))
                .isEqualTo("Besluit 2026-117");
        Toegankelijkheid.controleer(browser, "vrijstelling: grond geweigerd");

        new Select(browser.findElement(By.id("vrijstelling-grond"))).selectByValue("ART_5_A");
        klik(By.xpath("//form[@id='vrijstellingformulier']//button"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verzuim-bericht"),
                "De vrijstelling is vastgelegd."));
        assertThat(browser.findElement(By.id("kop-vrijstellingen")).findElement(By.xpath("following-sibling::ul"))
                .getText()).contains("Lichamelijke of psychische gronden", "vanaf " + LANG.format(van),
                "tot nader order", "verleend door de leerplichtambtenaar (namens burgemeester en wethouders) op "
                        + LANG.format(vandaag()), "vastgelegd door zorgcoordinator", "Besluit 2026-117");
        Toegankelijkheid.controleer(browser, "leerling met vrijstelling");

        // A mentor sees the exemption, not the form; the API refuses her all the same.
        Http.Antwoord mentor = http().als("mentor").metKop("Accept", "text/html").get("/leerlingen/" + nummer);
        assertThat(mentor.body()).contains("Besluit 2026-117").doesNotContain("vrijstellingformulier");
        assertThat(http().als("mentor").post("/api/dossiers/" + nummer + "/vrijstellingen",
                "{\"grond\": \"ART_5_A\", \"van\": \"" + van + "\", \"verleendDoor\": \"LEERPLICHTAMBTENAAR\", "
                        + "\"besluitDatum\": \"" + vandaag() + "\"}").status()).isEqualTo(403);
    }

    /** Types a date as Dutch people write it (dd-mm-jjjj). */
    private void datum(By veld, LocalDate dag) {
        WebElement invoer = browser.findElement(veld);
        invoer.clear();
        invoer.sendKeys(DAG.format(dag));
    }

    private void meldAan(String gebruiker) {
        wacht.until(ExpectedConditions.urlContains("/login"));
        meldAanOpEenPlan(gebruiker);
    }
}
