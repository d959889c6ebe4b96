package nl.eenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.TweedeGemeente;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.NieuweAfspraak;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.leerplicht.Reden;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every door leaves exactly one audit entry per request that names the pupil's dossier, and the pupil's inzage export
 * shows it: the dossier list and opening a dossier, and reads refused to someone of another school or gemeente. An
 * entry never holds text from the request.
 */
class AuditDeurenIT extends IntegratieTest {

    @Autowired
    AuditLog audit;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    DossierService dossiers;
    @Autowired
    ArrangementService arrangementen;
    @Autowired
    LeerplichtService leerplicht;
    @Autowired
    SchoolService scholen;
    @Autowired
    Organisaties organisaties;
    @Autowired
    GebruikerService gebruikers;

    String nummer;

    @BeforeEach
    void eenLeerlingInUtrechtEnEenTweedeGemeente() {
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        nummer = nieuwDossier(Testdossiers.GELDIG);
    }

    @Test
    void deDossierlijstNoemtElkeLeerlingErin() {
        String ander = nieuwDossier(Testdossiers.GELDIG.replace("Sam", "Noor"));
        AuditRegel lijst = eenRegel(nummer, () -> assertThat(http().als("mentor").get("/api/dossiers").status())
                .isEqualTo(200));
        assertThat(lijst.getWat()).isEqualTo("GET /api/dossiers");
        assertThat(lijst.getHandeling()).isEqualTo(AuditRegel.Handeling.LEZEN);
        assertThat(lijst.getDossiers()).contains(nummer, ander);
        assertThat(audit.voorDossier(ander)).extracting(AuditRegel::getId).contains(lijst.getId());
        assertThat(inzage(nummer)).anySatisfy(r -> {
            assertThat(r.get("gebruiker")).isEqualTo("mentor");
            assertThat(r.get("wat")).isEqualTo("GET /api/dossiers");
        });
        // One pupil's answer names no other pupil.
        assertThat(http().als("admin").get("/api/dossiers/" + nummer + "/inzage").body()).doesNotContain(ander);
    }

    @Test
    void eenDossierOpenenStaatInZijnInzage() {
        String nieuw = nieuwDossier(Testdossiers.GELDIG.replace("Sam", "Mees"));
        List<AuditRegel> regels = audit.voorDossier(nieuw);
        assertThat(regels).hasSize(1);
        assertThat(regels.get(0).getWat()).isEqualTo("POST /api/dossiers");
        assertThat(regels.get(0).getHandeling()).isEqualTo(AuditRegel.Handeling.WIJZIGEN);
        assertThat(regels.get(0).getStatus()).isEqualTo(201);
        assertThat(inzage(nieuw)).singleElement().satisfies(r -> {
            assertThat(r.get("gebruiker")).isEqualTo("zorgcoordinator");
            assertThat(r.get("wat")).isEqualTo("POST /api/dossiers");
        });
    }

    @Test
    void eenGeweigerdeAfspraakNoemtHaarDossier() {
        Long afspraak = dossiers.voegAfsprakenToe(nummer, List.of(new NieuweAfspraak("Gezinsgesprek", "jeugdhulp", true,
                vandaag().plusWeeks(2))), "MDO").get(0);
        geweigerd("jeugdhulpAmersfoort", "/api/afspraken/" + afspraak);
    }

    @Test
    void eenGeweigerdArrangementNoemtZijnDossier() {
        var r = dossiers.routeringsgegevens(nummer);
        String instantie = runtimeService.createProcessInstanceByKey("arrangement").businessKey(nummer)
                .setVariables(Map.of("dossierNummer", nummer, "schoolBrin", r.schoolBrin(), "onderwijssoort",
                        r.onderwijssoort().name(), "zorgcoordinator", r.zorgcoordinator()))
                .startBeforeActivity("aanvraag").execute().getId();
        String taak = taskService.createTaskQuery().processInstanceId(instantie).singleResult().getId();
        Http.Antwoord aanvraag = http().als("zorgcoordinator").post("/api/taken/" + taak + "/voltooien", """
                {"onderwijsdeel": "ARRANGEMENT", "onderwijs": "Kleine klas.", "perspectief": "Regulier vo.",
                 "doelen": ["Leest op niveau"], "aanmeldingOntvangenOp": "%s"}""".formatted(vandaag()));
        assertThat(aanvraag.status()).as(aanvraag.body()).isEqualTo(204);
        Long arrangement = arrangementen.vanDossier(nummer).get(0).id();
        geweigerd("swvAmersfoort", "/api/arrangementen/" + arrangement);
    }

