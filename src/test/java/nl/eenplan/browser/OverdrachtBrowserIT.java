package nl.eenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import nl.eenplan.Browser;
import nl.eenplan.BrowserTest;
import nl.eenplan.Http;
import nl.eenplan.Testdossiers;
import nl.eenplan.Toegankelijkheid;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A zorgcoördinator hands a departing colleague's work to another in EenPlan's page /overdracht: from Leerlingen,
 * chooses the school, is told at the field that the work must go to someone else, sees what will move, confirms, sees
 * what moved and finds the hand-over in the pupil's timeline. Every step passes axe-core (WCAG 2.1 AA).
 */
class OverdrachtBrowserIT extends BrowserTest {

    private static final AtomicInteger VOLGNUMMER = new AtomicInteger();

    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;
    @Autowired
    TaskService taskService;

    @Test
    void eenCollegaDraagtHetWerkVanEenVertrekkendeZorgcoordinatorOver() {
        int n = VOLGNUMMER.incrementAndGet();
        String vertrekt = "zcWeg" + n;
        String opvolger = "zcErbij" + n;
        gebruikers.maakAlsNieuw(vertrekt, "Wim", "Weg", "demo", Groepen.ZORGCOORDINATOR);
        gebruikers.maakAlsNieuw(opvolger, "Eva", "Erbij", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool(vertrekt, "99ZZ00");
        organisaties.voegToeAanSchool(opvolger, "99ZZ00");
        // A pupil of the one who leaves, whose intake they took.
        Http.Antwoord geopend = http().als("zorgcoordinator").post("/api/dossiers",
                Testdossiers.vanZorgcoordinator(Testdossiers.nieuw(), vertrekt));
        assertThat(geopend.status()).as(geopend.body()).isEqualTo(201);
        String nummer = geopend.json().get("nummer").asText();
        http().als("mentor").post("/api/dossiers/" + nummer + "/aanmeldingen", Testdossiers.AANMELDING);
        String intake = taskService.createTaskQuery().processInstanceBusinessKey(nummer).singleResult().getId();
        assertThat(http().als(vertrekt).post("/api/taken/" + intake + "/toewijzen", "{\"aan\": \"" + vertrekt + "\"}")
                .status()).isEqualTo(204);

        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys("zorgcoordinator");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Mijn werk"));
        klik(By.linkText("Leerlingen"));
        klik(By.linkText("Werk overdragen aan een collega"));
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Werk overdragen"));

        // The demo zorgcoördinator works at both demo schools: first the school.
        new Select(browser.findElement(By.id("school"))).selectByValue("99ZZ00");
        Toegankelijkheid.controleer(browser, "werk overdragen: de school");
        klik(By.id("school-kiezen"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("van")));

        // The same colleague twice: the page says so at the field, and nothing moves.
        new Select(browser.findElement(By.id("van"))).selectByValue(vertrekt);
        new Select(browser.findElement(By.id("naar"))).selectByValue(vertrekt);
        klik(By.id("bekijken"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("naar-fout")));
        assertThat(browser.findElement(By.id("naar-fout")).getText()).startsWith("Kies een andere collega dan " + vertrekt);
        assertThat(browser.findElement(By.id("naar")).getAttribute("aria-describedby")).isEqualTo("naar-fout");
        assertThat(browser.findElement(By.id("foutmeldingen")).getText()).contains("Kies een andere collega");
        assertThat(browser.findElements(By.id("overdragen"))).isEmpty();
        Toegankelijkheid.controleer(browser, "werk overdragen: een fout bij een veld");

        // What will move, then confirm.
        new Select(browser.findElement(By.id("naar"))).selectByValue(opvolger);
        klik(By.id("bekijken"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("overgaat")));
        assertThat(browser.findElement(By.id("overgaat")).getText()).contains("1 open dossier", "1 open taak");
        Toegankelijkheid.controleer(browser, "werk overdragen: wat er overgaat");
        Browser.voorDocs(browser, "overdracht-1-voorvertoning");
        klik(By.id("overdragen"));

        wacht.until(ExpectedConditions.urlContains("/overdracht/klaar"));
        assertThat(browser.findElement(By.id("resultaat")).getText())
                .contains("Het werk van " + vertrekt + " is overgedragen aan " + opvolger, "1 open dossier", "1 open taak");
        Toegankelijkheid.controleer(browser, "werk overgedragen");
        Browser.voorDocs(browser, "overdracht-2-klaar");
        assertThat(taskService.createTaskQuery().taskId(intake).singleResult().getAssignee()).isEqualTo(opvolger);

        // The pupil's page: the new zorgcoördinator, and the hand-over in what happened.
        klik(By.linkText("Dossier " + nummer));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("kop-tijdlijn"), "Wat er gebeurde"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Dossier overgedragen van " + vertrekt + " aan " + opvolger, "door zorgcoordinator");

        // Reloading the result shows the choice again, and moves nothing twice.
        browser.get("http://localhost:" + port + "/overdracht/klaar");
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Werk overdragen"));
    }
}
