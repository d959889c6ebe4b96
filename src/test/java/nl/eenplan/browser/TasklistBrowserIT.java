package nl.eenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.eenplan.Browser;
import nl.eenplan.BrowserTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.aanmelding.AanmeldingService;
import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.leerplicht.Reden;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * People in Camunda Tasklist: a zorgcoördinator works the intake with its Dutch Camunda Form; a
 * leerplichtambtenaar finds an escalation in the filter "Escalaties leerplicht".
 */
class TasklistBrowserIT extends BrowserTest {

    @Autowired
    HistoryService historyService;

    @Autowired
    LeerplichtService leerplicht;

    @Autowired
    AanmeldingService aanmeldingen;

    @Test
    void zorgcoordinatorRondtDeIntakeAfInTasklist() {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw())
                .json().get("nummer").asText();
        String instantie = http().als("mentor").post("/api/dossiers/" + nummer + "/aanmeldingen", Testdossiers.AANMELDING)
                .json().get("procesInstantieId").asText();

        meldAan("tasklist", "zorgcoordinator");

        klik(By.xpath("//*[contains(text(), 'Taken van mijn groepen')]"));
        klik(By.xpath("//li[contains(., '" + nummer + "')]//a[contains(., 'Intakegesprek voeren')]"));

        // The Camunda Form from forms/intake.form, with its Dutch labels.
        wacht.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(text(), 'Gesprek met ouders of verzorgers gevoerd')]")));
        Browser.screenshot(browser, "tasklist-1-formulier");
        klik(By.xpath("//button[normalize-space()='Claim']"));
        // The report is part of the form: the intake's handler refuses the completion without it.
        klik(By.xpath("//label[contains(., 'Gesprek met ouders of verzorgers gevoerd')]"));
        browser.findElement(By.xpath("//label[contains(., 'Verslag van het intakegesprek')]/following::textarea[1]"))
                .sendKeys("Ouders en Sam willen hulp bij het lezen.");
        klik(By.xpath("//label[contains(., 'Gesprek met de leerling gevoerd')]"));
        Browser.screenshot(browser, "tasklist-2-ingevuld");
        klik(By.xpath("//button[normalize-space()='Complete']"));

        // After the intake the referral asks for consent.
        wacht.until(b -> historyService.createHistoricTaskInstanceQuery().processInstanceId(instantie)
                .taskDefinitionKey("toestemmingVragen").count() == 1);
        var variabelen = historyService.createHistoricVariableInstanceQuery().processInstanceId(instantie).list();
        assertThat(variabelen).anySatisfy(v -> {
            assertThat(v.getName()).isEqualTo("gesprekOudersGevoerd");
            assertThat(v.getValue()).isEqualTo(true);
        });
        // The report went into the dossier through the intake's handler, not into the process or its history.
        assertThat(variabelen).noneSatisfy(v -> assertThat(v.getName()).isEqualTo("verslag"));
        assertThat(aanmeldingen.vanDossier(nummer).get(0).intakeVerslag()).isEqualTo("Ouders en Sam willen hulp bij het lezen.");
    }

    @Test
    void leerplichtZietDeEscalatieInZijnFilterMaarNietHetDossier() {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw())
                .json().get("nummer").asText();
        leerplicht.escaleer(nummer, Reden.THUISZITTER, "Sinds 5 oktober 2026 niet op school.", "browsertest");

        meldAan("tasklist", "leerplicht");

        klik(By.xpath("//*[contains(text(), 'Escalaties leerplicht')]"));
        klik(By.xpath("//li[contains(., '" + nummer + "')]//a[contains(., 'Escalatie beoordelen')]"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Thuiszitter"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[contains(., 'Proces-verbaal (strafrechtelijk)')]")));
        Browser.screenshot(browser, "tasklist-3-leerplicht-escalatie");

        // The escalation, yes; the pupil's care data, no.
        assertThat(http().als("leerplicht").get("/api/dossiers/" + nummer).status()).isEqualTo(403);
    }
}
