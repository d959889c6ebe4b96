package nl.eenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.eenplan.Browser;
import nl.eenplan.BrowserTest;
import nl.eenplan.Http;
import nl.eenplan.Testdossiers;
import nl.eenplan.Toegankelijkheid;
import nl.eenplan.Zorginhoud;
import nl.eenplan.dossier.Regio;
import nl.eenplan.termijn.Schoolkalender;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * School staff in EenPlan's pages: a mentor registers two days of absence until the verzuimmelding is drafted, the
 * zorgcoördinator sends it from Mijn werk and leerplicht receives it; a zorgcoördinator starts one pupil's transition
 * and lets a whole class transition from the school's file, seeing the progress and the refused line; she reads in
 * absence from the school's LAS and sees the counts and the line with a mistake. Every page passes axe-core.
 */
class SchoolPaginasBrowserIT extends BrowserTest {

    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    /** A date as the pages write it. */
    private static final DateTimeFormatter LANG = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl-NL"));

    @Autowired
    Schoolkalender kalender;
    @Autowired
    HistoryService historyService;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void deMentorRegistreertVerzuimEnDeZorgcoordinatorVerstuurtDeMelding() {
        // A vo pupil: 8 lesuur on a day fit the vo lesrooster (po counts at most 6 klokuur a day).
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.zonderBsn()
                .replace("\"onderwijssoort\": \"PO\", \"leerjaar\": 7", "\"onderwijssoort\": \"VO\", \"leerjaar\": 1"))
                .json().get("nummer").asText();
        String naam = http().als("zorgcoordinator").get("/api/dossiers/" + nummer).json().at("/leerling/voornaam")
                .asText() + " Jansen";
        // The two lesdagen before today (the test clock's Dutch date): 2 × 8 lesuur reach the 16-hour norm.
        List<LocalDate> dagen = new ArrayList<>();
        for (LocalDate dag = vandaag().minusDays(1); dagen.size() < 2; dag = dag.minusDays(1)) {
            if (kalender.isLesdag(dag, Regio.MIDDEN)) {
                dagen.add(dag);
            }
        }

        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        meldAan("mentor");
        klik(By.linkText("Verzuim registreren"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//button[normalize-space()='Toevoegen']")));
        klik(By.xpath("//button[normalize-space()='Toevoegen']"));
        for (int i = 0; i < 2; i++) {
            WebElement datum = velden("Datum").get(i);
            datum.sendKeys(DAG.format(dagen.get(i)));
            datum.sendKeys(Keys.TAB);
            velden("Uren verzuim").get(i).sendKeys("8");
        }
        klik(By.xpath("(//label[contains(., 'Alle lessen van die dag gemist')])[1]"));
        Toegankelijkheid.controleer(browser, "verzuim registreren");
        Browser.voorDocs(browser, "school-1-verzuim");
        klik(By.id("versturen"));
        wacht.until(ExpectedConditions.urlMatches("/leerlingen/" + nummer + "$"));
        afmelden();

        // The zorgcoördinator finds the drafted report in Mijn werk and sends it.
        meldAan("zorgcoordinator");
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("zoek"))).sendKeys(naam);
        // With the report comes the task to record the pupil's address, which EenPlan needs to route it (woonadres).
        wacht.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#takenlijst tbody tr"), 2));
        assertThat(browser.findElement(By.id("takenlijst")).getText()).contains("Woonadres vastleggen");
        klik(By.linkText("Verzuimmelding versturen"));
        klik(By.xpath("//label[contains(., 'Versturen naar leerplicht')]"));
        velden("Vermoedelijke reden van het verzuim").get(0).sendKeys("Onbekend, ouders niet bereikbaar.");
        Toegankelijkheid.controleer(browser, "verzuimmelding versturen");
        klik(By.id("versturen"));
        wacht.until(ExpectedConditions.urlContains("/afgerond"));

