package nl.eenplan.overdracht;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.TweedeGemeente;
import nl.eenplan.aanmelding.Overdrachten;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.engine.Routering;
import nl.eenplan.modelcontrole.Procesvariabelen;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * A zorgcoördinator leaves school 99ZZ00: a colleague hands their open dossiers there and their open tasks for those
 * pupils to another zorgcoördinator of the school, over {@code POST /api/scholen/{brin}/overdracht}. What moves (the
 * dossiers, the tasks assigned to the one who leaves, the routing fact of the running processes, so a later step finds
 * the successor), what stays (the group's tasks, the other school's dossiers, closed dossiers, other owners' dossiers),
 * a task the successor does not do (back to its group), who may and may not, what the audit log and the pupil's page
 * say, and a task changed at the same moment.
 */
class OverdrachtIT extends IntegratieTest {

    private static final String SCHOOL = "99ZZ00";
    private static final AtomicInteger VOLGNUMMER = new AtomicInteger();

    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;
    @Autowired
    SchoolService scholen;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transacties;
    @Autowired
    IdentityService identityService;
    @Autowired
    DossierService dossiers;

    /** The zorgcoördinator who leaves (works at both demo schools) and the colleague who takes over (99ZZ00 only). */
    String vertrekt;
    String opvolger;

    @BeforeEach
    void tweeZorgcoordinatoren() {
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        int n = VOLGNUMMER.incrementAndGet();
        vertrekt = "zcVertrekt" + n;
        opvolger = "zcOpvolger" + n;
        gebruikers.maakAlsNieuw(vertrekt, "Vera", "Vertrek", "demo", Groepen.ZORGCOORDINATOR);
        gebruikers.maakAlsNieuw(opvolger, "Olaf", "Opvolger", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool(vertrekt, SCHOOL);
        organisaties.voegToeAanSchool(vertrekt, "99YY00");
        organisaties.voegToeAanSchool(opvolger, SCHOOL);
    }

    @Test
    void dossiersTakenEnDeZorgcoordinatorVanLopendeProcessenGaanNaarDeCollega() {
        // Two open dossiers of the one who leaves: one in an MDO whose planning they took, one with an intake nobody took.
        String inMdo = dossierVan(vertrekt, SCHOOL);
        String metIntake = dossierVan(vertrekt, SCHOOL);
        String andereSchool = dossierVan(vertrekt, "99YY00");
        String gesloten = dossierVan(vertrekt, SCHOOL);
        assertThat(zc().post("/api/dossiers/" + gesloten + "/sluiten", "{\"reden\": \"Verhuisd\"}").status())
                .isEqualTo(200);
        String vanEenAnder = dossierVan("zorgcoordinator", SCHOOL);

        naarHetMdo(inMdo);
        Task plannen = taak(inMdo, "plannen");
        assertThat(als(vertrekt).post("/api/taken/" + plannen.getId() + "/toewijzen", "{\"aan\": \"" + vertrekt + "\"}")
                .status()).isEqualTo(204);
        assertThat(http().als("mentor").post("/api/dossiers/" + metIntake + "/aanmeldingen", Testdossiers.AANMELDING)
                .status()).isEqualTo(201);
        assertThat(zorgcoordinatorIn(inMdo)).as("aanmelding en MDO noemen wie vertrekt").containsOnly(vertrekt);

        Http.Antwoord overdracht = zc().post(overdracht(SCHOOL), verzoek(vertrekt, opvolger));

        assertThat(overdracht.status()).as(overdracht.body()).isEqualTo(200);
        JsonNode o = overdracht.json();
        assertThat(o.get("dossiers").asInt()).isEqualTo(2);
        assertThat(o.get("taken").asInt()).isEqualTo(1);
        assertThat(o.get("takenTerugNaarGroep").asInt()).isZero();
        assertThat(StreamSupport.stream(o.get("dossierNummers").spliterator(), false).map(JsonNode::asText))
                .containsExactly(inMdo, metIntake);
        for (String nummer : List.of(inMdo, metIntake)) {
            assertThat(eigenaar(nummer)).isEqualTo(opvolger);
        }
        assertThat(eigenaar(andereSchool)).as("dossier bij de andere school").isEqualTo(vertrekt);
        assertThat(eigenaar(gesloten)).as("gesloten dossier").isEqualTo(vertrekt);
        assertThat(eigenaar(vanEenAnder)).as("dossier van een andere zorgcoördinator").isEqualTo("zorgcoordinator");

        // The task that was theirs is the successor's; the intake nobody took stays with the group.
        assertThat(taskService.createTaskQuery().taskId(plannen.getId()).singleResult().getAssignee()).isEqualTo(opvolger);
        Task intake = taak(metIntake, "intake");
        assertThat(intake.getAssignee()).isNull();
        assertThat(taskService.getIdentityLinksForTask(intake.getId())).extracting(IdentityLink::getGroupId)
                .contains(Groepen.ZORGCOORDINATOR);
        assertThat(zorgcoordinatorIn(inMdo)).as("aanmelding en MDO noemen de opvolger").containsOnly(opvolger);
        assertThat(zorgcoordinatorIn(metIntake)).containsOnly(opvolger);

        // A later step reads the routing fact: the MDO's invitation to send goes to the successor.
        Http.Antwoord gepland = als(opvolger).post("/api/taken/" + plannen.getId() + "/voltooien", """
                {"datum": "%s", "locatie": "Lokaal 12", "deelnemers": []}"""
                .formatted(vandaag().plusDays(7).atTime(15, 0)));
        assertThat(gepland.status()).as(gepland.body()).isEqualTo(204);
        assertThat(onderwerpen(opvolger)).anyMatch(m -> m.startsWith("Nodig uit voor het MDO"))
                .anyMatch(m -> m.startsWith("Werk van " + vertrekt + " overgenomen"));
        assertThat(onderwerpen(vertrekt)).noneMatch(m -> m.startsWith("Nodig uit voor het MDO"));
        assertThat(als(opvolger).get("/api/meldingen").body()).contains("/leerlingen", "2 dossiers", "1 open taak")
                .doesNotContain("/api/");

        // Every dossier that moved names this request in its audit log; the pupil's page says who handed it to whom.
        for (String nummer : List.of(inMdo, metIntake)) {
            assertThat(audit.voorDossier(nummer)).anySatisfy(r -> {
                assertThat(r.getWat()).isEqualTo("POST /api/scholen/" + SCHOOL + "/overdracht");
                assertThat(r.getGebruiker()).isEqualTo("zorgcoordinator");
                assertThat(r.getStatus()).isEqualTo(200);
            });
        }
        assertThat(audit.voorDossier(andereSchool)).noneMatch(r -> r.getWat().contains("/overdracht"));
        assertThat(zc().metKop("Accept", "text/html").get("/leerlingen/" + metIntake).body())
                .contains("Dossier overgedragen van " + vertrekt + " aan " + opvolger, "door zorgcoordinator");

        // Again: nothing is left to hand over.
        JsonNode nogEens = zc().post(overdracht(SCHOOL), verzoek(vertrekt, opvolger)).json();
        assertThat(nogEens.get("dossiers").asInt()).isZero();
        assertThat(nogEens.get("taken").asInt()).isZero();
    }

    @Test
    void alleenNaarEenZorgcoordinatorVanDezeSchoolEnAlleenDoorEenCollega() {
        String nummer = dossierVan(vertrekt, SCHOOL);

        assertThat(fout(zc().post(overdracht(SCHOOL), verzoek(vertrekt, "zorgcoordinatorAmersfoort")), "naar"))
                .contains("werkt daar niet");
        assertThat(fout(zc().post(overdracht(SCHOOL), verzoek(vertrekt, "mentor")), "naar"))
                .contains("groep zorgcoördinatoren");
        assertThat(fout(zc().post(overdracht(SCHOOL), verzoek(vertrekt, "bestaatNiet")), "naar"))
                .isEqualTo("Er is geen gebruiker 'bestaatNiet'.");
        assertThat(fout(zc().post(overdracht(SCHOOL), verzoek(vertrekt, vertrekt)), "naar"))
                .startsWith("Kies een andere collega dan " + vertrekt);
        Http.Antwoord leeg = zc().post(overdracht(SCHOOL), "{}");
        assertThat(fout(leeg, "van")).isEqualTo("Kies de collega van wie je het werk overdraagt.");
        assertThat(fout(leeg, "naar")).isEqualTo("Kies de collega die het werk overneemt.");

        // A zorgcoördinator of another school, a mentor, a school that does not exist.
        assertThat(http().als("zorgcoordinatorAmersfoort").post(overdracht(SCHOOL), verzoek(vertrekt, opvolger))
                .status()).isEqualTo(403);
        assertThat(http().als("mentor").post(overdracht(SCHOOL), verzoek(vertrekt, opvolger)).status()).isEqualTo(403);
        assertThat(zc().post(overdracht("00XX00"), verzoek(vertrekt, opvolger)).status()).isEqualTo(404);
        // The page /overdracht: the same checks, as a page; the message at its field.
        Http.Antwoord pagina = zc().metKop("Accept", "text/html").post("/overdracht",
                "application/x-www-form-urlencoded", "school=" + SCHOOL + "&van=" + vertrekt + "&naar=" + vertrekt);
        assertThat(pagina.status()).isEqualTo(400);
        assertThat(pagina.body()).contains("id=\"naar-fout\"", "Kies een andere collega dan " + vertrekt,
                "aria-invalid=\"true\"");
        assertThat(http().als("zorgcoordinatorAmersfoort").metKop("Accept", "text/html")
                .get("/overdracht?school=" + SCHOOL + "&van=" + vertrekt + "&naar=" + opvolger).status()).isEqualTo(403);
        assertThat(http().als("zorgcoordinatorAmersfoort").metKop("Accept", "text/html").post("/overdracht",
                "application/x-www-form-urlencoded", "school=" + SCHOOL + "&van=" + vertrekt + "&naar=" + opvolger)
                .status()).isEqualTo(403);
        assertThat(eigenaar(nummer)).as("niets overgedragen").isEqualTo(vertrekt);

        // The one who leaves may hand over their own work; an application administrator at any school.
        assertThat(als(vertrekt).post(overdracht("99YY00"), verzoek(vertrekt, "zorgcoordinator")).status())
                .isEqualTo(200);
        Http.Antwoord beheerder = http().als("demo").post(overdracht(SCHOOL), verzoek(vertrekt, opvolger));
        assertThat(beheerder.status()).as(beheerder.body()).isEqualTo(200);
        assertThat(beheerder.json().get("dossiers").asInt()).isEqualTo(1);
        assertThat(eigenaar(nummer)).isEqualTo(opvolger);

        // After its retention the dossier goes with its hand-overs.
        assertThat(zc().post("/api/dossiers/" + nummer + "/sluiten", "{\"reden\": \"Verhuisd\"}").status()).isEqualTo(200);
        dossiers.verwijder(nummer);
        assertThat(jdbc.queryForObject("select count(*) from dossier_overdracht where van = ?", Long.class, vertrekt))
                .isZero();
    }

    @Test
    void eenTaakDieDeOpvolgerNietDoetGaatTerugNaarHaarGroep() {
        // The one who leaves is also a mentor and took the MDO's growth document, a mentor's task.
        identityService.createMembership(vertrekt, Groepen.MENTOR);
        String nummer = dossierVan(vertrekt, SCHOOL);
        Map<String, Object> variabelen = Routering.variabelen(dossiers.routeringsgegevens(nummer));
        variabelen.put(Procesvariabelen.VERZUIM, false);
        runtimeService.startProcessInstanceByKey("mdo", nummer, variabelen);
        voltooi(vertrekt, taak(nummer, "plannen"), """
                {"datum": "%s", "locatie": "Lokaal 12", "deelnemers": []}"""
                .formatted(vandaag().plusDays(7).atTime(15, 0)));
        Task groeidocument = taak(nummer, "groeidocument");
        assertThat(als(vertrekt).post("/api/taken/" + groeidocument.getId() + "/toewijzen",
                "{\"aan\": \"" + vertrekt + "\"}").status()).isEqualTo(204);

        JsonNode o = zc().post(overdracht(SCHOOL), verzoek(vertrekt, opvolger)).json();

        assertThat(o.get("dossiers").asInt()).isEqualTo(1);
        assertThat(o.get("taken").asInt()).isZero();
        assertThat(o.get("takenTerugNaarGroep").asInt()).isEqualTo(1);
        assertThat(taak(nummer, "groeidocument").getAssignee()).as("terug bij de mentoren").isNull();
        assertThat(zorgcoordinatorIn(nummer)).containsOnly(opvolger);
    }

    @Test
    void eenTaakDieTegelijkVerandertLaatGeenHalveOverdrachtAchter() throws Exception {
        String nummer = dossierVan(vertrekt, SCHOOL);
        assertThat(http().als("mentor").post("/api/dossiers/" + nummer + "/aanmeldingen", Testdossiers.AANMELDING)
                .status()).isEqualTo(201);
        Task intake = taak(nummer, "intake");
        als(vertrekt).post("/api/taken/" + intake.getId() + "/toewijzen", "{\"aan\": \"" + vertrekt + "\"}");

        // Another transaction changes the task and holds it until the hand-over waits for it: the hand-over's first
        // run is refused as a whole, the second finds the task as it is now and hands everything over.
        DefaultTransactionDefinition apart = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        ExecutorService draad = Executors.newSingleThreadExecutor();
        try {
            TransactionStatus tegelijk = transacties.getTransaction(apart);
            jdbc.update("update ACT_RU_TASK set REV_ = REV_ + 1 where ID_ = ?", intake.getId());
            Future<Http.Antwoord> overdracht = draad.submit(() -> zc().post(overdracht(SCHOOL), verzoek(vertrekt, opvolger)));
            wachtOpEenWachtendeTransactie(overdracht);
            transacties.commit(tegelijk);
            Http.Antwoord antwoord = overdracht.get(2, TimeUnit.MINUTES);
            assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
            assertThat(antwoord.json().get("taken").asInt()).isEqualTo(1);
        } finally {
            draad.shutdownNow();
        }
        assertThat(eigenaar(nummer)).isEqualTo(opvolger);
        assertThat(taak(nummer, "intake").getAssignee()).isEqualTo(opvolger);
        assertThat(zorgcoordinatorIn(nummer)).containsOnly(opvolger);
        assertThat(jdbc.queryForObject("select count(*) from dossier_overdracht o join dossier d on d.id = o.dossier_id "
                + "where o.van = ?", Long.class, vertrekt)).as("één keer vastgelegd, niet per poging").isEqualTo(1);
    }

    /** Until the database reports a session waiting for a lock (the hand-over, at the task's row), at most a minute. */
    private void wachtOpEenWachtendeTransactie(Future<?> overdracht) throws InterruptedException {
        boolean postgres;
        try (var verbinding = dataSource.getConnection()) {
            postgres = verbinding.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        String wachtend = postgres ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                : "select count(*) from information_schema.sessions where blocker_id is not null";
        for (int i = 0; i < 3000 && !overdracht.isDone(); i++) {
            if (jdbc.queryForObject(wachtend, Long.class) > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("De overdracht wachtte niet op de taak: " + (overdracht.isDone() ? "al klaar" : "te traag"));
    }

    /** Triage to the MDO: earlier support and consent for the ondersteuningsteam; the MDO starts as a job. */
    private void naarHetMdo(String nummer) {
        for (String wie : List.of("OUDERS", "LEERLING")) {
            assertThat(zc().post("/api/dossiers/" + nummer + "/toestemmingen",
                    "{\"scope\": \"ONDERSTEUNINGSTEAM\", \"gegevenDoor\": \"" + wie + "\", \"vorm\": \"GESPREK\"}").status())
                    .isEqualTo(wie.equals("OUDERS") ? 201 : 400); // AVG art. 8: under 16 the parents decide
        }
        assertThat(http().als("mentor").post("/api/dossiers/" + nummer + "/aanmeldingen", """
                {"categorieen": ["GEDRAG"], "urgentie": "HOOG", "alGeprobeerd": "Time-outs.", "eerdereOndersteuning": true}""")
                .status()).isEqualTo(201);
        voltooi(vertrekt, taak(nummer, "intake"), """
                {"verslag": "Gesprek met ouders.", "gesprekOudersGevoerd": true, "gesprekLeerlingGevoerd": true,
                 "signalenOnveiligheid": false}""");
        voltooi(vertrekt, taak(nummer, "toestemmingVragen"), "{\"gegeven\": []}");
        Overdrachten.voerUit(runtimeService, managementService, nummer);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("mdo").processInstanceBusinessKey(nummer)
                .count()).as("MDO gestart vanuit de aanmelding").isEqualTo(1);
    }

    private void voltooi(String gebruiker, Task taak, String invoer) {
        Http.Antwoord a = als(gebruiker).post("/api/taken/" + taak.getId() + "/voltooien", invoer);
        assertThat(a.status()).as(a.body()).isEqualTo(204);
    }

    private Task taak(String nummer, String stap) {
        return taskService.createTaskQuery().processInstanceBusinessKey(nummer).taskDefinitionKey(stap).singleResult();
    }

    /** The routing fact zorgcoordinator in every running process of the pupil (called ones too). */
    private List<Object> zorgcoordinatorIn(String nummer) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nummer).list().stream()
                .map(p -> runtimeService.getVariable(p.getId(), "zorgcoordinator")).toList();
    }

    private List<String> onderwerpen(String gebruiker) {
        return StreamSupport.stream(als(gebruiker).get("/api/meldingen").json().spliterator(), false)
                .map(m -> m.get("onderwerp").asText()).toList();
    }

    private String dossierVan(String zorgcoordinator, String school) {
        String dossier = Testdossiers.vanZorgcoordinator(Testdossiers.nieuw().replace("99ZZ00", school), zorgcoordinator);
        Http.Antwoord geopend = (zorgcoordinator.equals("zorgcoordinator") ? zc() : als(zorgcoordinator))
                .post("/api/dossiers", dossier);
        assertThat(geopend.status()).as(geopend.body()).isEqualTo(201);
        return geopend.json().get("nummer").asText();
    }

    private String eigenaar(String nummer) {
        return zc().get("/api/dossiers/" + nummer).json().get("zorgcoordinator").asText();
    }

    private static String fout(Http.Antwoord antwoord, String veld) {
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(400);
        for (JsonNode f : antwoord.json().get("fouten")) {
            if (f.get("veld").asText().equals(veld)) {
                return f.get("melding").asText();
            }
        }
        throw new AssertionError("Geen fout bij veld " + veld + ": " + antwoord.body());
    }

    private static String overdracht(String school) {
        return "/api/scholen/" + school + "/overdracht";
    }

    private static String verzoek(String van, String naar) {
        return "{\"van\": \"" + van + "\", \"naar\": \"" + naar + "\"}";
    }

    private Http zc() {
        return http().als("zorgcoordinator");
    }

    private Http als(String gebruiker) {
        return http().als(gebruiker);
    }
}
