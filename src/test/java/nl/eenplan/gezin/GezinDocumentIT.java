package nl.eenplan.gezin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Sessie;
import nl.eenplan.TweedeGemeente;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.DossierView;
import nl.eenplan.dossier.NieuwDossier;
import nl.eenplan.dossier.Onderwijssoort;
import nl.eenplan.dossier.Ouder;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The family uploads a document to the child's plan (issue #24 slice 6, {@link Gezinsdocumenten}), over HTTP with the
 * family's session as a browser sends the form: size, type from the bytes, no active PDF, nothing stored on refusal;
 * the download's headers; who may see a document (the uploader, the pupil's school) and who not (another family, a
 * parent without gezag, another school); the document goes with the dossier.
 */
class GezinDocumentIT extends IntegratieTest {

    private static final String HTML = "text/html,application/xhtml+xml";
    /** A 1×1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Autowired
    DossierService dossiers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactie;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    SchoolService scholen;
    @Autowired
    Organisaties organisaties;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    org.springframework.context.ApplicationContext context;

    /** Binds the demo accounts for a test; the bindings end afterwards, so the demo family is as it was. */
    private Gezinstest gezin;

    @BeforeEach
    void gezinstest() {
        gezin = new Gezinstest(context, port, clock);
    }

    @AfterEach
    void koppelingenTerug() {
        gezin.ruimOp();
    }

    @Test
    void eenOuderMetGezagStuurtEenPngDieSchoolEnZijZelfKunnenOpenen() {
        Sessie karin = gezin.meldAan("ouder");
        String noor = Gezinstest.idVan(karin, "Noor");
        String nummer = nummer("Noor de Vries");
        Http.Antwoord pagina = karin.get("/gezin/kind/" + noor + "/documenten", "Accept", HTML);
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.body()).contains("Documenten", "hoogstens 10 MB");
        assertThat(karin.get("/gezin/kind/" + noor, "Accept", HTML).body())
                .contains("/gezin/kind/" + noor + "/documenten");