        overdrachtenNaarLeerplicht();
        assertThat(http().als("leerplicht").get("/api/escalaties").body()).contains(nummer);
        Zorginhoud.nietInProcessen(historyService, repositoryService, nummer, "Onbekend, ouders niet bereikbaar.");
    }

    @Test
    void deZorgcoordinatorStartEenOverstapEnLaatEenKlasOverstappen() throws IOException {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers",
                Testdossiers.zonderBsn().replace("\"leerjaar\": 7", "\"leerjaar\": 8")).json().get("nummer").asText();

        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        meldAan("zorgcoordinator");
        klik(By.linkText("Overstap starten"));
        klik(By.xpath("//label[contains(., '(po → vo)')]"));
        Toegankelijkheid.controleer(browser, "overstap starten");
        klik(By.id("versturen"));
        wacht.until(ExpectedConditions.urlMatches("/leerlingen/" + nummer + "$"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Overstap (doorgaande lijn)");

        // A class file: two pupils and one line with an impossible date.
        String uniek = Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        String jaar = http().als("zorgcoordinator").get("/api/dossiers/" + nummer + "/overstappen").json().get(0)
                .get("schooljaar").asText();
        Path bestand = Files.createTempFile("klas", ".csv");
        Files.writeString(bestand, String.join("\n",
                "bsn;voornaam;tussenvoegsel;achternaam;geboortedatum;schoolBrin;onderwijssoort;leerjaar;overstap;schooljaar",
                ";Ada" + uniek + ";;Klas;2014-03-02;99ZZ00;PO;8;PO_VO;" + jaar,
                ";Bo" + uniek + ";;Klas;2014-04-02;99ZZ00;PO;8;PO_VO;" + jaar,
                ";Cas" + uniek + ";;Klas;2014-02-31;99ZZ00;PO;8;PO_VO;" + jaar) + "\n");
        klik(By.linkText("Leerlingen"));
        klik(By.linkText("Een klas laten overstappen"));
        Toegankelijkheid.controleer(browser, "een klas laten overstappen");
        browser.findElement(By.id("bestand")).sendKeys(bestand.toAbsolutePath().toString());
        klik(By.id("uploaden"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stand"), "Klaar: 3 van 3 regels verwerkt"));
        assertThat(browser.findElement(By.id("stand")).getText()).contains("2 overstappen gestart", "1 regels niet gelukt");
        assertThat(browser.findElement(By.id("foutregels")).getText()).startsWith("4");
        Toegankelijkheid.controleer(browser, "klas: voortgang");
        Browser.voorDocs(browser, "school-2-klas");
        Files.delete(bestand);
    }

    @Test
    void deZorgcoordinatorLeestVerzuimUitHetLasIn() throws IOException {
        // A vo pupil: 8 lesuren a day fit a vo school's day (a po school's day ends at 6 klokuren, Lesrooster).
        String eerste = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()
                .replace("\"PO\"", "\"VO\"")).json().get("nummer").asText();
        String bsnEerste = http().als("zorgcoordinator").get("/api/dossiers/" + eerste).json().at("/leerling/bsn")
                .asText();
        String bsnTweede = http().als("zorgcoordinator").get("/api/dossiers/" + http().als("zorgcoordinator")
                .post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText()).json()
                .at("/leerling/bsn").asText();
        List<LocalDate> dagen = new ArrayList<>();
        for (LocalDate dag = vandaag().minusDays(1); dagen.size() < 2; dag = dag.minusDays(1)) {
            if (kalender.isLesdag(dag, Regio.MIDDEN)) {
                dagen.add(dag);
            }
        }
        // Two days of 8 hours for the first pupil (a report), a line the second pupil's hours cannot be read of.
        Path bestand = Files.createTempFile("verzuim", ".csv");
        Files.writeString(bestand, String.join("\n",
                "brin;bsn;datum;uren;soort",
                "99ZZ00;" + bsnEerste + ";" + dagen.get(0) + ";8;ongeoorloofd",
                "99ZZ00;" + bsnEerste + ";" + dagen.get(1) + ";8;ongeoorloofd",
                "99ZZ00;" + bsnTweede + ";" + dagen.get(0) + ";vier;ongeoorloofd") + "\n");

        browser.get("http://localhost:" + port + "/leerlingen");
        meldAan("zorgcoordinator");
        klik(By.linkText("Verzuim uit het LAS inlezen"));
        Toegankelijkheid.controleer(browser, "verzuim inlezen");
        browser.findElement(By.id("bestand")).sendKeys(bestand.toAbsolutePath().toString());
        klik(By.id("inlezen"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("foutregels")));
        assertThat(browser.findElement(By.id("samenvatting")).getText()).contains("1 regel heeft een fout");
        assertThat(browser.findElement(By.id("telling-regelsGelezen")).getText()).isEqualTo("3");
        assertThat(browser.findElement(By.id("telling-dagenOpgeslagen")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.id("telling-leerlingenNietOpgeslagen")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("telling-meldingenKlaargezet")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("foutregels")).getText()).startsWith("4 uren")
                .contains("Geen regel van deze leerling is opgeslagen.");
        Toegankelijkheid.controleer(browser, "verzuim inlezen: uitkomst");
        assertThat(http().als("zorgcoordinator").get("/api/dossiers/" + eerste + "/verzuim").json().get("meldingen")
                .size()).isEqualTo(1);

        // A file that cannot be read as a whole: nothing stored, the reason shown.
        Files.writeString(bestand, "brin;datum\n99ZZ00;" + dagen.get(0) + "\n");
        browser.findElement(By.id("bestand")).sendKeys(bestand.toAbsolutePath().toString());
        klik(By.id("inlezen"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"), "Er is niets opgeslagen."));
        assertThat(browser.findElement(By.id("uitkomst")).isDisplayed()).isFalse();
        Toegankelijkheid.controleer(browser, "verzuim inlezen: bestand geweigerd");
        Files.delete(bestand);

        // A mentor may not read in a school's absence: no link, and the page (like the API) refuses her.
        assertThat(http().als("mentor").metKop("Accept", "text/html").get("/leerlingen").body())
                .doesNotContain("Verzuim uit het LAS inlezen");
        assertThat(http().als("mentor").metKop("Accept", "text/html").get("/verzuim/inlezen").status()).isEqualTo(403);
    }

    /**
     * A pupil away for weeks (an open LRV and the thuiszitter signal): the zorgcoördinator records the return on the
     * pupil's page and reports overig verzuim by hand; a wrong date is refused at its field. A mentor sees the return
     * but not the form for overig verzuim, which only the zorgcoördinator may send.
     */
    @Test
    void deZorgcoordinatorLegtDeTerugkeerVastEnMeldtOverigVerzuim() {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()).json()
                .get("nummer").asText();
        Http.Antwoord leeg = http().als("zorgcoordinator").metKop("Accept", "text/html").get("/leerlingen/" + nummer);
        assertThat(leeg.body()).contains("overigformulier").doesNotContain("terugkeerformulier");
        // Whole days away on the 23 lesdagen before the last one (more than 4 lesweken): the LRV and the thuiszitter signal open.
        List<LocalDate> lesdagen = new ArrayList<>();
        for (LocalDate dag = vandaag().minusDays(1); lesdagen.size() < 24; dag = dag.minusDays(1)) {
            if (kalender.isLesdag(dag, Regio.MIDDEN)) {
                lesdagen.add(dag);
            }
        }
        LocalDate terug = lesdagen.get(0);
        String dagen = String.join(", ", lesdagen.subList(1, 24).stream()
                .map(d -> "{\"datum\": \"" + d + "\", \"uren\": 6, \"alleLessenGemist\": true}").toList());
        Http.Antwoord geregistreerd = http().als("zorgcoordinator").post("/api/dossiers/" + nummer + "/verzuim",
                "{\"dagen\": [" + dagen + "]}");
        assertThat(geregistreerd.body()).contains("LANGDURIG_RELATIEF");
        Http.Antwoord mentor = http().als("mentor").metKop("Accept", "text/html").get("/leerlingen/" + nummer);
        assertThat(mentor.body()).contains("terugkeerformulier").doesNotContain("overigformulier");

        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        meldAan("zorgcoordinator");
        Toegankelijkheid.controleer(browser, "leerling met open langdurig relatief verzuim");
        klik(By.xpath("//summary[normalize-space()='Terugkeer vastleggen']"));
        datum(By.id("terugkeer-datum"), vandaag().plusDays(7));
        klik(By.xpath("//form[@id='terugkeerformulier']//button"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("terugkeer-datum-fout")));
        assertThat(browser.findElement(By.id("terugkeer-datum-fout")).getText()).contains("in de toekomst");
        assertThat(browser.findElement(By.id("terugkeer-datum")).getAttribute("aria-describedby"))
                .isEqualTo("terugkeer-datum-uitleg terugkeer-datum-fout");
        Toegankelijkheid.controleer(browser, "terugkeer: datum geweigerd");
        datum(By.id("terugkeer-datum"), terug);
        klik(By.xpath("//form[@id='terugkeerformulier']//button"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verzuim-bericht"),
                "De terugkeer is vastgelegd."));
        assertThat(browser.findElements(By.id("terugkeerformulier"))).isEmpty();
        assertThat(browser.findElement(By.id("kop-verzuim")).findElement(By.xpath("..")).getText())
                .contains("Langdurig relatief verzuim: " + LANG.format(lesdagen.get(23)) + " tot en met "
                        + LANG.format(lesdagen.get(1)));

        klik(By.xpath("//summary[normalize-space()='Overig verzuim melden']"));
        datum(By.id("overig-startdatum"), terug);
        datum(By.id("overig-einddatum"), lesdagen.get(1));
        browser.findElement(By.id("overig-toelichting")).sendKeys("Komt sinds de terugkeer elke dag te laat.");
        klik(By.xpath("//form[@id='overigformulier']//button"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("overig-einddatum-fout")));
        assertThat(browser.findElement(By.id("overig-einddatum-fout")).getText())
                .isEqualTo("De einddatum ligt voor de begindatum.");
        assertThat(browser.findElement(By.id("overig-toelichting")).getAttribute("value")).startsWith("Komt sinds");
        Toegankelijkheid.controleer(browser, "overig verzuim: einddatum geweigerd");
        datum(By.id("overig-einddatum"), terug);
        klik(By.xpath("//form[@id='overigformulier']//button"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verzuim-bericht"), "staat klaar"));
        assertThat(browser.findElement(By.id("kop-verzuim")).findElement(By.xpath("..")).getText())
                .contains("Overig verzuim: " + LANG.format(terug) + " tot en met " + LANG.format(terug));
        Toegankelijkheid.controleer(browser, "leerling na terugkeer en overig verzuim");
    }

    /**
     * The pupil's leave, exemptions and illness on the pupil's page: the zorgcoördinator sees an exemption the
     * leerplichtambtenaar granted, records leave and a ziekmelding and then the betermelding; a wrong period is refused at its field. A
     * mentor, who may record leave and illness too, sees those forms.
     */
    @Test
    void deZorgcoordinatorLegtVerlofEnZiekteVast() {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()).json()
                .get("nummer").asText();
        LocalDate later = vandaag().plusMonths(2);
        Http.Antwoord vrijstelling = http().als("zorgcoordinator").post("/api/dossiers/" + nummer + "/vrijstellingen",
                "{\"grond\": \"ART_5_A\", \"van\": \"" + later + "\", \"verleendDoor\": \"LEERPLICHTAMBTENAAR\", "
                        + "\"besluitDatum\": \"" + vandaag() + "\"}");
        assertThat(vrijstelling.status()).as(vrijstelling.body()).isEqualTo(201);
        Http.Antwoord mentor = http().als("mentor").metKop("Accept", "text/html").get("/leerlingen/" + nummer);
        assertThat(mentor.body()).contains("verlofformulier", "ziekformulier").doesNotContain("overigformulier");
        LocalDate gisteren = vandaag().minusDays(1);
        while (!kalender.isLesdag(gisteren, Regio.MIDDEN)) {
            gisteren = gisteren.minusDays(1);
        }
        LocalDate straks = vandaag().plusDays(1);
        while (!kalender.isLesdag(straks, Regio.MIDDEN)) {
            straks = straks.plusDays(1);
        }

        browser.get("http://localhost:" + port + "/leerlingen/" + nummer);
        meldAan("zorgcoordinator");
        assertThat(browser.findElement(By.id("kop-vrijstellingen")).findElement(By.xpath("following-sibling::ul"))
                .getText()).contains("Lichamelijke of psychische gronden", "vanaf " + LANG.format(later),
                "tot nader order");

        klik(By.xpath("//summary[normalize-space()='Verlof vastleggen']"));
        new Select(browser.findElement(By.id("verlof-soort"))).selectByValue("GEWICHTIGE_OMSTANDIGHEDEN");
        datum(By.id("verlof-van"), straks);
        datum(By.id("verlof-tot"), gisteren);
        new Select(browser.findElement(By.id("verlof-door"))).selectByValue("HOOFD");
        datum(By.id("verlof-besluit"), vandaag());
        klik(By.xpath("//form[@id='verlofformulier']//button"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("verlof-tot-fout")));
        assertThat(browser.findElement(By.id("verlof-tot-fout")).getText()).contains("vóór de begindatum");
        assertThat(browser.findElement(By.id("verlof-tot")).getAttribute("aria-invalid")).isEqualTo("true");
        Toegankelijkheid.controleer(browser, "verlof: periode geweigerd");
        datum(By.id("verlof-tot"), straks);
        klik(By.xpath("//form[@id='verlofformulier']//button"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verzuim-bericht"),
                "Het verlof is vastgelegd."));
        assertThat(browser.findElement(By.id("kop-verlof")).findElement(By.xpath("following-sibling::ul")).getText())
                .contains("Gewichtige omstandigheden", LANG.format(straks) + ", 1 schooldag",
                        "besloten door het hoofd van de school");

        klik(By.xpath("//summary[normalize-space()='Ziekmelding vastleggen']"));
        datum(By.id("ziek-van"), gisteren);
        klik(By.xpath("//form[@id='ziekformulier']//button"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verzuim-bericht"),
                "De ziekmelding is vastgelegd."));
        assertThat(browser.findElement(By.id("kop-ziek")).findElement(By.xpath("following-sibling::ul")).getText())
                .contains("Ziek sinds " + LANG.format(gisteren) + ", nog niet beter gemeld");
        klik(By.xpath("//summary[normalize-space()='Beter melden']"));
        WebElement tot = browser.findElement(By.xpath("//form[starts-with(@id, 'beterformulier-')]//input[@name='tot']"));
        datum(By.id(tot.getAttribute("id")), gisteren.minusDays(1));
        klik(By.xpath("//form[starts-with(@id, 'beterformulier-')]//button"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id(tot.getAttribute("id") + "-fout")));
        assertThat(browser.findElement(By.id(tot.getAttribute("id") + "-fout")).getText())
                .isEqualTo("De laatste dag ligt vóór de eerste dag.");
        Toegankelijkheid.controleer(browser, "betermelding: datum geweigerd");
        datum(By.id(tot.getAttribute("id")), gisteren);
        klik(By.xpath("//form[starts-with(@id, 'beterformulier-')]//button"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verzuim-bericht"),
                "De leerling is beter gemeld."));
        assertThat(browser.findElement(By.id("kop-ziek")).findElement(By.xpath("following-sibling::ul")).getText())
                .contains("Ziek op " + LANG.format(gisteren));
        assertThat(browser.findElements(By.xpath("//summary[normalize-space()='Beter melden']"))).isEmpty();
        Toegankelijkheid.controleer(browser, "leerling met verlof, vrijstelling en ziekmelding");
    }

    /** Types a date into a date field as Dutch people write it (dd-mm-jjjj). */
    private void datum(By veld, LocalDate dag) {
        WebElement invoer = browser.findElement(veld);
        invoer.clear();
        invoer.sendKeys(DAG.format(dag));
    }

    private void meldAan(String gebruiker) {
        wacht.until(ExpectedConditions.urlContains("/login"));
        meldAanOpEenPlan(gebruiker);
    }

    private void afmelden() {
        klik(By.xpath("//button[normalize-space()='Afmelden']"));
        wacht.until(ExpectedConditions.urlContains("/login"));
        browser.get("http://localhost:" + port + "/");
    }

    /** The inputs under form-js labels starting with this text, in the order of the form (list rows too). */
    private List<WebElement> velden(String label) {
        wacht.until(ExpectedConditions.elementToBeClickable(By.xpath("//label[starts-with(normalize-space(), '" + label
                + "')]/following::*[self::input or self::textarea][1]")));
        return browser.findElements(By.xpath("//label[starts-with(normalize-space(), '" + label
                + "')]/following::*[self::input or self::textarea][1]"));
    }
}
