package nl.eenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nl.eenplan.Browser;
import nl.eenplan.BrowserTest;
import nl.eenplan.Http;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A process owner deploys a new version through /engine-rest (as Camunda Modeler does) and sees it in Cockpit. */
class CockpitBrowserIT extends BrowserTest {

    @Autowired
    RepositoryService repositoryService;

    @Test
    void eenNieuweVersieVanDeProcesbeheerderStaatInCockpit() {
        deploy("Proef Cockpit");
        Http.Antwoord tweede = deploy("Proef Cockpit, versie twee");
        String definitie = http().als("procesbeheer")
                .get("/engine-rest/process-definition/key/proefCockpit").json().get("id").asText();
        assertThat(repositoryService.getProcessDefinition(definitie).getVersion()).isEqualTo(2);
        assertThat(tweede.status()).isEqualTo(200);

        meldAan("cockpit", "procesbeheer");
        // In Dutch, without Camunda's migration bar.
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(), 'Gedeployd')]")));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Processen", "Beslissingen");
        geenMigratiebalk();

        browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-definition/" + definitie);
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Proef Cockpit, versie twee"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "proefCockpit:2:"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Definitieversie:");
        Browser.screenshot(browser, "cockpit-nieuwe-versie");
    }

    private Http.Antwoord deploy(String naam) {
        byte[] model = Bpmn.convertToString(Bpmn.createExecutableProcess("proefCockpit").name(naam)
                .camundaHistoryTimeToLive(1).startEvent().endEvent().done()).getBytes(StandardCharsets.UTF_8);
        Http.Antwoord antwoord = http().als("procesbeheer").postBestand("/engine-rest/deployment/create", "data",
                "proefCockpit.bpmn", model, "deployment-name", "proefCockpit", "deployment-source", "Camunda Modeler");
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
        return antwoord;
    }
}