    @Test
    void eenGeweigerdeEscalatieNoemtHaarDossier() {
        Long escalatie = leerplicht.escaleer(nummer, Reden.THUISZITTER, "4 weken niet op school.", "test").getId();
        geweigerd("leerplichtAmersfoort", "/api/escalaties/" + escalatie);
    }

    @Test
    void eenAuditregelBevatGeenVrijeTekstUitHetVerzoek() {
        String naam = "Wilhelmientje";
        String eigen = nieuwDossier(Testdossiers.GELDIG.replace("Jansen", naam));
        String verslag = "Vader drinkt sinds de scheiding";

        // Free text in a body and in a query's values.
        assertThat(http().als("mentor").post("/api/dossiers/" + eigen + "/aanmeldingen",
                Testdossiers.AANMELDING.replace("Extra instructie in de klas", verslag)).status()).isEqualTo(201);
        assertThat(http().als("zorgcoordinator").get("/api/dossiers/" + eigen + "?notitie=" + verslag.replace(" ", "%20"))
                .status()).isEqualTo(200);

        List<AuditRegel> regels = audit.voorDossier(eigen);
        assertThat(regels).hasSize(3);
        assertThat(regels.get(2).getWat()).isEqualTo("GET /api/dossiers/" + eigen + "?notitie");
        for (AuditRegel r : regels) {
            String alles = String.join("|", r.getGebruiker(), r.getGroepen(), r.getWat(), String.valueOf(r.getTaakId()),
                    String.join(",", r.getDossiers()));
            assertThat(alles).doesNotContain("drinkt", "scheiding", naam, "Vader", "%20");
        }
        assertThat(http().als("admin").get("/api/dossiers/" + eigen + "/inzage").body())
                .doesNotContain("drinkt", "scheiding", naam);
    }

    /** Someone of another school or gemeente is refused (404): one entry with the status, naming the dossier. */
    private void geweigerd(String wie, String pad) {
        AuditRegel regel = eenRegel(nummer, () -> assertThat(http().als(wie).get(pad).status()).isEqualTo(404));
        assertThat(regel.getGebruiker()).isEqualTo(wie);
        assertThat(regel.getStatus()).isEqualTo(404);
        assertThat(regel.getWat()).isEqualTo("GET " + pad);
        assertThat(regel.getHandeling()).isEqualTo(AuditRegel.Handeling.LEZEN);
        assertThat(inzage(nummer)).anySatisfy(r -> {
            assertThat(r.get("gebruiker")).isEqualTo(wie);
            assertThat(r.get("wat")).isEqualTo("GET " + pad);
            assertThat(r.get("status")).isEqualTo("404");
        });
    }

    /** Runs one request and answers the one entry it left for this dossier (there must be exactly one). */
    private AuditRegel eenRegel(String dossier, Runnable verzoek) {
        int voor = audit.voorDossier(dossier).size();
        verzoek.run();
        List<AuditRegel> na = audit.voorDossier(dossier);
        assertThat(na).as("precies één regel voor dit verzoek").hasSize(voor + 1);
        AuditRegel nieuw = na.get(na.size() - 1);
        assertThat(nieuw.getDossiers()).contains(dossier);
        return nieuw;
    }

    private List<CSVRecord> inzage(String dossier) {
        Http.Antwoord csv = http().als("admin").get("/api/dossiers/" + dossier + "/inzage");
        assertThat(csv.status()).isEqualTo(200);
        try {
            return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv.body())).getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String nieuwDossier(String body) {
        Http.Antwoord a = http().als("zorgcoordinator").post("/api/dossiers", body.replace("\"bsn\": \"111222333\", ", ""));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().get("nummer").asText();
    }
}
