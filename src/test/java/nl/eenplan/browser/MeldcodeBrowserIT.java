package nl.eenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.eenplan.BrowserTest;
import nl.eenplan.Http;
import nl.eenplan.Testdossiers;
import nl.eenplan.Toegankelijkheid;
import nl.eenplan.Zorginhoud;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The aandachtsfunctionaris starts a meldcode from the pupil's page and decides step 5 on the task's page: with
 * structural unsafety "niet melden" is refused with the afwegingskader's Dutch message, melden goes on. Every page
 * passes axe-core.
 */
class MeldcodeBrowserIT extends BrowserTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void aandachtsfunctionarisStartDeMeldcodeEnBeslistStap5() {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer")
                .asText();
        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        wacht.until(ExpectedConditions.urlContains("/login"));
        meldAanOpEenPlan("aandachtsfunctionaris");
        wacht.until(ExpectedConditions.urlContains("/leerlingen/" + nummer));

        // The aandachtsfunctionaris starts a meldcode; referring a concern or registering absence is for others.
        assertThat(browser.findElements(By.linkText("Zorg melden"))).isEmpty();
        assertThat(browser.findElements(By.linkText("Verzuim registreren"))).isEmpty();
        klik(By.linkText("Meldcode starten"));
        klik(By.xpath("//label[normalize-space()='Een signaal of notitie']"));
        veld("Het signaal in het kort").sendKeys("Leerling durft niet naar huis na schooltijd.");
        Toegankelijkheid.controleer(browser, "Meldcode starten");
        klik(By.id("versturen"));
        wacht.until(ExpectedConditions.urlMatches("/leerlingen/\\d{4}-\\d{5}$"));
        ProcessInstance meldcode = runtimeService.createProcessInstanceQuery().processDefinitionKey("meldcode")
                .processInstanceBusinessKey(nummer).singleResult();
        assertThat(meldcode).isNotNull();

        // Steps 1 to 4 through the API, as the aandachtsfunctionaris: structural unsafety.
        Http af = http().als("aandachtsfunctionaris");
        af.post("/api/taken/" + taak(meldcode, "signalenInKaart") + "/voltooien", "{\"signalen\": \"Angstig.\"}");
        af.post("/api/taken/" + taak(meldcode, "adviesVragen") + "/voltooien",
                "{\"adviesVan\": \"COLLEGA\", \"advies\": \"Wegen.\"}");
        af.post("/api/taken/" + taak(meldcode, "gesprekVoeren") + "/voltooien",
                "{\"gesprekGevoerd\": true, \"verslag\": \"Gesprek gevoerd.\"}");
        assertThat(af.post("/api/taken/" + taak(meldcode, "wegen") + "/voltooien", "{\"vermoeden\": true, "
                + "\"acuteOnveiligheid\": false, \"structureleOnveiligheid\": true, \"weging\": \"Herhaald.\"}")
                .status()).isEqualTo(204);

        // Step 5 on its page: "hulp, niet melden" is refused, then melden.
        browser.get("http://localhost:" + port + "/taken/" + taak(meldcode, "beslissen"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//label[contains(., 'Vraag 2')]")));
        Toegankelijkheid.controleer(browser, "Stap 5: Beslissen");
        klik(By.xpath("//label[contains(., 'Vraag 2')]"));
        veld("Toelichting op het besluit").sendKeys("Ouders aanvaarden hulp.");
        klik(By.id("versturen"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "altijd noodzakelijk"));
        klik(By.xpath("//label[contains(., 'Vraag 1')]"));
        klik(By.id("versturen"));
        wacht.until(ExpectedConditions.urlContains("/afgerond"));
        Toegankelijkheid.controleer(browser, "taak afgerond");

        // On the pupil's page the aandachtsfunctionaris sees where the meldcode stands; a mentor does not.
        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        String meldcodes = browser.findElement(By.id("kop-meldcode")).findElement(By.xpath("..")).getText();
        assertThat(meldcodes).contains("Gestart na een signaal", "Melden noodzakelijk; hulp mogelijk.");
        Toegankelijkheid.controleer(browser, "de leerlingpagina met een meldcode");
        assertThat(http().als("mentor").metKop("Accept", "text/html").get("/leerlingen/" + nummer).body())
                .doesNotContain("kop-meldcode", "durft niet naar huis");

        Zorginhoud.nietInProcessen(historyService, repositoryService, nummer,
                "Leerling durft niet naar huis na schooltijd.", "Ouders aanvaarden hulp.");
    }

    private String taak(ProcessInstance instantie, String taak) {
        return taskService.createTaskQuery().processInstanceId(instantie.getId()).taskDefinitionKey(taak)
                .singleResult().getId();
    }
}
