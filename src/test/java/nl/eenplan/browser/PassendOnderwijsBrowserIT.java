package nl.eenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.eenplan.Browser;
import nl.eenplan.BrowserTest;
import nl.eenplan.Http;
import nl.eenplan.Testdossiers;
import nl.eenplan.Toegankelijkheid;
import nl.eenplan.TweedeGemeente;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages of passend onderwijs (issue #23): on a pupil's page the admission (started with the day the written
 * application came in, a future day refused at its field first; its deadline and tasks; after a refusal what the letter
 * to the parents must contain), the groeidocument (a new version, a parent's signature dated before the version refused
 * at its field first) and the pupil's thuiszitterstafel (signalled by the school); the list "Thuiszitters" and a table's
 * page for the home gemeente's leerplicht, with its task on the task page. Every state passes axe-core. Each form and
 * page refuses another school's user (404) and a group that may not (403), through the pages and the API they send to.
 * Test clock: 28 November 2026.
 */
class PassendOnderwijsBrowserIT extends BrowserTest {

    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter LANG = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl-NL"));

    @Autowired
    SchoolService scholen;
    @Autowired
    Organisaties organisaties;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    @BeforeEach
    void tweedeGemeente() {
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
    }

    @Test
    void deZorgcoordinatorLegtEenToelatingVastEnZietWatDeBriefMoetBevatten() {
        // A pupil who applied at Het Baken College (99YY00, board 99999 in the demo).
        String nummer = dossierBijHetBaken();
        LocalDate ontvangen = vandaag().minusDays(3);

        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        meldAan("zorgcoordinator");
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("geen-toelating")));
        assertThat(browser.findElement(By.id("verwijspunten")).getText()).contains("Onderwijsconsulenten",
                "www.onderwijsconsulenten.nl", "Geschillencommissie Passend Onderwijs", "www.onderwijsgeschillen.nl",
                "Landelijke Bezwaaradviescommissie Toelaatbaarheid (LBT)",
                "Ouder- en jeugdsteunpunt van SWV Passend Onderwijs Utrecht (demo)", "030 000 00 00 (demo)");
        Toegankelijkheid.controleer(browser, "leerling zonder toelating");

        // A day in the future: refused by the API at its field, what was typed stays.
        klik(By.xpath("//summary[normalize-space()='Aanmelding voor toelating vastleggen']"));
        datum(By.id("toelating-ontvangen"), vandaag().plusDays(2));
        klik(By.xpath("//form[@id='toelatingformulier']//button"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("toelating-ontvangen-fout")));
        assertThat(browser.findElement(By.id("toelating-ontvangen-fout")).getText())
                .isEqualTo("De schriftelijke aanmelding kan niet in de toekomst binnenkomen.");
        assertThat(browser.findElement(By.id("toelating-ontvangen")).getAttribute("value"))
                .isEqualTo(DAG.format(vandaag().plusDays(2)));
        Toegankelijkheid.controleer(browser, "toelating: datum geweigerd");

        datum(By.id("toelating-ontvangen"), ontvangen);
        klik(By.xpath("//form[@id='toelatingformulier']//button"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("toelating-bericht"),
                "De aanmelding is vastgelegd."));
        String toelating = browser.findElement(By.id("kop-toelating")).findElement(By.xpath("..")).getText();
        assertThat(toelating).contains("Aanmelding van " + LANG.format(ontvangen), "loopt",
                "Het bestuur beslist uiterlijk", LANG.format(ontvangen.plusWeeks(6)),
                "(6 weken na de schriftelijke aanmelding)", "Taken van de toelating",
                "Onderzoeken: extra ondersteuning nodig?");
        assertThat(browser.findElements(By.id("toelatingformulier"))).isEmpty();
        Toegankelijkheid.controleer(browser, "toelating loopt");
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("kop-toelating")));
        Browser.voorDocs(browser, "passend-1-toelating");

        // A second application while one runs: 409 in Dutch.
        Http.Antwoord nogEens = http().als("zorgcoordinator").post("/api/dossiers/" + nummer + "/toelatingen",
                "{\"aanmeldingOntvangenOp\": \"" + ontvangen + "\"}");
        assertThat(nogEens.status()).isEqualTo(409);
        assertThat(nogEens.body()).contains("loopt al een toelating");

        // The task opens on the task page; the board refuses with a reason.
        klik(By.linkText("Onderzoeken: extra ondersteuning nodig?"));
        wacht.until(ExpectedConditions.urlContains("/taken/"));
        String proces = runtimeService.createProcessInstanceQuery().processDefinitionKey("toelating")
                .processInstanceBusinessKey(nummer).singleResult().getId();
        voltooi(proces, "onderzoeken", "{\"extraOndersteuning\": false, \"arrangementAanvragen\": false}");
        voltooi(proces, "besluiten", "{\"besluit\": \"GEWEIGERD\", \"reden\": \"De school is vol in leerjaar 1.\"}");
        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("kop-toelating")));
        klik(By.xpath("//summary[normalize-space()='Wat de brief aan de ouders moet bevatten']"));
        String brief = browser.findElement(By.className("eenplan-brieftekst")).getText();
        assertThat(brief).contains("Bezwaar bij het schoolbestuur", "Geschillencommissie Passend Onderwijs",
                "Onderwijsconsulenten", "Ouder- en jeugdsteunpunt van SWV Passend Onderwijs Utrecht (demo)");
        assertThat(browser.findElement(By.id("kop-toelating")).findElement(By.xpath("..")).getText())
                .contains("geweigerd op " + LANG.format(vandaag()), "De school is vol in leerjaar 1.");
        // The notification asks the zorgcoördinator to write, with the same text.
        assertThat(http().als("zorgcoordinator").get("/api/meldingen").json().findValues("tekst")).anySatisfy(t ->
                assertThat(t.asText()).contains("Het bestuur heeft de toelating geweigerd: De school is vol",
                        "Dit moet in de brief aan de ouders staan:", brief.lines().toList().get(1)));
        Toegankelijkheid.controleer(browser, "toelating geweigerd met de verwijspunten");

        // The parents go to the Geschillencommissie (WPO art. 43): recorded on the page; the board waits for its oordeel.
        long id = http().als("zorgcoordinator").get("/api/dossiers/" + nummer + "/toelatingen").json().get(0).get("id")
                .asLong();
        klik(By.xpath("//summary[normalize-space()='Geschillencommissie vastleggen']"));
        datum(By.id("commissie-voorgelegd-" + id), vandaag());
        klik(By.xpath("//details[@id='geschillencommissieformulier-" + id + "']//button"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("toelating-bericht"),
                "Het bestuur beslist pas na het oordeel"));
        assertThat(browser.findElement(By.id("toelating-geschillencommissie-" + id)).getText())
                .contains("voorgelegd op " + LANG.format(vandaag()), "het bestuur beslist pas na haar oordeel");
        assertThat(browser.findElements(By.id("geschillencommissieformulier-" + id))).isEmpty();
        assertThat(browser.findElements(By.id("oordeelformulier-" + id))).hasSize(1);
        Toegankelijkheid.controleer(browser, "toelating bij de Geschillencommissie");

        // A mentor: no admission on the page, and the API refuses her; another school's zorgcoördinator finds nothing.
        Http.Antwoord mentor = http().als("mentor").metKop("Accept", "text/html").get("/leerlingen/" + nummer);
        assertThat(mentor.status()).isEqualTo(200);
        assertThat(mentor.body()).doesNotContain("kop-toelating", "toelatingformulier").contains("kop-verwijspunten");
        assertThat(http().als("mentor").post("/api/dossiers/" + nummer + "/toelatingen",
                "{\"aanmeldingOntvangenOp\": \"" + ontvangen + "\"}").status()).isEqualTo(403);
        assertThat(http().als("zorgcoordinatorAmersfoort").metKop("Accept", "text/html").get("/leerlingen/" + nummer)
                .status()).isEqualTo(404);
        assertThat(http().als("zorgcoordinatorAmersfoort").post("/api/dossiers/" + nummer + "/toelatingen",
                "{\"aanmeldingOntvangenOp\": \"" + ontvangen + "\"}").status()).isEqualTo(404);
    }

    @Test
    void hetGroeidocumentMetVersiesEnDeHandtekeningVanEenOuder() {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()).json()
                .get("nummer").asText();

        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        meldAan("zorgcoordinator");
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("geen-groeidocument")));
        // Nothing filled in: refused by the API at the first part.
        klik(By.xpath("//summary[normalize-space()='Groeidocument schrijven']"));
        klik(By.xpath("//form[@id='groeidocumentformulier']//button"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("groeidocument-sterkeKanten-fout")));
        assertThat(browser.findElement(By.id("groeidocument-sterkeKanten-fout")).getText())
                .isEqualTo("Vul minstens één deel van het groeidocument in.");
        Toegankelijkheid.controleer(browser, "groeidocument: leeg geweigerd");

        browser.findElement(By.id("groeidocument-sterkeKanten")).sendKeys("Leest graag en helpt anderen.");
        browser.findElement(By.id("groeidocument-hulpvraag")).sendKeys("Hoe houdt zij de dag vol?");
        klik(By.xpath("//form[@id='groeidocumentformulier']//button"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("groeidocument-bericht"),
                "De nieuwe versie van het groeidocument is opgeslagen."));
        assertThat(browser.findElement(By.id("groeidocument-versie-1")).getText()).contains("Versie 1, zorgcoordinator",
                "(niet ondertekend)", "Wat gaat goed (sterke kanten)", "Leest graag en helpt anderen.",
                "Wat is de vraag (hulpvraag)", "Nog niet ondertekend door een ouder.");

        // A signature dated before the version existed: refused at its field.
        klik(By.xpath("//summary[normalize-space()='Handtekening van een ouder vastleggen']"));
        browser.findElement(By.id("handtekening-naam")).sendKeys("Karin de Vries");
        browser.findElement(By.id("handtekening-relatie")).sendKeys("moeder");
        datum(By.id("handtekening-datum"), vandaag().minusDays(1));
        new Select(browser.findElement(By.id("handtekening-wijze"))).selectByValue("OP_PAPIER");
        klik(By.xpath("//form[@id='handtekeningformulier']//button"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("handtekening-datum-fout")));
        assertThat(browser.findElement(By.id("handtekening-datum-fout")).getText())
                .startsWith("De ouders kunnen deze versie niet hebben getekend vóór zij bestond");
        assertThat(browser.findElement(By.id("handtekening-naam")).getAttribute("value")).isEqualTo("Karin de Vries");
        Toegankelijkheid.controleer(browser, "groeidocument: handtekening geweigerd");
        datum(By.id("handtekening-datum"), vandaag());
        klik(By.xpath("//form[@id='handtekeningformulier']//button"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("groeidocument-bericht"),
                "De handtekening is vastgelegd."));
        assertThat(browser.findElement(By.id("groeidocument-versie-1")).getText()).contains("(ondertekend)",
                "Ondertekend door Karin de Vries (moeder) op " + LANG.format(vandaag())
                        + ", op papier; vastgelegd door zorgcoordinator.");
        Toegankelijkheid.controleer(browser, "groeidocument ondertekend");

        // A new version starts from the last one and is not signed.
        klik(By.xpath("//summary[normalize-space()='Nieuwe versie schrijven']"));
        assertThat(browser.findElement(By.id("groeidocument-sterkeKanten")).getAttribute("value"))
                .isEqualTo("Leest graag en helpt anderen.");
        browser.findElement(By.id("groeidocument-visieOuders")).sendKeys("Moeder wil een kleinere klas.");
        klik(By.xpath("//form[@id='groeidocumentformulier']//button"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("groeidocument-versie-2")));
        assertThat(browser.findElement(By.id("groeidocument-versie-2")).getText()).contains("(niet ondertekend)",
                "Moeder wil een kleinere klas.");
        Toegankelijkheid.controleer(browser, "groeidocument met twee versies");
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("kop-groeidocument")));
        Browser.voorDocs(browser, "passend-2-groeidocument");

        // A mentor reads and writes, but records no signature (page and API); others get nothing.
        Http.Antwoord mentor = http().als("mentor").metKop("Accept", "text/html").get("/leerlingen/" + nummer);
        assertThat(mentor.body()).contains("groeidocument-versie-2", "groeidocumentformulier")
                .doesNotContain("handtekeningformulier");
        String handtekening = "{\"versie\": 2, \"naam\": \"Karin de Vries\", \"relatie\": \"moeder\", \"getekendOp\": \""
                + vandaag() + "\", \"wijze\": \"DIGITAAL\"}";
        assertThat(http().als("mentor").post("/api/dossiers/" + nummer + "/groeidocument/handtekeningen",
                handtekening).status()).isEqualTo(403);
        String secties = "{\"sterkeKanten\": \"inbraak\"}";
        for (String wie : List.of("zorgcoordinatorAmersfoort", "mentorAmersfoort")) {
            assertThat(http().als(wie).put("/api/dossiers/" + nummer + "/groeidocument", secties).status()).as(wie)
                    .isEqualTo(404);
            assertThat(http().als(wie).post("/api/dossiers/" + nummer + "/groeidocument/handtekeningen", handtekening)
                    .status()).as(wie).isIn(403, 404);
        }
        for (String wie : List.of("swv", "gemeente", "aandachtsfunctionaris")) {
            assertThat(http().als(wie).put("/api/dossiers/" + nummer + "/groeidocument", secties).status()).as(wie)
                    .isEqualTo(403);
            assertThat(http().als(wie).metKop("Accept", "text/html").get("/leerlingen/" + nummer).body()).as(wie)
                    .doesNotContain("Leest graag en helpt anderen.", "kop-groeidocument");
        }
    }

    @Test
    void deSchoolMeldtEenThuiszitterEnLeerplichtWerktDeTafel() {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()).json()
                .get("nummer").asText();

        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        meldAan("zorgcoordinator");
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("geen-thuiszitterstafel")));
        klik(By.xpath("//summary[normalize-space()='Thuiszitter melden']"));
        browser.findElement(By.id("thuiszitter-toelichting")).sendKeys("Sinds de herfstvakantie niet op school.");
        klik(By.xpath("//form[@id='thuiszitterformulier']//button"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thuiszitterstafel-bericht"),
                "Het signaal is doorgegeven"));
        String sectie = browser.findElement(By.id("kop-thuiszitterstafel")).findElement(By.xpath("..")).getText();
        assertThat(sectie).contains("gemeld: de tafel wordt gepland", "door de school");
        Toegankelijkheid.controleer(browser, "leerling met thuiszitterstafel");
        long id = http().als("zorgcoordinator").get("/api/dossiers/" + nummer + "/thuiszitterstafel").json().get(0)
                .get("id").asLong();
        String proces = runtimeService.createProcessInstanceQuery().processDefinitionKey("thuiszitterstafel")
                .processInstanceBusinessKey(nummer).singleResult().getId();
        for (Job job : managementService.createJobQuery().processInstanceId(proces).messages().list()) {
            managementService.executeJob(job.getId());
        }

        // Leerplicht of the gemeente (no address: the school's gemeente, Utrecht) finds it under Thuiszitters.
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/");
        meldAan("leerplicht");
        klik(By.linkText("Thuiszitters"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("tafel-" + id)));
        assertThat(browser.findElement(By.id("tafel-" + id)).getText()).contains("Basisschool De Vlinder (demo)",
                "de school", "gemeld: de tafel wordt gepland", "nog geen plan", "nog niet benoemd");
        Toegankelijkheid.controleer(browser, "thuiszitters");
        Browser.voorDocs(browser, "thuiszitters-1-lijst");
        klik(By.cssSelector("#tafel-" + id + " a"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("tafeltaken")));
        assertThat(browser.findElement(By.id("tafelgeschiedenis")).getText())
                .contains("Signaal van de school: Sinds de herfstvakantie niet op school.");
        assertThat(browser.findElement(By.id("geen-plan")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("verwijspunten")).getText()).contains("Onderwijsconsulenten");
        Toegankelijkheid.controleer(browser, "thuiszitterstafel");
        Browser.voorDocs(browser, "thuiszitters-2-tafel");
        klik(By.linkText("Tafel plannen"));
        wacht.until(ExpectedConditions.urlContains("/taken/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Tafel plannen");

        // Who may not: the school (403 on the list and a table's page), another gemeente's leerplicht and SWV (404,
        // and not in their list), and the school of another gemeente (404 on the signal).
        for (String wie : List.of("zorgcoordinator", "mentor", "jeugdhulp")) {
            assertThat(http().als(wie).metKop("Accept", "text/html").get("/thuiszitters").status()).as(wie)
                    .isEqualTo(403);
            assertThat(http().als(wie).metKop("Accept", "text/html").get("/thuiszitters/" + id).status()).as(wie)
                    .isEqualTo(403);
        }
        for (String wie : List.of("leerplichtAmersfoort", "swvAmersfoort", "gemeenteAmersfoort")) {
            Http ander = http().als(wie).metKop("Accept", "text/html");
            assertThat(ander.get("/thuiszitters/" + id).status()).as(wie).isEqualTo(404);
            assertThat(ander.get("/thuiszitters").body()).as(wie).doesNotContain("tafel-" + id + "\"");
        }
        assertThat(http().als("zorgcoordinatorAmersfoort").post("/api/dossiers/" + nummer + "/thuiszitterstafel",
                "{}").status()).isEqualTo(404);
        assertThat(http().als("mentor").post("/api/dossiers/" + nummer + "/thuiszitterstafel", "{}").status())
                .isEqualTo(403);
        assertThat(http().als("mentor").metKop("Accept", "text/html").get("/leerlingen/" + nummer).body())
                .contains("kop-thuiszitterstafel").doesNotContain("thuiszitterformulier");
    }

    @Test
    void naEenAfwijzingVanHetSwvStaatBijDeLeerlingWatDeBriefMoetBevatten() {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()).json()
                .get("nummer").asText();
        String proces = runtimeService.startProcessInstanceByKey("arrangement", nummer, java.util.Map.of(
                "dossierNummer", nummer, "schoolBrin", "99ZZ00", "onderwijssoort", "PO",
                "zorgcoordinator", "zorgcoordinator")).getId();
        nl.eenplan.groeidocument.Groeidocumenten.ondertekend(http().als("zorgcoordinator"), nummer);
        voltooi(proces, "aanvraag", """
                {"onderwijsdeel": "ARRANGEMENT", "onderwijs": "Kleine klas drie dagen per week.",
                 "perspectief": "Regulier vo, havo.", "doelen": ["Sam werkt 20 minuten zelfstandig"],
                 "aanmeldingOntvangenOp": "%s"}""".formatted(vandaag().minusDays(3)));
        Task besluit = taskService.createTaskQuery().processInstanceId(proces).taskDefinitionKey("besluitOnderwijs")
                .singleResult();
        assertThat(http().als("swv").post("/api/taken/" + besluit.getId() + "/voltooien",
                "{\"besluit\": \"AFGEWEZEN\"}").status()).isEqualTo(204);

        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        meldAan("zorgcoordinator");
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("kop-afwijzingen")));
        klik(By.xpath("//summary[normalize-space()='Het samenwerkingsverband wees het arrangement af: wat de brief "
                + "moet bevatten']"));
        String brief = browser.findElement(By.id("afwijzing-1")).getText();
        assertThat(brief).contains("Bezwaar bij het samenwerkingsverband", "binnen 6 weken", "Onderwijsconsulenten",
                "Ouder- en jeugdsteunpunt van SWV Passend Onderwijs Utrecht (demo)").doesNotContain("LBT");
        Toegankelijkheid.controleer(browser, "arrangement afgewezen met de verwijspunten");
        // The notification that asks the zorgcoördinator to inform the parents carries the same text.
        assertThat(http().als("zorgcoordinator").get("/api/meldingen").json().findValues("tekst")).anySatisfy(t ->
                assertThat(t.asText()).contains("van het arrangement afgewezen", "Dit moet in de brief aan de ouders "
                        + "staan:", "Bezwaar bij het samenwerkingsverband"));
        // The SWV sees its decision, not the school's letter.
        assertThat(http().als("swv").metKop("Accept", "text/html").get("/leerlingen/" + nummer).body())
                .doesNotContain("kop-afwijzingen", "kop-verwijspunten");
        runtimeService.deleteProcessInstance(proces, "test klaar");
    }

    private void voltooi(String proces, String taak, String invoer) {
        Task t = taskService.createTaskQuery().processInstanceId(proces).taskDefinitionKey(taak).singleResult();
        Http.Antwoord a = http().als("zorgcoordinator").post("/api/taken/" + t.getId() + "/voltooien", invoer);
        assertThat(a.status()).as(a.body()).isEqualTo(204);
    }

    private String dossierBijHetBaken() {
        Http.Antwoord a = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()
                .replace("99ZZ00", "99YY00").replace("\"PO\"", "\"VO\"").replace("\"leerjaar\": 7", "\"leerjaar\": 1"));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().get("nummer").asText();
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
