package nl.eenplan.paginas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.TweedeGemeente;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.audit.AuditRegel;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.NieuweAfspraak;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.engine.Klok;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plan as PDF from the pupil's page (issue #20): for the MDO the whole plan, for the parents the plan in plain
 * words without what only staff need; the text is real text in an embedded font (searchable, ë and ö right), the
 * print date is Dutch time; a zorgcoördinator of another school gets the same 404 as for the page, and every
 * download is in the audit log.
 */
class PlanPdfIT extends IntegratieTest {

    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    /** Typed text with characters that XHTML must escape: the PDF is made from well-formed XML. */
    private static final String DOEL = "Zoë leest één boek per maand & vertelt erover <thuis>";

    @Autowired
    SchoolService scholen;
    @Autowired
    Organisaties organisaties;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    DossierService dossiers;
    @Autowired
    AuditLog audit;

    String nummer;

    @BeforeEach
    void eenLeerlingMetEenPlan() {
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        gebruikers.maakAlsNieuw("mentorPlanPdf", "Femke", "Bakker-Özdemir", "demo", "mentor");
        nummer = http().als("zorgcoordinator").post("/api/dossiers",
                        Testdossiers.nieuw().replace("\"voornaam\": \"Sam\"", "\"voornaam\": \"Zoë\""))
                .json().get("nummer").asText();
        http().als("mentor").post("/api/dossiers/" + nummer + "/aanmeldingen", Testdossiers.AANMELDING);
        assertThat(http().als("zorgcoordinator").post("/api/dossiers/" + nummer + "/toestemmingen",
                "{\"scope\": \"JEUGDHULP\", \"gegevenDoor\": \"OUDERS\", \"vorm\": \"GESPREK\"}").status()).isEqualTo(201);
        dossiers.voegDoelenToe(nummer, List.of(DOEL));
        dossiers.voegAfsprakenToe(nummer, List.of(
                new NieuweAfspraak("Gesprek over het leesplan", "mentorPlanPdf", false,
                        vandaag().plusWeeks(2)),
                new NieuweAfspraak("Gezinsgesprek met het wijkteam", "jeugdhulp", true, vandaag().plusWeeks(4))),
                "MDO");
    }

    @Test
    void hetPlanVoorHetMdo() throws IOException {
        Http.Download pdf = http().als("zorgcoordinator").download("/leerlingen/" + nummer + "/plan.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.kop("Content-Disposition")).isEqualTo("attachment; filename=\"plan-" + nummer + ".pdf\"");
        assertThat(pdf.kop("Cache-Control")).isEqualTo("no-store");
        String tekst = tekst(pdf.inhoud());
        assertThat(tekst).contains("Zoë Jansen", "dossier " + nummer, "Basisschool De Vlinder (demo)",
                "Het plan voor het MDO", DOEL, "open",
                // Table cells may wrap: each name on its own.
                "Gesprek over het leesplan", "Femke Bakker-Özdemir", "(mentorPlanPdf)",
                DAG.format(vandaag().plusWeeks(2)), "Gezinsgesprek met het wijkteam", "jeugdhulp (groep)",
                "Voor jeugdhulp, gegeven door de ouders op " + DAG.format(vandaag()),
                "Anna Jansen (ouder), 06 1234 5678",
                "Wat loopt er voor het plan",
                // Dutch time: the test clock is Saturday 00:30 in the Netherlands, still Friday in UTC.
                "afgedrukt op " + DAG.format(vandaag()),
                "VERTROUWELIJK", "pagina 1 van ");
        // Jeugdhulp and the parents attend the MDO: not the school's other processes (the referral, whose steps
        // can name a meldcode) nor the timeline of who did what.
        assertThat(tekst).doesNotContain("Aanmelding", "Intakegesprek voeren", "Wat er gebeurde");
        lettertypenIngesloten(pdf.inhoud());
        eigenschappen(pdf.inhoud(), "Plan van Zoë Jansen (MDO)");
    }