        Http.Antwoord verstuurd = karin.postBestand("/gezin/kind/" + noor + "/documenten", "bestand",
                "../../Verslag logopedie (2026).png", "image/png", PNG, "_csrf", Sessie.csrfVeld(pagina));
        assertThat(verstuurd.status()).as(verstuurd.body()).isEqualTo(302);
        String lijst = karin.get(verstuurd.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""),
                "Accept", HTML).body();
        assertThat(lijst).contains("Het document is verstuurd", "Verslag logopedie _2026_.png");
        Matcher link = Pattern.compile("/gezin/kind/" + noor + "/documenten/(\\d+)").matcher(lijst);
        assertThat(link.find()).isTrue();
        String id = link.group(1);

        // The uploader downloads it: attachment, the type found in the bytes, nosniff, a sandbox, no cache.
        Http.Download eigen = karin.download("/gezin/kind/" + noor + "/documenten/" + id);
        assertThat(eigen.status()).isEqualTo(200);
        assertThat(eigen.inhoud()).isEqualTo(PNG);
        assertThat(eigen.contentType()).isEqualTo("image/png");
        assertThat(eigen.kop("Content-Disposition")).isEqualTo("attachment; filename=\"Verslag logopedie _2026_.png\"; "
                + "filename*=UTF-8''Verslag%20logopedie%20_2026_.png");
        assertThat(eigen.kop("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(eigen.kop("Content-Security-Policy")).contains("sandbox");
        assertThat(eigen.kop("Cache-Control")).contains("no-store");

        // Metadata as stored: the account's role, the sniffed type, the size and hash; the school was told, no name.
        assertThat(jdbc.queryForMap("select rol, soort, grootte, sha256, geupload_door from gezin_document where id = ?",
                Long.valueOf(id))).containsEntry("ROL", "OUDER").containsEntry("SOORT", "PNG")
                .containsEntry("GROOTTE", (long) PNG.length).containsKey("SHA256");
        assertThat(jdbc.queryForList("select tekst from melding where dossier_nummer = ? and onderwerp = ?",
                String.class, nummer, "Nieuw document van het gezin")).isNotEmpty()
                .allSatisfy(t -> assertThat(t).doesNotContain("Noor", "Karin", "logopedie"));

        // The school's staff who see the dossier: the list and the file through /api and on the pupil's page.
        Http.Antwoord api = http().als("zorgcoordinator").get("/api/dossiers/" + nummer + "/gezinsdocumenten");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body()).contains("Verslag logopedie _2026_.png", "\"rol\":\"OUDER\"").doesNotContain("account");
        Http.Download school = http().als("zorgcoordinator").download("/api/dossiers/" + nummer + "/gezinsdocumenten/" + id);
        assertThat(school.status()).isEqualTo(200);
        assertThat(school.inhoud()).isEqualTo(PNG);
        assertThat(school.kop("Content-Disposition")).startsWith("attachment");
        Sessie zorg = new Sessie(port);
        zorg.meldAan("zorgcoordinator", "demo");
        assertThat(zorg.download("/leerlingen/" + nummer + "/gezinsdocumenten/" + id).status()).isEqualTo(200);
        // On the pupil's page (its part "Het gezin op EenPlan"): the name, who sent it and the day, linked to the file.
        Http.Antwoord deel = zorg.get("/leerlingen/" + nummer + "/gezin/deel", "Accept", HTML);
        assertThat(deel.status()).isEqualTo(200);
        assertThat(deel.body()).contains("Documenten van het gezin", "Verslag logopedie _2026_.png", "van een ouder",
                "href=\"/leerlingen/" + nummer + "/gezinsdocumenten/" + id + "\"");

        // Another school's staff: the pupil does not exist for them (404), on the page and through /api.
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        assertThat(http().als("zorgcoordinatorAmersfoort").get("/api/dossiers/" + nummer + "/gezinsdocumenten")
                .status()).isEqualTo(404);
        assertThat(http().als("zorgcoordinatorAmersfoort")
                .download("/api/dossiers/" + nummer + "/gezinsdocumenten/" + id).status()).isEqualTo(404);
        Sessie amersfoort = new Sessie(port);
        amersfoort.meldAan("zorgcoordinatorAmersfoort", "demo");
        assertThat(amersfoort.download("/leerlingen/" + nummer + "/gezinsdocumenten/" + id).status()).isEqualTo(404);
        assertThat(amersfoort.get("/leerlingen/" + nummer + "/gezin/deel", "Accept", HTML).status())
                .isEqualTo(404);
        // The document of this dossier under another dossier's number: not found.
        String sanne = nummer("Sanne Jansen");
        assertThat(http().als("zorgcoordinator").download("/api/dossiers/" + sanne + "/gezinsdocumenten/" + id)
                .status()).isIn(403, 404);

        // Another family: Sanne's own binding does not open Karin's document (404), nor does Karin's id work for her.
        Sessie leerling = gezin.meldAan("leerling");
        String eigenVanSanne = Gezinstest.idVan(leerling, "Sanne");
        assertThat(leerling.download("/gezin/kind/" + eigenVanSanne + "/documenten/" + id).status()).isEqualTo(404);
        assertThat(leerling.download("/gezin/kind/" + noor + "/documenten/" + id).status()).isEqualTo(404);
        assertThat(leerling.get("/gezin/kind/" + noor + "/documenten", "Accept", HTML).status()).isEqualTo(404);
        // ... and no door around it: the family has no /api and no /engine-rest.
        assertThat(karin.get("/api/dossiers/" + nummer + "/gezinsdocumenten").status()).isEqualTo(403);
        assertThat(karin.download("/leerlingen/" + nummer + "/gezinsdocumenten/" + id).status()).isEqualTo(403);
        assertThat(http().als("ouder").get("/api/dossiers/" + nummer + "/gezinsdocumenten").status()).isEqualTo(401);
        assertThat(http().als("ouder").get("/engine-rest/task").status()).isEqualTo(401);
    }

    @Test
    void eenOuderZonderGezagMagGeenDocumentSturen() {
        Sessie erik = gezin.meldAan("ouder2");
        String noor = Gezinstest.idVan(erik, "Noor");
        assertThat(erik.get("/gezin/kind/" + noor, "Accept", HTML).body()).doesNotContain("/documenten");
        Http.Antwoord pagina = erik.get("/gezin/kind/" + noor + "/documenten", "Accept", HTML);
        assertThat(pagina.status()).isEqualTo(403);
        assertThat(pagina.body()).contains("U hebt geen gezag");
        long voor = aantal(nummer("Noor de Vries"));
        Http.Antwoord poging = erik.postBestand("/gezin/kind/" + noor + "/documenten", "bestand", "a.png", "image/png",
                PNG, "_csrf", erik.csrfToken());
        assertThat(poging.status()).isEqualTo(403);
        assertThat(aantal(nummer("Noor de Vries"))).isEqualTo(voor);
    }

    @Test
    void teGrootVerkeerdeSoortOfEenActievePdfWordtGeweigerdEnNietsBewaard() {
        Sessie karin = gezin.meldAan("ouder");
        String noor = Gezinstest.idVan(karin, "Noor");
        String nummer = nummer("Noor de Vries");
        long voor = aantal(nummer);
        long inhoudVoor = jdbc.queryForObject("select count(*) from gezin_document_inhoud", Long.class);

        // 10 MB + 1 byte: 413 and the family's page with the reason.
        byte[] groot = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, groot, 0, 9);
        Http.Antwoord teGroot = stuur(karin, noor, "groot.pdf", "application/pdf", groot);
        assertThat(teGroot.status()).isEqualTo(413);
        assertThat(teGroot.body()).contains("te groot", "hoogstens 10 MB", "Er is niets bewaard", "aria-invalid=\"true\"");
        // Exactly 10 MB is the limit itself: kept.
        byte[] precies = new byte[10 * 1024 * 1024];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, precies, 0, 9);
        assertThat(stuur(karin, noor, "precies.pdf", "application/pdf", precies).status()).isEqualTo(302);
        assertThat(aantal(nummer)).isEqualTo(voor + 1);

        // A Windows program named .pdf, sent as a PDF: 415, whatever the name and Content-Type say.
        byte[] exe = "MZ\u0090\u0000\u0003\u0000\u0000\u0000This program cannot be run in DOS mode."
                .getBytes(StandardCharsets.ISO_8859_1);
        Http.Antwoord programma = stuur(karin, noor, "verslag.pdf", "application/pdf", exe);
        assertThat(programma.status()).isEqualTo(415);
        assertThat(programma.body()).contains("geen PDF, PNG of JPEG");

        // A PDF that runs JavaScript when opened: 415 with the reason.
        byte[] script = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>\n"
                + "endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        Http.Antwoord actief = stuur(karin, noor, "brief.pdf", "application/pdf", script);
        assertThat(actief.status()).isEqualTo(415);
        assertThat(actief.body()).contains("script");

        assertThat(aantal(nummer)).isEqualTo(voor + 1);
        assertThat(jdbc.queryForObject("select count(*) from gezin_document_inhoud", Long.class)).isEqualTo(inhoudVoor + 1);

        // In English the reason is English.
        karin.postFormulier("/gezin/taal", "taal=en&_csrf=" + karin.csrfToken());
        try {
            assertThat(stuur(karin, noor, "verslag.pdf", "application/pdf", exe).body())
                    .contains("is not a PDF, PNG or JPEG");
        } finally {
            karin.postFormulier("/gezin/taal", "taal=nl&_csrf=" + karin.csrfToken());
        }
    }

    @Test
    void eenDocumentGaatWegMetHetDossier() {
        var leerling = new NieuwDossier.Leerling("Fenna", null, "Documenttest", vandaag().minusYears(9), null,
                "99ZZ00", Onderwijssoort.PO, 5, List.of(new NieuwDossier.Ouder("Petra Documenttest", Ouder.Relatie.OUDER,
                "06 5555 6666", "petra@example.nl", true, false)));
        DossierView d = dossiers.open(new NieuwDossier(leerling, Groepen.ZORGCOORDINATOR), Groepen.MENTOR);
        gezin.koppel("ouder", d.nummer(), dossiers.haalOp(d.nummer()).leerling().ouders().get(0).id());
        Sessie karin = gezin.meldAan("ouder");
        String fenna = Gezinstest.idVan(karin, "Fenna");
        assertThat(stuur(karin, fenna, "foto.png", "image/png", PNG).status()).isEqualTo(302);
        assertThat(aantal(d.nummer())).isEqualTo(1);

        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(d.nummer()).list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test"));
        var gesloten = http().als("zorgcoordinator").post("/api/dossiers/" + d.nummer() + "/sluiten",
                "{\"reden\": \"Leerling verhuisd\"}");
        assertThat(gesloten.status()).as(gesloten.body()).isEqualTo(200);
        // As Bewaartermijn does after the 730 days: the dossier removed, every capability's records with it.
        transactie.executeWithoutResult(t -> dossiers.verwijder(d.nummer()));
        assertThat(aantal(d.nummer())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from gezin_document_inhoud i where not exists (select 1 from "
                + "gezin_document g where g.id = i.document_id)", Long.class)).isZero();
    }

    private static Http.Antwoord stuur(Sessie sessie, String kind, String naam, String type, byte[] inhoud) {
        return sessie.postBestand("/gezin/kind/" + kind + "/documenten", "bestand", naam, type, inhoud, "_csrf",
                sessie.csrfToken());
    }

    private long aantal(String nummer) {
        return jdbc.queryForObject("select count(*) from gezin_document where dossier_nummer = ?", Long.class, nummer);
    }

    private String nummer(String naam) {
        return dossiers.lijst().stream().filter(d -> d.leerling().equals(naam)).findFirst().orElseThrow().nummer();
    }
}
