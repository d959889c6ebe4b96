package nl.eenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.TweedeGemeente;
import nl.eenplan.Webapp;
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
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every door leaves exactly one audit entry per request that names the pupil's dossier, and the pupil's inzage export
 * shows it: /engine-rest, Tasklist and Cockpit (their engine API and plugin API), the dossier list and opening a
 * dossier, and reads refused to someone of another school or gemeente. An entry never holds text from the request.
 */
class AuditDeurenIT extends IntegratieTest {

    private static final String INTAKE = """
            {"variables": {"verslag": {"value": "%s"}, "gesprekOudersGevoerd": {"value": true},
             "gesprekLeerlingGevoerd": {"value": true}, "signalenOnveiligheid": {"value": false}}}""";

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
        nummer = nieuwDossier(Testdossiers.nieuw());
    }

    @Test
    void takenLezenEnAfrondenViaEngineRest() {
        Task intake = intake();
        Http zc = http().als("zorgcoordinator");

        AuditRegel lezen = eenRegel(nummer, () -> assertThat(zc.get("/engine-rest/task/" + intake.getId()
                + "/variables").status()).isEqualTo(200));
        assertThat(lezen.getGebruiker()).isEqualTo("zorgcoordinator");
        assertThat(lezen.getGroepen()).contains("zorgcoordinator");
        assertThat(lezen.getHandeling()).isEqualTo(AuditRegel.Handeling.LEZEN);
        assertThat(lezen.getWat()).isEqualTo("GET /engine-rest/task/" + intake.getId() + "/variables");
        assertThat(lezen.getStatus()).isEqualTo(200);
        assertThat(lezen.getTaakId()).isEqualTo(intake.getId());

        AuditRegel afronden = eenRegel(nummer, () -> {
            Http.Antwoord a = zc.post("/engine-rest/task/" + intake.getId() + "/complete", INTAKE.formatted("Ouders willen hulp."));
            assertThat(a.status()).as(a.body()).isEqualTo(204);
        });
        assertThat(afronden.getHandeling()).isEqualTo(AuditRegel.Handeling.WIJZIGEN);
        assertThat(afronden.getWat()).isEqualTo("POST /engine-rest/task/" + intake.getId() + "/complete");
        assertThat(afronden.getStatus()).isEqualTo(204);
        assertThat(afronden.getTaakId()).isEqualTo(intake.getId());
        assertThat(inzage(nummer)).anySatisfy(r -> {
            assertThat(r.get("wat")).isEqualTo(afronden.getWat());
            assertThat(r.get("taak")).isEqualTo(intake.getId());
        });
    }

    @Test
    void eenLijstVanTakenNoemtElkeLeerlingInEenRegel() {
        String ander = nieuwDossier(Testdossiers.nieuw().replace("Sam", "Noor"));
        intake();
        aanmelden(ander);
        // The query names no pupil; its answer lists them (other tests' pupils too): found in one go, one entry.
        AuditRegel lijst = eenRegel(nummer, () -> assertThat(http().als("zorgcoordinator")
                .get("/engine-rest/task?processDefinitionKey=aanmelding&taskDefinitionKey=intake").status()).isEqualTo(200));
        assertThat(lijst.getDossiers()).contains(nummer, ander);
        assertThat(lijst.getWat()).isEqualTo("GET /engine-rest/task?processDefinitionKey&taskDefinitionKey");
        assertThat(lijst.getHandeling()).isEqualTo(AuditRegel.Handeling.LEZEN);
        assertThat(lijst.getTaakId()).isNull();
        assertThat(audit.voorDossier(ander)).extracting(AuditRegel::getId).contains(lijst.getId());

        // A list that shows nobody touches no pupil: no entry.
        long voor = audit.laatste().get(0).getId();
        assertThat(http().als("zorgcoordinator").get("/engine-rest/task?taskDefinitionKey=bestaatNiet").status())
                .isEqualTo(200);
        assertThat(audit.laatste().get(0).getId()).isEqualTo(voor);
    }

    @Test
    void tasklistLeestHetFormulierEnRondtHetAf() throws Exception {
        Task intake = intake();
        Webapp tasklist = new Webapp(port);
        assertThat(tasklist.meldAan("zorgcoordinator", "demo", "tasklist")).isEqualTo(200);
        String pad = "/api/engine/engine/default/task/" + intake.getId();

        AuditRegel formulier = eenRegel(nummer, () -> assertThat(vraag(() -> tasklist.get(pad + "/form-variables")))
                .contains("dossierNummer"));
        assertThat(formulier.getWat()).isEqualTo("GET /camunda" + pad + "/form-variables");
        assertThat(formulier.getGebruiker()).isEqualTo("zorgcoordinator");
        assertThat(formulier.getHandeling()).isEqualTo(AuditRegel.Handeling.LEZEN);
        assertThat(formulier.getTaakId()).isEqualTo(intake.getId());

        AuditRegel versturen = eenRegel(nummer, () -> {
            Http.Antwoord a = vraag(() -> tasklist.post(pad + "/submit-form", INTAKE.formatted("Ouders willen hulp.")));
            assertThat(a.status()).as(a.body()).isEqualTo(204);
        });
        assertThat(versturen.getWat()).isEqualTo("POST /camunda" + pad + "/submit-form");
        assertThat(versturen.getHandeling()).isEqualTo(AuditRegel.Handeling.WIJZIGEN);
        assertThat(versturen.getStatus()).isEqualTo(204);
        assertThat(inzage(nummer)).anySatisfy(r -> assertThat(r.get("wat")).isEqualTo(versturen.getWat()));
    }

    @Test
    void cockpitLeestDeVariabelenVanEenInstantie() throws Exception {
        Task intake = intake();
        Webapp cockpit = new Webapp(port);
        assertThat(cockpit.meldAan("procesbeheer", "demo", "cockpit")).isEqualTo(200);

        // As Cockpit's variable tab asks: the instance's id in the query body.
        AuditRegel variabelen = eenRegel(nummer, () -> {
            Http.Antwoord a = vraag(() -> cockpit.post("/api/engine/engine/default/variable-instance?deserializeValues=false",
                    "{\"processInstanceIdIn\": [\"" + intake.getProcessInstanceId() + "\"]}"));
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            assertThat(a.body()).contains("dossierNummer");
        });
        assertThat(variabelen.getGebruiker()).isEqualTo("procesbeheer");
        assertThat(variabelen.getHandeling()).isEqualTo(AuditRegel.Handeling.LEZEN);
        assertThat(variabelen.getWat()).isEqualTo("POST /camunda/api/engine/engine/default/variable-instance?deserializeValues");
        assertThat(inzage(nummer)).anySatisfy(r -> assertThat(r.get("wat")).isEqualTo(variabelen.getWat()));

        // Cockpit's own plugin: the instances of a process, with their business keys.
        AuditRegel instanties = eenRegel(nummer, () -> {
            Http.Antwoord a = vraag(() -> cockpit.post("/api/cockpit/plugin/base/default/process-instance",
                    "{\"processDefinitionId\": \"" + intake.getProcessDefinitionId() + "\", \"businessKey\": \"" + nummer
                            + "\"}"));
            assertThat(a.status()).as(a.body()).isEqualTo(200);
        });
        assertThat(instanties.getWat()).isEqualTo("POST /camunda/api/cockpit/plugin/base/default/process-instance");
    }

    @Test
    void deDossierlijstNoemtElkeLeerlingErin() {
        String ander = nieuwDossier(Testdossiers.nieuw().replace("Sam", "Noor"));
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
        String nieuw = nieuwDossier(Testdossiers.nieuw().replace("Sam", "Mees"));
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
        nl.eenplan.groeidocument.Groeidocumenten.ondertekend(http().als("zorgcoordinator"), nummer);
        Http.Antwoord aanvraag = http().als("zorgcoordinator").post("/api/taken/" + taak + "/voltooien", """
                {"onderwijsdeel": "ARRANGEMENT", "onderwijs": "Kleine klas.", "perspectief": "Regulier vo.",
                 "doelen": ["Leest op niveau"], "aanmeldingOntvangenOp": "%s"}""".formatted(vandaag()));
        assertThat(aanvraag.status()).as(aanvraag.body()).isEqualTo(204);
        Long arrangement = arrangementen.vanDossier(nummer).get(0).id();
        geweigerd("swvAmersfoort", "/api/arrangementen/" + arrangement);
    }

    @Test
    void eenGeweigerdeEscalatieNoemtHaarDossier() {
        Long escalatie = leerplicht.escaleer(nummer, Reden.LANGDURIG_VERZUIM, "4 weken niet op school.", "test").getId();
        geweigerd("leerplichtAmersfoort", "/api/escalaties/" + escalatie);
    }

    @Test
    void eenAuditregelBevatGeenVrijeTekstUitHetVerzoek() throws Exception {
        String naam = "Wilhelmientje";
        String eigen = nieuwDossier(Testdossiers.nieuw().replace("Jansen", naam));
        String verslag = "Vader drinkt sinds de scheiding";
        Http zc = http().als("zorgcoordinator");

        // Free text in bodies and query values, through EenPlan's API, /engine-rest and Tasklist; a refused
        // completion and a valid one.
        assertThat(http().als("mentor").post("/api/dossiers/" + eigen + "/aanmeldingen",
                Testdossiers.AANMELDING.replace("Extra instructie in de klas", verslag)).status()).isEqualTo(201);
        Task intake = taskService.createTaskQuery().processInstanceBusinessKey(eigen).taskDefinitionKey("intake")
                .singleResult();
        assertThat(zc.get("/api/dossiers/" + eigen + "?notitie=" + verslag.replace(" ", "%20")).status()).isEqualTo(200);
        assertThat(zc.get("/engine-rest/task?processInstanceBusinessKey=" + eigen + "&description="
                + verslag.replace(" ", "%20")).status()).isEqualTo(200);
        assertThat(zc.post("/engine-rest/task", "{\"processInstanceBusinessKey\": \"" + eigen + "\", \"nameLike\": \""
                + verslag + "\"}").status()).isEqualTo(200);
        assertThat(zc.post("/engine-rest/task/" + intake.getId() + "/complete",
                "{\"variables\": {\"verslag\": {\"value\": \"" + verslag + "\"}}}").status()).isEqualTo(400);
        Webapp tasklist = new Webapp(port);
        tasklist.meldAan("zorgcoordinator", "demo", "tasklist");
        assertThat(tasklist.post("/api/engine/engine/default/task/" + intake.getId() + "/submit-form",
                INTAKE.formatted(verslag)).status()).isEqualTo(204);

        List<AuditRegel> regels = audit.voorDossier(eigen);
        assertThat(regels).hasSize(7);
        assertThat(regels).extracting(AuditRegel::getWat).contains("GET /api/dossiers/" + eigen + "?notitie",
                "GET /engine-rest/task?processInstanceBusinessKey&description", "POST /engine-rest/task");
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

    /** The intake task of a referral for the test's pupil. */
    private Task intake() {
        return aanmelden(nummer);
    }

    private Task aanmelden(String dossier) {
        assertThat(http().als("mentor").post("/api/dossiers/" + dossier + "/aanmeldingen", Testdossiers.AANMELDING).status())
                .isEqualTo(201);
        return taskService.createTaskQuery().processInstanceBusinessKey(dossier).taskDefinitionKey("intake").singleResult();
    }

    /** A webapp request; its checked exceptions as unchecked, for use inside {@link #eenRegel}. */
    private static <T> T vraag(WebappVraag<T> vraag) {
        try {
            return vraag.stuur();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private interface WebappVraag<T> {
        T stuur() throws Exception;
    }
}
