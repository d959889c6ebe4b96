package nl.eenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.eenplan.Browser;
import nl.eenplan.BrowserTest;
import nl.eenplan.Http;
import nl.eenplan.Testdossiers;
import nl.eenplan.aanmelding.AanmeldingService;
import nl.eenplan.aanmelding.Overdrachten;
import nl.eenplan.dossier.Toestemming;
import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.leerplicht.Reden;
import nl.eenplan.mdo.MdoService;
import nl.eenplan.mdo.MdoView;
import nl.eenplan.mdo.Rol;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * People in Camunda Tasklist: a zorgcoördinator is sent from the intake (care content) to its page in EenPlan, and
 * works the consent (a checklist) and the MDO planning (a date and time) with their Dutch Camunda Forms; a
 * leerplichtambtenaar finds an
 * escalation in the filter "Escalaties leerplicht" and chooses its route. Each form's fields are its task's input,
 * read by the task's handler; the results land in the dossier or the escalation, not in the process.
 */
class TasklistBrowserIT extends BrowserTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    @Autowired
    HistoryService historyService;

    @Autowired
    LeerplichtService leerplicht;

    @Autowired
    AanmeldingService aanmeldingen;

    @Autowired
    ToestemmingService toestemmingen;

    @Autowired
    MdoService mdos;

    @Test
    void tasklistIsNederlandsZonderMigratiebalk() {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        // Dutch for a Dutch browser (Browser: --accept-lang=nl-NL,nl), from the login form on.
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("button[type=submit]"), "Aanmelden"));
        assertThat(browser.findElement(By.cssSelector("input[type=text]")).getAttribute("placeholder"))
                .isEqualTo("Gebruikersnaam");
        assertThat(browser.findElement(By.cssSelector("input[type=password]")).getAttribute("placeholder"))
                .isEqualTo("Wachtwoord");
        geenMigratiebalk();

        meldAan("tasklist", "zorgcoordinator");
        wacht.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(text(), 'Taken van mijn groepen')]")));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Proces starten"));
        Browser.screenshot(browser, "tasklist-0-nederlands");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Start process", "Create task");
        geenMigratiebalk();
    }

    @Test
    void deIntakeOpentVanuitTasklistInEenPlan() {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw())
                .json().get("nummer").asText();
        String instantie = http().als("mentor").post("/api/dossiers/" + nummer + "/aanmeldingen", Testdossiers.AANMELDING)
                .json().get("procesInstantieId").asText();

        meldAan("tasklist", "zorgcoordinator");

        klik(By.xpath("//*[contains(text(), 'Taken van mijn groepen')]"));
        klik(By.xpath("//li[contains(., '" + nummer + "')]//a[contains(., 'Intakegesprek voeren')]"));

        // The intake's input is care content (its report): Tasklist shows no form but a link to the task's page in
        // EenPlan (taak.ZorgtakenInEenPlan), where the pupil's name and plan are.
        WebElement extern = wacht.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("a[href*='/taken/extern?taskId=']")));
        assertThat(browser.findElements(By.xpath("//label[contains(., 'Verslag van het intakegesprek')]"))).isEmpty();
        Browser.screenshot(browser, "tasklist-1-naar-eenplan");
        browser.get(extern.getAttribute("href"));
        // EenPlan's pages have their own login; after it, the task's page.
        wacht.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys("zorgcoordinator");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Intakegesprek voeren"));
        klik(By.xpath("//label[contains(., 'Gesprek met ouders of verzorgers gevoerd')]"));
        browser.findElement(By.xpath("//label[contains(., 'Verslag van het intakegesprek')]/following::textarea[1]"))
                .sendKeys("Ouders en Sam willen hulp bij het lezen.");
        klik(By.xpath("//label[contains(., 'Gesprek met de leerling gevoerd')]"));
        Browser.screenshot(browser, "tasklist-2-ingevuld-in-eenplan");
        klik(By.id("versturen"));
        wacht.until(ExpectedConditions.urlContains("/afgerond"));

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
        leerplicht.escaleer(nummer, Reden.LANGDURIG_VERZUIM, "Sinds 5 oktober 2026 niet op school.", "browsertest");
        overdrachtenNaarLeerplicht();

        meldAan("tasklist", "leerplicht");

        klik(By.xpath("//*[contains(text(), 'Escalaties leerplicht')]"));
        klik(By.xpath("//li[contains(., '" + nummer + "')]//a[contains(., 'Escalatie beoordelen')]"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Langdurig relatief verzuim"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[contains(., 'Proces-verbaal (strafrechtelijk)')]")));
        Browser.screenshot(browser, "tasklist-3-leerplicht-escalatie");

        // The escalation, yes; the pupil's care data, no.
        assertThat(http().als("leerplicht").get("/api/dossiers/" + nummer).status()).isEqualTo(403);
    }

    @Test
    void leerplichtKiestDeRouteInTasklist() {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw())
                .json().get("nummer").asText();
        String instantie = leerplicht.escaleer(nummer, Reden.LANGDURIG_VERZUIM, "Sinds 5 oktober 2026 niet op school.",
                "browsertest").getProcesInstantieId();
        overdrachtenNaarLeerplicht();

        meldAan("tasklist", "leerplicht");
        klik(By.xpath("//*[contains(text(), 'Escalaties leerplicht')]"));
        klik(By.xpath("//li[contains(., '" + nummer + "')]//a[contains(., 'Escalatie beoordelen')]"));
        klik(By.xpath("//button[normalize-space()='Oppakken']"));
        // A radio group: the value sent is the route's code, the handler's input field "route".
        klik(By.xpath("//label[contains(., 'Halt-verwijzing')]"));
        Browser.screenshot(browser, "tasklist-4-leerplicht-route");
        klik(By.xpath("//button[normalize-space()='Afronden']"));

        wacht.until(b -> historyService.createHistoricTaskInstanceQuery().processInstanceId(instantie)
                .taskDefinitionKey("afsluiten").count() == 1);
        // The escalation has its route, as the school sees it.
        assertThat(http().als("zorgcoordinator").get("/api/dossiers/" + nummer + "/escalaties").json().get(0)
                .get("route").asText()).isEqualTo("HALT");
    }

    @Test
    void zorgcoordinatorLegtToestemmingVastMetDeChecklist() {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw())
                .json().get("nummer").asText();
        http().als("mentor").post("/api/dossiers/" + nummer + "/aanmeldingen", Testdossiers.AANMELDING);
        voltooi("zorgcoordinator", nummer, "intake", """
                {"verslag": "Gesprek met ouders en Sam.", "gesprekOudersGevoerd": true, "gesprekLeerlingGevoerd": true,
                 "signalenOnveiligheid": false}""");

        meldAan("tasklist", "zorgcoordinator");
        klik(By.xpath("//*[contains(text(), 'Taken van mijn groepen')]"));
        klik(By.xpath("//li[contains(., '" + nummer + "')]//a[contains(., 'Toestemming vragen')]"));
        klik(By.xpath("//button[normalize-space()='Oppakken']"));
        // A checklist: the ticked scopes are sent as one list, the handler's input field "gegeven".
        klik(By.xpath("//label[contains(., 'Ondersteuningsteam / MDO')]"));
        klik(By.xpath("//label[contains(., 'Jeugdhulp (wijkteam')]"));
        // The proof: how they consented (EenPlan records it per person, with the information text they were given).
        klik(By.xpath("//label[contains(., 'In een gesprek')]"));
        Browser.screenshot(browser, "tasklist-5-toestemming");
        klik(By.xpath("//button[normalize-space()='Afronden']"));

        wacht.until(b -> toestemmingen.inWerking(nummer).size() == 2);
        assertThat(toestemmingen.inWerking(nummer))
                .containsExactlyInAnyOrder(Toestemming.Scope.ONDERSTEUNINGSTEAM, Toestemming.Scope.JEUGDHULP);
    }

    @Test
    void zorgcoordinatorPlantHetMdoMetDatumEnTijd() {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw())
                .json().get("nummer").asText();
        // Consent for the ondersteuningsteam from parents and pupil, and earlier support: triage chooses the MDO.
        for (String wie : new String[] {"OUDERS", "LEERLING"}) {
            assertThat(http().als("zorgcoordinator").post("/api/dossiers/" + nummer + "/toestemmingen",
                    "{\"scope\": \"ONDERSTEUNINGSTEAM\", \"gegevenDoor\": \"" + wie + "\", \"vorm\": \"GESPREK\"}").status())
                    .isEqualTo(wie.equals("OUDERS") ? 201 : 400); // AVG art. 8: under 16 the parents decide
        }
        http().als("mentor").post("/api/dossiers/" + nummer + "/aanmeldingen", """
                {"categorieen": ["GEDRAG"], "urgentie": "HOOG", "alGeprobeerd": "Time-outs en gesprekken.",
                 "eerdereOndersteuning": true}""");
        voltooi("zorgcoordinator", nummer, "intake", """
                {"verslag": "Gesprek met ouders en Sam.", "gesprekOudersGevoerd": true, "gesprekLeerlingGevoerd": true,
                 "signalenOnveiligheid": false}""");
        voltooi("zorgcoordinator", nummer, "toestemmingVragen", "{\"gegeven\": []}");
        // The referral starts the next process as a job of its own (no job executor in tests).
        Overdrachten.voerUit(runtimeService, managementService, nummer);
        // A week from today on the test clock, as the person types it in the date picker.
        LocalDate dag = vandaag().plusDays(7);

        meldAan("tasklist", "zorgcoordinator");
        klik(By.xpath("//*[contains(text(), 'Taken van mijn groepen')]"));
        klik(By.xpath("//li[contains(., '" + nummer + "')]//a[contains(., 'MDO plannen')]"));
        klik(By.xpath("//button[normalize-space()='Oppakken']"));
        WebElement datum = klik(By.xpath("//label[contains(., 'Datum van het MDO')]/following::input[1]"));
        // The date picker follows the browser's language (dd-mm-jjjj in Dutch) and sends JJJJ-MM-DD.
        datum.sendKeys(alsInHetVeld(dag, datum.getAttribute("placeholder")), Keys.ENTER);
        klik(By.xpath("//label[contains(., 'Tijd')]/following::input[1]")).sendKeys("15:00", Keys.ENTER);
        klik(By.xpath("//label[contains(., 'Locatie')]/following::input[1]")).sendKeys("Lokaal 12");
        Browser.screenshot(browser, "tasklist-6-mdo-plannen");
        klik(By.xpath("//button[normalize-space()='Afronden']"));

        wacht.until(b -> !mdos.vanDossier(nummer).isEmpty());
        MdoView mdo = mdos.vanDossier(nummer).get(0);
        // Sent as JJJJ-MM-DDT15:00 (no time zone), read as Dutch time.
        assertThat(mdo.datum()).isEqualTo(dag.atTime(15, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant());
        assertThat(mdo.locatie()).isEqualTo("Lokaal 12");
        assertThat(mdo.duurMinuten()).isEqualTo(60);
        assertThat(mdo.deelnemers()).extracting(MdoView.DeelnemerView::rol)
                .containsExactlyInAnyOrder(Rol.OUDERS, Rol.LEERLING, Rol.MENTOR);
    }

    /** A date as the date picker reads it, after its placeholder (dd-mm-yyyy, mm/dd/yyyy, ...). */
    private static String alsInHetVeld(LocalDate dag, String placeholder) {
        return placeholder.toLowerCase()
                .replace("dd", String.format("%02d", dag.getDayOfMonth()))
                .replace("mm", String.format("%02d", dag.getMonthValue()))
                .replace("yyyy", String.valueOf(dag.getYear()));
    }

    private void voltooi(String gebruiker, String nummer, String taak, String invoer) {
        String id = null;
        for (JsonNode t : http().als(gebruiker).get("/api/taken?maximaal=1000").json()) {
            if (nummer.equals(t.path("dossierNummer").asText()) && taak.equals(t.get("taak").asText())) {
                id = t.get("id").asText();
            }
        }
        assertThat(id).as("taak %s voor %s", taak, gebruiker).isNotNull();
        Http.Antwoord a = http().als(gebruiker).post("/api/taken/" + id + "/voltooien", invoer);
        assertThat(a.status()).as(a.body()).isEqualTo(204);
    }
}
