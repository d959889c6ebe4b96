package nl.eenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.eenplan.BrowserTest;
import nl.eenplan.Http;
import nl.eenplan.Testdossiers;
import nl.eenplan.Toegankelijkheid;
import nl.eenplan.TweedeGemeente;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.groeidocument.Groeidocumenten;
import nl.eenplan.opp.OppService;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages for the OPP, the TLV and the objection steps (issue #23): on the pupil's page the OPP (versions, OOGO,
 * uitstroomprofiel, handelingsdeel, the instemming) and its task "Instemming", whose form offers the parents with
 * confirmed gezag to choose from; each TLV with its deskundigen for the school and the SWV, and the zorgcoördinator's
 * "terug naar regulier"; after a refusal the letter from who decided, the objection term, and the parents' objection
 * registered on the page, refused at its field first. Every state passes axe-core; the zorgcoördinator, the SWV and
 * the gemeente each see what their API gives; another school's user gets 404 on every new read and form. Test clock:
 * 28 November 2026.
 */
class OppTlvBezwaarBrowserIT extends BrowserTest {

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
    OppService opp;

    @BeforeEach
    void tweedeGemeente() {
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
    }

    @Test
    void hetOppOpDePaginaEnDeInstemmingVanEenOuderMetGezag() {
        String nummer = nieuwDossier();
        opp.start(new OppService.Aanvrager(nummer, "99ZZ00", "PO", "zorgcoordinator"), "Regulier vo, vmbo.",
                List.of("Sam werkt 20 minuten zelfstandig"));
        String proces = runtimeService.createProcessInstanceQuery().processDefinitionKey("opp")
                .processInstanceBusinessKey(nummer).singleResult().getId();
        LocalDate oogo = vandaag().minusDays(2);
        voltooi(proces, "opstellen", """
                {"oogoOp": "%s", "oogoMet": "Anna Jansen (moeder) en Sam", "oogoNamensSchool": "Z. Coördinator",
                 "uitstroomprofiel": "VMBO_KADER", "onderbouwing": "Sam leert praktisch.",
                 "doelen": ["Sam werkt 20 minuten zelfstandig"], "aanpak": "Kleine klas drie dagen per week."}"""
                .formatted(oogo));

        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        meldAan("zorgcoordinator");
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("kop-opp")));
        assertThat(browser.findElement(By.id("opp-versie-1")).getText()).contains("Versie 1 (huidige)",
                "instemming gevraagd", LANG.format(oogo) + " met Anna Jansen (moeder) en Sam", "vmbo kader: Sam leert "
                        + "praktisch.", "Sam werkt 20 minuten zelfstandig", "Kleine klas drie dagen per week.");
        Toegankelijkheid.controleer(browser, "OPP wacht op instemming");

        // The task's form: the parents with confirmed gezag to choose from, not a typed name.
        klik(By.linkText("Instemming ouders op het handelingsdeel vastleggen"));
        wacht.until(ExpectedConditions.urlContains("/taken/"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(., 'Wie antwoordde?')]")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("een ouder of voogd met gezag en kies "
                + "daarna wie");
        klik(By.xpath("//label[normalize-space()='Een ouder of voogd met gezag']"));
        klik(By.cssSelector(".fjs-select-display"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[contains(@class, 'fjs-dropdownlist-item')][normalize-space()='Anna Jansen (ouder)']")));
        Toegankelijkheid.controleer(browser, "OPP instemming: formulier");
        String taak = taskService.createTaskQuery().processInstanceId(proces).taskDefinitionKey("instemmingVastleggen")
                .singleResult().getId();

        // Completed where the page's form sends it: a name that is no parent with gezag is refused at its field.
        Http.Antwoord onbekend = http().als("zorgcoordinator").post("/api/taken/" + taak + "/voltooien",
                instemming("Piet Jansen"));
        assertThat(onbekend.status()).isEqualTo(400);
        assertThat(onbekend.json().get("fouten").toString()).contains("ouder", "Er is geen ouder of voogd 'Piet Jansen'");
        // Another school's zorgcoördinator: neither the page, the task nor its completion, nor the OPP.
        Http ander = http().als("zorgcoordinatorAmersfoort");
        assertThat(ander.metKop("Accept", "text/html").get("/leerlingen/" + nummer).status()).isEqualTo(404);
        assertThat(http().als("zorgcoordinatorAmersfoort").metKop("Accept", "text/html").get("/taken/" + taak)
                .status()).isIn(403, 404);
        assertThat(http().als("zorgcoordinatorAmersfoort").post("/api/taken/" + taak + "/voltooien",
                instemming("Anna Jansen")).status()).isIn(403, 404);
        assertThat(http().als("zorgcoordinatorAmersfoort").get("/api/dossiers/" + nummer + "/opp").status())
                .isEqualTo(404);
        assertThat(http().als("zorgcoordinator").post("/api/taken/" + taak + "/voltooien", instemming("Anna Jansen"))
                .status()).isEqualTo(204);

        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("opp-antwoord-1")));
        assertThat(browser.findElement(By.id("opp-antwoord-1")).getText()).isEqualTo("Ingestemd op "
                + LANG.format(vandaag()) + " door Anna Jansen, schriftelijk; vastgelegd door zorgcoordinator");
        assertThat(browser.findElement(By.id("opp-versie-1")).getText()).contains("handelingsdeel geldt");
        Toegankelijkheid.controleer(browser, "OPP ingestemd");

        // The mentor reads it (as the API allows); the SWV and the gemeente not.
        assertThat(http().als("mentor").metKop("Accept", "text/html").get("/leerlingen/" + nummer).body())
                .contains("opp-antwoord-1");
        for (String wie : List.of("swv", "gemeente")) {
            assertThat(http().als(wie).metKop("Accept", "text/html").get("/leerlingen/" + nummer).body()).as(wie)
                    .doesNotContain("kop-opp");
        }
    }

    @Test
    void deTlvMetDeskundigenEnTerugNaarRegulier() {
        String nummer = nieuwDossier();
        String proces = arrangement(nummer);
        voltooi(proces, "aanvraag", """
                {"onderwijsdeel": "TLV", "onderwijs": "Speciaal onderwijs, cluster 4.", "perspectief": "Vso.",
                 "doelen": ["Sam werkt 20 minuten zelfstandig"], "aanmeldingOntvangenOp": "2026-11-02"}""");
        voltooiAls("swv", proces, "adviezen", """
                {"eerste": {"door": "Orthopedagoog A", "discipline": "ORTHOPEDAGOOG", "organisatie": "Bureau SWV",
                            "datum": "2026-11-02", "advies": "TLV nodig."},
                 "tweede": {"door": "Jeugdarts B", "discipline": "ARTS", "organisatie": "GGD regio Utrecht",
                            "datum": "2026-11-03", "advies": "TLV nodig."}}""");
        voltooiAls("swv", proces, "besluitOnderwijs", """
                {"besluit": "TOEGEKEND", "tlvSoort": "SO", "categorie": "MIDDEN", "startdatum": "2026-12-01",
                 "einddatum": "2027-11-30"}""");
        long tlv = http().als("zorgcoordinator").get("/api/dossiers/" + nummer + "/tlvs").json().get(0).get("id")
                .asLong();
        long arrangement = http().als("zorgcoordinator").get("/api/dossiers/" + nummer + "/arrangementen").json()
                .get(0).get("id").asLong();

        // The SWV: the TLV with its deskundigen, the groeidocument the request attached; no return to record.
        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        meldAan("swv");
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("tlv-" + tlv)));
        assertThat(browser.findElement(By.id("tlv-" + tlv)).getText()).contains("TLV so, categorie midden", "geldig",
                "van 1 december 2026 tot en met 30 november 2027", "vóór 30 november 2027 aanvragen",
                "Orthopedagoog A, orthopedagoog, Bureau SWV; advies van 2 november 2026",
                "Jeugdarts B, arts, GGD regio Utrecht; advies van 3 november 2026");
        assertThat(browser.findElements(By.id("terugformulier-" + tlv))).isEmpty();
        assertThat(browser.findElement(By.id("arrangement-groeidocument-" + arrangement)).getText())
                .startsWith("versie 1");
        Toegankelijkheid.controleer(browser, "TLV voor het SWV");
        // The API gives the same: the groeidocument version and the deskundigen's new fields.
        var view = http().als("swv").get("/api/arrangementen/" + arrangement).json();
        assertThat(view.at("/groeidocument/versie").asInt()).isEqualTo(1);
        assertThat(view.at("/deskundigen/1/discipline").asText()).isEqualTo("ARTS");
        assertThat(view.at("/deskundigen/1/organisatie").asText()).isEqualTo("GGD regio Utrecht");
        assertThat(view.at("/deskundigen/0/datum").asText()).isEqualTo("2026-11-02");

        // The zorgcoördinator: without a date refused at its field, then the return recorded.
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        meldAan("zorgcoordinator");
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("tlv-" + tlv)));
        klik(By.xpath("//summary[normalize-space()='Terug naar regulier onderwijs']"));
        klik(By.xpath("//form[@id='terugformulier-" + tlv + "']//button"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("terug-op-" + tlv + "-fout")));
        assertThat(browser.findElement(By.id("terug-op-" + tlv + "-fout")).getText())
                .isEqualTo("Vul de datum in waarop de leerling terug is in het regulier onderwijs.");
        Toegankelijkheid.controleer(browser, "TLV: terug zonder datum");
        datum(By.id("terug-op-" + tlv), vandaag());
        klik(By.xpath("//form[@id='terugformulier-" + tlv + "']//button"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tlv-bericht"),
                "de leerling is terug in het regulier onderwijs"));
        assertThat(browser.findElement(By.id("tlv-" + tlv)).getText())
                .contains("beëindigd: terug naar regulier onderwijs op " + LANG.format(vandaag()));
        assertThat(browser.findElements(By.id("terugformulier-" + tlv))).isEmpty();
        Toegankelijkheid.controleer(browser, "TLV terug naar regulier");

        // Who may not: another school (404), the SWV and the mentor (403), the gemeente sees no TLV.
        String terug = "{\"op\": \"" + vandaag() + "\"}";
        assertThat(http().als("zorgcoordinatorAmersfoort").post("/api/tlvs/" + tlv + "/terug-naar-regulier", terug)
                .status()).isEqualTo(404);
        assertThat(http().als("zorgcoordinatorAmersfoort").get("/api/dossiers/" + nummer + "/tlvs").status())
                .isEqualTo(404);
        assertThat(http().als("swvAmersfoort").get("/api/dossiers/" + nummer + "/tlvs").status()).isEqualTo(404);
        assertThat(http().als("swvAmersfoort").get("/api/arrangementen/" + arrangement).status()).isEqualTo(404);
        for (String wie : List.of("swv", "mentor")) {
            assertThat(http().als(wie).post("/api/tlvs/" + tlv + "/terug-naar-regulier", terug).status()).as(wie)
                    .isEqualTo(403);
        }
        assertThat(http().als("gemeente").metKop("Accept", "text/html").get("/leerlingen/" + nummer).body())
                .doesNotContain("kop-tlv", "Orthopedagoog A");
    }

    @Test
    void naDeBesluitbriefVanHetSwvLegtDeZorgcoordinatorHetBezwaarVast() {
        String nummer = nieuwDossier();
        String proces = arrangement(nummer);
        voltooi(proces, "aanvraag", """
                {"onderwijsdeel": "ARRANGEMENT", "onderwijs": "Kleine klas drie dagen per week.",
                 "perspectief": "Regulier vo, havo.", "doelen": ["Sam werkt 20 minuten zelfstandig"],
                 "aanmeldingOntvangenOp": "%s"}""".formatted(vandaag().minusDays(3)));
        voltooiAls("swv", proces, "besluitOnderwijs", "{\"besluit\": \"AFGEWEZEN\"}");
        LocalDate verzonden = vandaag();
        voltooiAls("swv", proces, "besluitbriefOnderwijs", "{\"verzondenOp\": \"" + verzonden
                + "\", \"verzondenDoor\": \"Secretariaat SWV\", \"wijze\": \"POST\"}");
        long arrangement = http().als("zorgcoordinator").get("/api/dossiers/" + nummer + "/arrangementen").json()
                .get(0).get("id").asLong();

        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        meldAan("zorgcoordinator");
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("kop-afwijzingen")));
        String stappen = browser.findElement(By.id("afwijzing-stappen-1")).getText();
        assertThat(stappen).contains("Besluitbrief van het samenwerkingsverband aan de ouders verzonden op "
                + LANG.format(verzonden) + " door Secretariaat SWV (post).", "Laatste dag van de bezwaartermijn:",
                "Geen bezwaar ontvangen.");
        assertThat(browser.findElement(By.id("kop-afwijzingen")).findElement(By.xpath("..")).getText())
                .contains("het samenwerkingsverband voor het onderwijsdeel, de gemeente voor het zorgdeel")
                .doesNotContain("de brief van de school");
        Toegankelijkheid.controleer(browser, "afgewezen met besluitbrief");

        // A day in the future: refused by the API at its field, what was typed stays.
        String veld = "bezwaar-ontvangen-" + arrangement + "-ONDERWIJS";
        klik(By.xpath("//summary[normalize-space()='Bezwaar van de ouders vastleggen (onderwijsdeel)']"));
        datum(By.id(veld), vandaag().plusDays(1));
        klik(By.xpath("//form[@id='bezwaarformulier-" + arrangement + "-ONDERWIJS']//button"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id(veld + "-fout")));
        assertThat(browser.findElement(By.id(veld + "-fout")).getText())
                .isEqualTo("Het bezwaarschrift kan niet in de toekomst binnengekomen zijn.");
        assertThat(browser.findElement(By.id(veld)).getAttribute("value")).isEqualTo(DAG.format(vandaag().plusDays(1)));
        Toegankelijkheid.controleer(browser, "bezwaar: datum geweigerd");
        datum(By.id(veld), vandaag());
        klik(By.xpath("//form[@id='bezwaarformulier-" + arrangement + "-ONDERWIJS']//button"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("afwijzingen-bericht"),
                "Het bezwaar is vastgelegd."));
        assertThat(browser.findElement(By.id("afwijzing-stappen-1")).getText()).contains(
                "Bezwaar van de ouders ontvangen op " + LANG.format(vandaag()) + ".", "Het bezwaar wordt behandeld.");
        assertThat(browser.findElement(By.id("bezwaar-onderwijs-" + arrangement)).getText())
                .contains("Bezwaar van de ouders ontvangen op " + LANG.format(vandaag()));
        assertThat(browser.findElements(By.id("bezwaarformulier-" + arrangement + "-ONDERWIJS"))).isEmpty();
        Toegankelijkheid.controleer(browser, "bezwaar vastgelegd");

        // The SWV sees the letter and objection of its part in the request, not the school's form; the gemeente not
        // the education part; another school nothing; only the zorgcoördinator registers.
        Http.Antwoord swv = http().als("swv").metKop("Accept", "text/html").get("/leerlingen/" + nummer);
        assertThat(swv.body()).contains("bezwaar-onderwijs-" + arrangement).doesNotContain("bezwaarformulier");
        assertThat(http().als("gemeente").metKop("Accept", "text/html").get("/leerlingen/" + nummer).body())
                .doesNotContain("bezwaar-onderwijs-", "bezwaarformulier");
        String bezwaar = "{\"deel\": \"ONDERWIJS\", \"ontvangenOp\": \"" + vandaag() + "\", \"ingediendDoor\": \"OUDERS\"}";
        assertThat(http().als("zorgcoordinatorAmersfoort").post("/api/arrangementen/" + arrangement + "/bezwaar",
                bezwaar).status()).isEqualTo(404);
        for (String wie : List.of("mentor", "swv", "gemeente")) {
            assertThat(http().als(wie).post("/api/arrangementen/" + arrangement + "/bezwaar", bezwaar).status())
                    .as(wie).isEqualTo(403);
        }

        // The gemeente (no care part asked here) opens the pupil's page: its explanation, none of the education part.
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        meldAan("gemeente");
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        assertThat(browser.getPageSource()).doesNotContain("bezwaar-onderwijs-", "bezwaarformulier", "kop-opp",
                "kop-tlv", "kop-afwijzingen");
        Toegankelijkheid.controleer(browser, "pagina van de leerling voor de gemeente");
        runtimeService.deleteProcessInstance(proces, "test klaar");
    }

    private String nieuwDossier() {
        return http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
    }

    private String arrangement(String nummer) {
        String proces = runtimeService.startProcessInstanceByKey("arrangement", nummer, Map.of(
                "dossierNummer", nummer, "schoolBrin", "99ZZ00", "onderwijssoort", "PO",
                "zorgcoordinator", "zorgcoordinator")).getId();
        Groeidocumenten.ondertekend(http().als("zorgcoordinator"), nummer);
        return proces;
    }

    private String instemming(String ouder) {
        return "{\"uitkomst\": \"INGESTEMD\", \"datum\": \"%s\", \"door\": \"OUDER\", \"ouder\": \"%s\", \"wijze\": "
                .formatted(vandaag(), ouder) + "\"SCHRIFTELIJK\"}";
    }

    private void voltooi(String proces, String taak, String invoer) {
        voltooiAls("zorgcoordinator", proces, taak, invoer);
    }

    private void voltooiAls(String wie, String proces, String taak, String invoer) {
        Task t = taskService.createTaskQuery().processInstanceId(proces).taskDefinitionKey(taak).singleResult();
        Http.Antwoord a = http().als(wie).post("/api/taken/" + t.getId() + "/voltooien", invoer);
        assertThat(a.status()).as(a.body()).isEqualTo(204);
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