    @Test
    void hetPlanVoorDeOuders() throws IOException {
        Http.Download pdf = http().als("mentor").download("/leerlingen/" + nummer + "/plan.pdf?voor=ouders");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.kop("Content-Disposition"))
                .isEqualTo("attachment; filename=\"plan-" + nummer + "-ouders.pdf\"");
        assertThat(pdf.kop("Cache-Control")).isEqualTo("no-store");
        String tekst = tekst(pdf.inhoud());
        assertThat(tekst).contains("Het plan van Zoë", "Zoë Jansen", "Basisschool De Vlinder (demo)",
                "Waar we aan werken", DOEL, "nog niet begonnen",
                "Wat we hebben afgesproken", "Gesprek over het leesplan", "Femke Bakker-Özdemir",
                "Gezinsgesprek met het wijkteam", "jeugdhulp of het wijkteam", "nog te doen",
                DAG.format(vandaag().plusWeeks(2)), "Waarvoor u toestemming gaf", "gegeven door u als ouder",
                "afgedrukt op " + DAG.format(vandaag()), "VERTROUWELIJK", "pagina 1 van ");
        // What only staff need: no user ids, no processes and steps, no timeline of who did what.
        assertThat(tekst).doesNotContain("mentorPlanPdf", "zorgcoordinator", "(groep)", "Wat loopt er",
                "Intakegesprek voeren", "Wat er gebeurde", "Gestart", "dossier " + nummer, "06 1234 5678");
        lettertypenIngesloten(pdf.inhoud());
        eigenschappen(pdf.inhoud(), "Het plan van Zoë Jansen");
    }

    @Test
    void eenAndereSchoolKrijgtGeenPdfEnElkeDownloadStaatInHetAuditlog() {
        int voor = audit.voorDossier(nummer).size();
        assertThat(http().als("zorgcoordinator").download("/leerlingen/" + nummer + "/plan.pdf").status())
                .isEqualTo(200);
        assertThat(http().als("mentor").download("/leerlingen/" + nummer + "/plan.pdf?voor=ouders").status())
                .isEqualTo(200);
        for (String pad : List.of("/plan.pdf", "/plan.pdf?voor=ouders")) {
            Http.Antwoord ander = http().als("zorgcoordinatorAmersfoort").metKop("Accept", "text/html")
                    .get("/leerlingen/" + nummer + pad);
            assertThat(ander.status()).isEqualTo(404);
            assertThat(ander.contentType()).startsWith("text/html");
            assertThat(ander.body()).contains("Niet gevonden").doesNotContain("Zoë", "%PDF");
        }
        List<AuditRegel> na = audit.voorDossier(nummer);
        assertThat(na).hasSize(voor + 4);
        List<AuditRegel> nieuw = na.subList(voor, na.size());
        assertThat(nieuw).extracting(AuditRegel::getGebruiker).containsExactly("zorgcoordinator", "mentor",
                "zorgcoordinatorAmersfoort", "zorgcoordinatorAmersfoort");
        assertThat(nieuw).extracting(AuditRegel::getStatus).containsExactly(200, 200, 404, 404);
        assertThat(nieuw).allSatisfy(r -> assertThat(r.getWat()).contains("/leerlingen/" + nummer + "/plan.pdf"));
    }

    @Test
    void eenOnbekendeSoortPlanBestaatNiet() {
        Http.Antwoord onbekend = http().als("zorgcoordinator").metKop("Accept", "text/html")
                .get("/leerlingen/" + nummer + "/plan.pdf?voor=iedereen");
        assertThat(onbekend.status()).isEqualTo(404);
        assertThat(onbekend.body()).contains("Niet gevonden");
    }

    @Test
    void dePaginaVanDeLeerlingBiedtBeidePdfsAan() {
        String pagina = http().als("zorgcoordinator").metKop("Accept", "text/html").get("/leerlingen/" + nummer).body();
        assertThat(pagina).contains("href=\"/leerlingen/" + nummer + "/plan.pdf\"", "Plan als pdf (MDO)",
                "href=\"/leerlingen/" + nummer + "/plan.pdf?voor=ouders\"", "Plan voor ouders (pdf)");
    }

    /** The PDF's text as a reader's search finds it, with line breaks as spaces. */
    private static String tekst(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper tekst = new PDFTextStripper();
            // In reading order, as a PDF reader searches and copies.
            tekst.setSortByPosition(true);
            return tekst.getText(document).replaceAll("\\s+", " ");
        }
    }

    /** Title and creation date in the PDF's properties: the date of the application's clock, in Dutch time. */
    private void eigenschappen(byte[] pdf, String titel) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(titel);
            assertThat(LocalDate.ofInstant(document.getDocumentInformation().getCreationDate().toInstant(), Klok.NL))
                    .isEqualTo(vandaag());
        }
    }

    /** Every font on every page is Liberation Sans, embedded: no font the reader's computer must have. */
    private static void lettertypenIngesloten(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage pagina : document.getPages()) {
                for (COSName naam : pagina.getResources().getFontNames()) {
                    fonts.add(pagina.getResources().getFont(naam));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " ingesloten").isTrue();
                assertThat(font.getName()).contains("LiberationSans");
            });
        }
    }
}
