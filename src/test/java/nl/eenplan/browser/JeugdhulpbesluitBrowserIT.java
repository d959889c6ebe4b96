package nl.eenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import nl.eenplan.Browser;
import nl.eenplan.BrowserTest;
import nl.eenplan.Http;
import nl.eenplan.Jeugdhulpbesluiten;
import nl.eenplan.Toegankelijkheid;
import nl.eenplan.TweedeGemeente;
import nl.eenplan.Zorginhoud;
import nl.eenplan.Zorgroutes;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.organisatie.Gemeenten;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import nl.eenplan.termijn.Schoolkalender;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pupil's home gemeente decides on jeugdhulp in EenPlan's pages (issue #23, Jeugdwet art. 1.1 "woonplaats"), also
 * when the school is in another gemeente: the pupil of the demo school in Utrecht turns out to live in Zeist, the
 * application is forwarded (Awb art. 2:3), and Zeist's user, who may not open the pupil's page, decides on the task page
 * from Mijn werk: the care part only, never the education part or the dossier. Every page passes axe-core; nothing typed
 * became a process variable; the school's gemeente, a third gemeente and another school get nothing of that page.
 */
class JeugdhulpbesluitBrowserIT extends BrowserTest {

    static final String ZEIST = "GM0355";
    static final String GEMEENTE_ZEIST = "gemeentezeist";
    private static final AtomicInteger VOLGNUMMER = new AtomicInteger();
    private static final java.time.format.DateTimeFormatter DAG = java.time.format.DateTimeFormatter
            .ofPattern("dd-MM-yyyy");
    private static final java.time.format.DateTimeFormatter LANG = java.time.format.DateTimeFormatter
            .ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl-NL"));

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    Schoolkalender kalender;
    @Autowired
    Gemeenten gemeenten;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;
    @Autowired
    SchoolService scholen;

    Zorgroutes routes;

    @BeforeEach
    void zeistWerktMetEenPlan() {
        routes = new Zorgroutes(this::http, runtimeService, managementService, kalender, vandaag());
        gemeenten.registreer(ZEIST, "Zeist");
        gebruikers.maakAlsNieuw(GEMEENTE_ZEIST, "Gijs", "Zeist", "demo", Groepen.GEMEENTE);
        organisaties.voegToeAanOrganisatie(GEMEENTE_ZEIST, Organisaties.gemeenteGroep("Zeist"));
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
    }

    @Test
    void deWoongemeenteInEenAndereGemeenteDanDeSchoolBesluitOpHaarTaakpagina() {
        String onderwijs = "Kleine klas drie dagen per week " + VOLGNUMMER.incrementAndGet() + ".";
        String zorg = "Gezinsbegeleiding door het wijkteam.";
        String toelichting = "Beschikking voor zes maanden gezinsbegeleiding.";
        String nummer = routes.arrangementInBesluitvorming(onderwijs, zorg, "Regulier vo, havo.");
        String naam = routes.naam(nummer);
        // The school records where the pupil lives: Zeist, which now decides (the application is forwarded).
        Http.Antwoord adres = http().als("zorgcoordinator").put("/api/dossiers/" + nummer + "/leerling/woonadres",
                "{\"postcode\": \"3701 AA\", \"huisnummer\": \"1\", \"woonplaats\": \"Zeist\", \"gemeentecode\": \""
                        + ZEIST + "\"}");
        assertThat(adres.status()).as(adres.body()).isEqualTo(200);
        Jeugdhulpbesluiten.voerStartUit(runtimeService, managementService, nummer);
        String taak = taskService.createTaskQuery().processDefinitionKey("jeugdhulpbesluit")
                .processInstanceBusinessKey(nummer).tenantIdIn(ZEIST).singleResult().getId();

        // Mijn werk: the task, with the pupil's name and school; the step opens the task page.
        browser.get("http://localhost:" + port + "/");
        wacht.until(ExpectedConditions.urlContains("/login"));
        meldAanOpEenPlan(GEMEENTE_ZEIST);
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Mijn werk"));
        browser.findElement(By.id("zoek")).sendKeys(nummer);
        wacht.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#takenlijst tbody tr"), 1));
        assertThat(browser.findElement(By.cssSelector("#takenlijst tbody tr")).getText())
                .contains(naam, nummer, "Besluit jeugdhulp (woongemeente)");
        // No link to the pupil's page, which does not open for Zeist (the school is in Utrecht).
        assertThat(browser.findElements(By.cssSelector("#takenlijst a[href^='/leerlingen/']"))).isEmpty();
        Toegankelijkheid.controleer(browser, "Mijn werk van de woongemeente");
        klik(By.linkText("Besluit jeugdhulp (woongemeente)"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//label[normalize-space()='Toegekend']")));

        // The task page: the care part it decides on, not the education part, the OPP's goals or the dossier.
        String pagina = browser.findElement(By.tagName("main")).getText();
        assertThat(pagina).contains("Aanvraag jeugdhulp: het zorgdeel", zorg, "Regulier vo, havo.",
                        "Aanvraag ontvangen op", naam, "Besluit", "Toelichting")
                .doesNotContain(onderwijs, "Leest op niveau E6", "Anna Jansen", "Het plan", "Wat er gebeurde");
        assertThat(browser.findElements(By.cssSelector("a[href^='/leerlingen/']"))).isEmpty();
        Toegankelijkheid.controleer(browser, "de taak Besluit jeugdhulp (woongemeente) voor de woongemeente");
        Browser.screenshot(browser, "woongemeente-1-taak");

        klik(By.xpath("//label[normalize-space()='Toegekend']"));
        veld("Toelichting").sendKeys(toelichting);
        klik(By.id("versturen"));
        wacht.until(ExpectedConditions.urlContains("/afgerond"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("De taak is afgerond.");
        Toegankelijkheid.controleer(browser, "Besluit jeugdhulp afgerond door de woongemeente");
        Browser.screenshot(browser, "woongemeente-2-afgerond");

        // The decision is with the arrangement, in the school's dossier; the explanation is in no process.
        var arrangement = http().als("zorgcoordinator").get("/api/dossiers/" + nummer + "/arrangementen").json().get(0);
        assertThat(arrangement.get("zorgBesluit").asText()).isEqualTo("TOEGEKEND");
        assertThat(arrangement.get("zorgToelichting").asText()).isEqualTo(toelichting);
        Zorginhoud.nietInProcessen(historyService, repositoryService, nummer, toelichting, zorg, onderwijs);
    }

    /**
     * Issue #23: Zeist refused the care part and sent its letter; the parents' bezwaarschrift reaches Zeist, which
     * cannot open the pupil's page (the school is in Utrecht) and has no task in the objection window. Through the menu
     * "Jeugdhulp" it finds the application and records the objection there; the API's service refuses per field in
     * Dutch (not from the parents, in the future), the message shows at the field and what was typed stays. The letter's
     * task page shows the care part it is about. Every page passes axe-core.
     */
    @Test
    void deWoongemeenteLegtHetBezwaarVanDeOudersVastOpHaarPagina_Awb_art_7_1() {
        String onderwijs = "Kleine klas twee dagen per week " + VOLGNUMMER.incrementAndGet() + ".";
        String zorg = "Ambulante gezinsbegeleiding " + VOLGNUMMER.get() + ".";
        String nummer = routes.arrangementInBesluitvorming(onderwijs, zorg, "Regulier vo, havo.");
        String naam = routes.naam(nummer);
        assertThat(http().als("zorgcoordinator").put("/api/dossiers/" + nummer + "/leerling/woonadres",
                "{\"postcode\": \"3701 AA\", \"huisnummer\": \"1\", \"woonplaats\": \"Zeist\", \"gemeentecode\": \""
                        + ZEIST + "\"}").status()).isEqualTo(200);
        Jeugdhulpbesluiten.voerStartUit(runtimeService, managementService, nummer);
        routes.voltooi(GEMEENTE_ZEIST, nummer, "besluiten", "{\"besluit\": \"AFGEWEZEN\", \"toelichting\": "
                + "\"Geen indicatie voor gezinsbegeleiding.\"}");
        long arrangement = http().als("zorgcoordinator").get("/api/dossiers/" + nummer + "/arrangementen").json().get(0)
                .get("id").asLong();

        // The letter's task page: the care part, the refusal and its reasons.
        browser.get("http://localhost:" + port + "/");
        wacht.until(ExpectedConditions.urlContains("/login"));
        meldAanOpEenPlan(GEMEENTE_ZEIST);
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Mijn werk"));
        browser.findElement(By.id("zoek")).sendKeys(nummer);
        wacht.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#takenlijst tbody tr"), 1));
        klik(By.linkText("Verzending besluitbrief vastleggen"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("zorgdeel")));
        assertThat(browser.findElement(By.id("zorgdeel")).getText()).contains(zorg, "Regulier vo, havo.",
                "afgewezen op", "Geen indicatie voor gezinsbegeleiding.").doesNotContain(onderwijs);
        Toegankelijkheid.controleer(browser, "de taak Verzending besluitbrief vastleggen met het zorgdeel");
        routes.voltooi(GEMEENTE_ZEIST, nummer, "besluitbriefJeugdhulp", "{\"verzondenOp\": \"" + vandaag()
                + "\", \"verzondenDoor\": \"Team Jeugd Zeist\", \"wijze\": \"POST\"}");

        // The menu's list: the pupil in the objection window; the page of the application with the form.
        klik(By.linkText("Jeugdhulp"));
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Aanvragen jeugdhulp"));
        assertThat(browser.findElement(By.id("aanvraag-" + nummer)).getText()).contains(naam,
                "afgewezen; bezwaartermijn loopt tot en met");
        Toegankelijkheid.controleer(browser, "Aanvragen jeugdhulp van de woongemeente");
        klik(By.linkText(naam));
        String formulier = "bezwaarformulier-" + arrangement + "-ZORG";
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id(formulier)));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(zorg,
                "Geen indicatie voor gezinsbegeleiding.", "Team Jeugd Zeist", "Laatste dag van de bezwaartermijn:")
                .doesNotContain(onderwijs);
        Toegankelijkheid.controleer(browser, "de aanvraag jeugdhulp met het bezwaarformulier");
        Browser.screenshot(browser, "woongemeente-3-bezwaarformulier");

        // Not from the parents: refused at that field.
        String indiener = "bezwaar-indiener-" + arrangement + "-ZORG";
        String ontvangen = "bezwaar-ontvangen-" + arrangement + "-ZORG";
        new Select(browser.findElement(By.id(indiener))).selectByVisibleText("Van de school");
        browser.findElement(By.id(ontvangen)).sendKeys(DAG.format(vandaag()));
        klik(By.xpath("//form[@id='" + formulier + "']//button"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id(indiener + "-fout")));
        assertThat(browser.findElement(By.id(indiener + "-fout")).getText())
                .startsWith("Alleen de ouders kunnen bezwaar maken tegen dit besluit");
        Toegankelijkheid.controleer(browser, "bezwaar niet van de ouders geweigerd");

        // From the parents, but in the future: refused at the date; the choice stays.
        new Select(browser.findElement(By.id(indiener))).selectByVisibleText("Van de ouders");
        browser.findElement(By.id(ontvangen)).clear();
        browser.findElement(By.id(ontvangen)).sendKeys(DAG.format(vandaag().plusDays(1)));
        klik(By.xpath("//form[@id='" + formulier + "']//button"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id(ontvangen + "-fout")));
        assertThat(browser.findElement(By.id(ontvangen + "-fout")).getText())
                .isEqualTo("Het bezwaarschrift kan niet in de toekomst binnengekomen zijn.");
        assertThat(browser.findElements(By.id(indiener + "-fout"))).isEmpty();
        assertThat(new Select(browser.findElement(By.id(indiener))).getFirstSelectedOption().getText())
                .isEqualTo("Van de ouders");
        Toegankelijkheid.controleer(browser, "bezwaar in de toekomst geweigerd");

        browser.findElement(By.id(ontvangen)).clear();
        browser.findElement(By.id(ontvangen)).sendKeys(DAG.format(vandaag()));
        klik(By.xpath("//form[@id='" + formulier + "']//button"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bezwaar-bericht"),
                "Het bezwaar is vastgelegd."));
        assertThat(browser.findElement(By.id("zorgdeel")).getText()).contains("Bezwaar van de ouders ontvangen op "
                + LANG.format(vandaag()));
        assertThat(browser.findElement(By.id("geen-bezwaar")).getText()).contains("wordt behandeld");
        assertThat(browser.findElements(By.id(formulier))).isEmpty();
        Toegankelijkheid.controleer(browser, "bezwaar vastgelegd door de woongemeente");
        Browser.screenshot(browser, "woongemeente-4-bezwaar-vastgelegd");
        assertThat(routes.taak(GEMEENTE_ZEIST, nummer, "bezwaarBehandelenJeugdhulp")).isNotNull();
    }

    /**
     * The attack: Zeist's task page and task are Zeist's alone; the school's gemeente (Utrecht), a third gemeente
     * (Amersfoort), the pupil's school and another school get 403 or 404 on the page, via /api and via /engine-rest.
     */
    @Test
    void deTaakpaginaVanDeWoongemeenteIsVoorNiemandAnders() {
        String zorg = "Ambulante jeugdhulp " + VOLGNUMMER.incrementAndGet() + ".";
        String nummer = routes.arrangementInBesluitvorming("Kleine klas.", zorg, "Regulier vo.");
        assertThat(http().als("zorgcoordinator").put("/api/dossiers/" + nummer + "/leerling/woonadres",
                "{\"postcode\": \"3701 AA\", \"huisnummer\": \"1\", \"woonplaats\": \"Zeist\", \"gemeentecode\": \""
                        + ZEIST + "\"}").status()).isEqualTo(200);
        Jeugdhulpbesluiten.voerStartUit(runtimeService, managementService, nummer);
        String taak = taskService.createTaskQuery().processDefinitionKey("jeugdhulpbesluit")
                .processInstanceBusinessKey(nummer).tenantIdIn(ZEIST).singleResult().getId();
        Long id = http().als("zorgcoordinator").get("/api/dossiers/" + nummer + "/arrangementen").json().get(0)
                .get("id").asLong();

        for (String wie : new String[] {"gemeente", "gemeenteAmersfoort", "zorgcoordinator", "zorgcoordinatorAmersfoort"}) {
            Http ander = http().als(wie);
            Http.Antwoord pagina = http().als(wie).metKop("Accept", "text/html").get("/taken/" + taak);
            assertThat(pagina.status()).as(wie).isIn(403, 404);
            assertThat(pagina.body()).as(wie).doesNotContain(zorg);
            assertThat(ander.get("/api/arrangementen/" + id).status()).as(wie).isIn(403, 404);
            assertThat(ander.get("/engine-rest/task/" + taak).status()).as(wie).isIn(403, 404);
            assertThat(ander.get("/engine-rest/task/" + taak + "/form-variables").status()).as(wie).isIn(403, 404);
            assertThat(ander.post("/api/taken/" + taak + "/voltooien", "{\"besluit\": \"TOEGEKEND\"}").status())
                    .as(wie).isIn(403, 404);
            assertThat(ander.post("/engine-rest/task/" + taak + "/complete",
                    "{\"variables\": {\"zorgBesluit\": {\"value\": \"TOEGEKEND\"}}}").status()).as(wie).isIn(403, 404);
        }
        // Zeist itself: the page, with the care part.
        Http.Antwoord zeist = http().als(GEMEENTE_ZEIST).metKop("Accept", "text/html").get("/taken/" + taak);
        assertThat(zeist.status()).isEqualTo(200);
        assertThat(zeist.body()).contains(zorg);
        assertThat(taskService.createTaskQuery().taskId(taak).count()).as("de taak staat nog open").isOne();
    }
}
