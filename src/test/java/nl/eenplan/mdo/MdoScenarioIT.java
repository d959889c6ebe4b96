package nl.eenplan.mdo;

import static nl.eenplan.Tijd.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.StringReader;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import nl.eenplan.Http;
import nl.eenplan.ScenarioTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.TweedeGemeente;
import nl.eenplan.dossier.Afspraak;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.DossierView;
import nl.eenplan.dossier.NieuweToestemming;
import nl.eenplan.dossier.Toestemming;
import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.engine.Termijnconventie;
import nl.eenplan.groeidocument.Groeidocumenten;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.melding.MeldingView;
import nl.eenplan.termijn.EscalatieService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scenarios of process "mdo" for a pupil of 12 with one parent, started on Monday 2 November 2026:
 * planning with the right participants, the invitation and its .ics, parents present or not, zero,
 * one or many agreements each followed up by its owner (done, cancelled, overdue: its own reminder and escalation,
 * recorded and sent), and the evaluation each way. The model's paths and every task's reminder and escalation on
 * their own, without the web stack: MdoModelTest.
 */
@ScenarioTest.Model("mdo")
class MdoScenarioIT extends ScenarioTest {

    static final String PLANNING = "{\"datum\": \"2026-11-12T15:00\", \"locatie\": \"Lokaal 12\"}";

    @Autowired
    nl.eenplan.audit.AuditLog audit;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    MdoService mdoService;
    @Autowired
    DossierService dossiers;
    @Autowired
    ToestemmingService toestemmingen;
    @Autowired
    MeldingService meldingen;
    @Autowired
    EscalatieService escalaties;
    @Autowired
    nl.eenplan.dossier.SchoolService scholen;
    @Autowired
    nl.eenplan.organisatie.Organisaties organisaties;
    @Autowired
    nl.eenplan.security.GebruikerService gebruikers;

    String nummer;
    ProcessInstance mdo;

    @BeforeEach
    void gegevenEenMdoNodigOpMaandag2November2026() {
        ClockUtil.setCurrentTime(moment(2026, 11, 2, 10, 0));
        nummer = zc().post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
    }

    @Test
    void eenOuderZonderGezagOfMetEenRechterlijkeBeperkingWordtNietUitgenodigd_BW_1_377c() {
        assertThat(zc().post("/api/dossiers/" + nummer + "/ouders", """
                {"naam": "Bram Jansen", "relatie": "OUDER", "gezag": false, "email": "bram@example.nl"}""").status())
                .isEqualTo(201);
        assertThat(zc().post("/api/dossiers/" + nummer + "/ouders", """
                {"naam": "Carla Jansen", "relatie": "VERZORGER", "gezag": true, "informatieBeperkt": true}""").status())
                .isEqualTo(201);
        start(false);
        assertThat(voltooi(taak("plannen"), PLANNING).status()).isEqualTo(204);
        assertThat(mdoService.vanDossier(nummer).get(0).deelnemers()).extracting(MdoView.DeelnemerView::naam)
                .contains("Anna Jansen").doesNotContain("Bram Jansen", "Carla Jansen");
    }

    @Test
    void plannenBinnenDeTermijnMetOudersEnLeerlingAltijdErbij() {
        start(false);
        Task plannen = taak("plannen");
        // 3 weeks after the referral: Monday 23 November, end of day.
        assertThat(plannen.getDueDate()).isEqualTo(moment(2026, 11, 23, 23, 59, 59));

        Http.Antwoord teLaat = voltooi(plannen, "{\"datum\": \"2026-11-25T15:00\", \"locatie\": \"Lokaal 12\"}");
        assertThat(teLaat.status()).isEqualTo(400);
        assertThat(teLaat.json().at("/fouten/0/melding").asText()).contains("uiterlijk op 2026-11-23");
        Http.Antwoord zonderToestemming = voltooi(plannen, """
                {"datum": "2026-11-12T15:00", "locatie": "Lokaal 12",
                 "deelnemers": [{"rol": "JEUGDHULP"}, {"rol": "LEERPLICHT"}, {"rol": "OUDERS"}]}""");
        assertThat(zonderToestemming.status()).isEqualTo(400);
        assertThat(zonderToestemming.json().get("fouten").toString())
                .contains("Geen toestemming voor jeugdhulp", "Geen toestemming voor leerplicht in het MDO",
                        "altijd uitgenodigd");
        assertThat(mdo).isWaitingAt("plannen");
        // Consent follows who receives the invitation, whatever the role is called.
        Http.Antwoord omweg = voltooi(plannen, """
                {"datum": "2026-11-12T15:00", "locatie": "Lokaal 12",
                 "deelnemers": [{"rol": "SCHOOL", "naam": "Wijkteam", "groep": "jeugdhulp"},
                                {"rol": "DESKUNDIGE", "gebruiker": "jeugdhulp"}]}""");
        assertThat(omweg.status()).isEqualTo(400);
        assertThat(omweg.json().get("fouten")).hasSize(2);

        assertThat(voltooi(plannen, PLANNING).status()).isEqualTo(204);
        MdoView gepland = mdoService.vanDossier(nummer).get(0);
        assertThat(gepland.datum()).isEqualTo(moment(2026, 11, 12, 15, 0).toInstant());
        assertThat(gepland.deelnemers()).extracting(MdoView.DeelnemerView::rol)
                .containsExactly(Rol.OUDERS, Rol.LEERLING, Rol.MENTOR);
        assertThat(gepland.deelnemers()).allSatisfy(d -> assertThat(d.uitgenodigdOp()).isNotNull());
        assertThat(meldingen.voor("mentor", List.of("mentor"), false)).anySatisfy(m ->
                assertThat(m.onderwerp()).contains("Uitnodiging MDO").contains(nummer));
        assertThat(meldingen.voor("zorgcoordinator", List.of(), false)).anySatisfy(m ->
                assertThat(m.tekst()).contains("Anna Jansen <anna@example.nl>", "uitnodiging.ics"));
        // Preparing and waiting side by side; the groeidocument 2 werkdagen before the meeting.
        assertThat(mdo).isWaitingAt("groeidocument", "mdoMoment");
        assertThat(taak("groeidocument").getDueDate()).isEqualTo(moment(2026, 11, 10, 23, 59, 59));
        assertThat(taak("groeidocument")).hasCandidateGroup("mentor");
        assertThat(timer(mdo, "mdoMoment").getDuedate()).isEqualTo(moment(2026, 11, 12, 15, 0));
    }

    @Test
    void leerplichtAlleenMetToestemming_ookBijVerzuim_AVG_art_6() {
        geefToestemming(Toestemming.Scope.JEUGDHULP);
        start(true);
        assertThat(voltooi(taak("plannen"), """
                {"datum": "2026-11-12T15:00", "locatie": "Lokaal 12"}""").status()).isEqualTo(204);
        // Verzuim plays a role, but without consent for leerplicht in the MDO leerplicht is not invited.
        assertThat(mdoService.vanDossier(nummer).get(0).deelnemers()).extracting(MdoView.DeelnemerView::rol)
                .doesNotContain(Rol.LEERPLICHT);
        assertThat(meldingen.voor("leerplicht", List.of("leerplicht"), false))
                .noneSatisfy(m -> assertThat(m.dossierNummer()).isEqualTo(nummer));
    }

    @Test
    void jeugdhulpMetToestemmingEnLeerplichtBijVerzuim() {
        geefToestemming(Toestemming.Scope.JEUGDHULP);
        // Leerplicht hears care details in the MDO: consent of the parents with gezag (AVG, under 16).
        toestemmingen.geef(nummer, new NieuweToestemming(Toestemming.Scope.LEERPLICHT, Toestemming.GegevenDoor.OUDERS,
                null, Toestemming.Vorm.PAPIER, null, null), "zorgcoordinator");
        start(true);
        assertThat(voltooi(taak("plannen"), """
                {"datum": "2026-11-12T15:00", "locatie": "Lokaal 12",
                 "deelnemers": [{"rol": "JEUGDHULP", "naam": "Wijkteam Noord"}, {"rol": "JGZ", "naam": "Jeugdarts"}]}""")
                .status()).isEqualTo(204);
        assertThat(mdoService.vanDossier(nummer).get(0).deelnemers()).extracting(MdoView.DeelnemerView::rol)
                .containsExactly(Rol.OUDERS, Rol.LEERLING, Rol.MENTOR, Rol.LEERPLICHT, Rol.JEUGDHULP, Rol.JGZ);
        // The invitation shows the basis of each participant from outside the school.
        assertThat(mdoService.vanDossier(nummer).get(0).deelnemers()).filteredOn(d -> d.rol() == Rol.LEERPLICHT)
                .singleElement().satisfies(d -> assertThat(d.grondslag()).contains("toestemming", "Anna Jansen"));
        assertThat(mdoService.vanDossier(nummer).get(0).deelnemers()).filteredOn(d -> d.rol() == Rol.JGZ)
                .singleElement().satisfies(d -> assertThat(d.grondslag()).contains("Jeugdwet", "de leerling"));
        assertThat(meldingen.voor("leerplicht", List.of("leerplicht"), false))
                .anySatisfy(m -> assertThat(m.onderwerp()).contains("Uitnodiging MDO"))
                // The invitation names the basis, not who consented.
                .anySatisfy(m -> assertThat(m.tekst()).contains("op grond van toestemming (AVG art. 6 lid 1 onder a")
                        .doesNotContain("Anna Jansen"));
        // The invitation links to the agenda item: the invited leerplichtambtenaar may open it, one of another
        // gemeente may not (it does not exist for them).
        Long id = mdoService.vanDossier(nummer).get(0).id();
        // The notification names the agenda item under the pupil's page in EenPlan, not the API.
        String opPagina = "/leerlingen/" + nummer + "/mdo/" + id + "/uitnodiging.ics";
        assertThat(meldingen.voor("leerplicht", List.of("leerplicht"), false))
                .filteredOn(m -> m.onderwerp().contains("Uitnodiging MDO") && nummer.equals(m.dossierNummer())).isNotEmpty()
                .allSatisfy(m -> assertThat(m.tekst()).contains(opPagina).doesNotContain("/api"));
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        for (String ics : List.of("/api/dossiers/" + nummer + "/mdo/" + id + "/uitnodiging.ics", opPagina)) {
            assertThat(http().als("leerplicht").get(ics).status()).as(ics).isEqualTo(200);
            assertThat(http().als("leerplichtAmersfoort").get(ics).status()).as(ics).isEqualTo(404);
            assertThat(http().als("zorgcoordinatorAmersfoort").get(ics).status()).as(ics).isEqualTo(404);
        }
    }

    @Test
    void deUitnodigingIsEenGeldigAgendaItem() throws Exception {
        start(false);
        voltooi(taak("plannen"), PLANNING);
        Long id = mdoService.vanDossier(nummer).get(0).id();

        Http.Antwoord ics = zc().get("/api/dossiers/" + nummer + "/mdo/" + id + "/uitnodiging.ics");
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.contentType()).startsWith("text/calendar");
        Calendar kalender = new CalendarBuilder().build(new StringReader(ics.body()));
        kalender.validate();
        VEvent event = kalender.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(ZonedDateTime.from(event.getDateTimeStart().getDate()).toInstant())
                .isEqualTo(moment(2026, 11, 12, 15, 0).toInstant());
        assertThat(event.getLocation().getValue()).isEqualTo("Lokaal 12");
        assertThat(event.getSummary().getValue()).isEqualTo("MDO dossier " + nummer);
        // The agenda item carries no care details, and sends no one to the API.
        assertThat(ics.body()).doesNotContain("Jansen").doesNotContain("/api").contains("/leerlingen/" + nummer);
        // The same download from the pupil's page, with the same audit entry as the API's.
        String opPagina = "/leerlingen/" + nummer + "/mdo/" + id + "/uitnodiging.ics";
        int voor = audit.voorDossier(nummer).size();
        Http.Antwoord vanPagina = zc().get(opPagina);
        assertThat(vanPagina.status()).isEqualTo(200);
        assertThat(vanPagina.contentType()).startsWith("text/calendar");
        assertThat(new CalendarBuilder().build(new StringReader(vanPagina.body())).<VEvent>getComponent("VEVENT")
                .orElseThrow().getSummary().getValue()).isEqualTo("MDO dossier " + nummer);
        assertThat(audit.voorDossier(nummer)).hasSize(voor + 1).last()
                .satisfies(r -> assertThat(r.getWat()).isEqualTo("GET " + opPagina));
        assertThat(zc().get("/leerlingen/" + nummer + "/mdo/999999/uitnodiging.ics").status()).isEqualTo(404);
        assertThat(zc().get("/api/dossiers/" + nummer + "/mdo/999999/uitnodiging.ics").status()).isEqualTo(404);
        // Leerplicht was not invited to this MDO (no verzuim): for them it does not exist.
        assertThat(http().als("leerplicht").get("/api/dossiers/" + nummer + "/mdo/" + id + "/uitnodiging.ics")
                .status()).isEqualTo(404);
    }

    @Test
    void oudersAfwezigEnGeenAfsprakenDanMeteenNaarDeEvaluatie() {
        start(false);
        naarVerslag();
        assertThat(voltooi(taak("verslag"), """
                {"verslag": "Ouders afgemeld; besproken met de leerling.", "oudersAanwezig": false,
                 "leerlingAanwezig": true}""").status()).isEqualTo(204);

        assertThat(mdo).hasPassed("afsprakenGemaakt", "afsprakenAfgerond").hasNotPassed("afspraakOpvolgen")
                .isWaitingAt("evaluatiemoment");
        MdoView gehouden = mdoService.vanDossier(nummer).get(0);
        assertThat(gehouden.oudersAanwezig()).isFalse();
        assertThat(gehouden.deelnemers()).filteredOn(d -> d.rol() == Rol.OUDERS)
                .allSatisfy(d -> assertThat(d.aanwezig()).isFalse());
        // Six weeks after the meeting: Thursday 24 December 2026, end of day.
        assertThat(timer(mdo, "evaluatiemoment").getDuedate()).isEqualTo(moment(2026, 12, 24, 23, 59, 59));
    }

    @Test
    void elkeAfspraakWordtOpgevolgdTotGedaanOfVervallenMetReden() {
        geefToestemming(Toestemming.Scope.JEUGDHULP);
        start(false);
        naarVerslag();
        assertThat(voltooi(taak("verslag"), """
                {"verslag": "Samen met ouders besproken.", "oudersAanwezig": true, "leerlingAanwezig": true,
                 "nieuweDoelen": ["Sam gaat weer met plezier naar school"],
                 "afspraken": [
                   {"wat": "Dagelijks check-in met Sam", "eigenaar": "mentor", "deadline": "2026-11-27"},
                   {"wat": "Gezinsgesprek plannen", "eigenaar": "jeugdhulp", "groep": true, "deadline": "2026-12-04"},
                   {"wat": "Ouders bellen over de voortgang", "eigenaar": "zorgcoordinator", "deadline": "2026-12-11"}]}""")
                .status()).isEqualTo(204);

        assertThat(mdo).isWaitingAt("afspraakUitvoeren");
        List<Task> afspraken = taskService.createTaskQuery().processInstanceId(mdo.getId())
                .taskDefinitionKey("afspraakUitvoeren").orderByDueDate().asc().list();
        assertThat(afspraken).hasSize(3);
        assertThat(afspraken.get(0)).hasCandidateUser("mentor");
        assertThat(afspraken.get(1)).hasCandidateGroup("jeugdhulp");
        assertThat(afspraken.get(2)).hasCandidateUser("zorgcoordinator");
        // Each its own due date (the agreement's), not the MDO's.
        assertThat(afspraken.get(0).getDueDate()).isEqualTo(moment(2026, 11, 27, 23, 59, 59));
        assertThat(afspraken.get(1).getDueDate()).isEqualTo(moment(2026, 12, 4, 23, 59, 59));
        DossierView dossier = dossiers.haalOp(nummer);
        assertThat(dossier.doelen()).extracting(DossierView.DoelView::omschrijving)
                .contains("Sam gaat weer met plezier naar school");

        // Done through the API by its owner; cancelled in Tasklist with a reason; the last one done.
        assertThat(http().als("mentor").post("/api/taken/" + afspraken.get(0).getId() + "/voltooien",
                "{\"uitkomst\": \"GEDAAN\"}").status()).isEqualTo(204);
        assertThat(http().als("jeugdhulp").post("/api/taken/" + afspraken.get(1).getId() + "/voltooien",
                "{\"uitkomst\": \"GEANNULEERD\"}").status()).as("vervallen zonder reden").isEqualTo(400);
        complete(afspraken.get(1), withVariables("uitkomst", "GEANNULEERD", "reden", "Overgenomen door het wijkteam."));
        assertThat(mdo).isWaitingAt("afspraakUitvoeren");
        zc().post("/api/taken/" + afspraken.get(2).getId() + "/voltooien", "{\"uitkomst\": \"GEDAAN\"}");

        assertThat(mdo).hasPassed("afspraakOpvolgen").isWaitingAt("evaluatiemoment");
        List<DossierView.AfspraakView> na = mdoService.vanDossier(nummer).get(0).afspraken();
        assertThat(na).extracting(DossierView.AfspraakView::status)
                .containsExactly(Afspraak.Status.GEDAAN, Afspraak.Status.GEANNULEERD, Afspraak.Status.GEDAAN);
        assertThat(na.get(1).annuleerReden()).contains("Overgenomen");
    }

    @Test
    void toestemmingVoorJeugdhulpIngetrokkenDanVervallenDeAfsprakenVanJeugdhulp() {
        geefToestemming(Toestemming.Scope.JEUGDHULP);
        start(false);
        naarVerslag();
        assertThat(voltooi(taak("verslag"), """
                {"verslag": "Samen met ouders besproken.", "oudersAanwezig": true, "leerlingAanwezig": true,
                 "afspraken": [
                   {"wat": "Dagelijks check-in met Sam", "eigenaar": "mentor", "deadline": "2026-11-27"},
                   {"wat": "Gezinsgesprek plannen", "eigenaar": "jeugdhulp", "groep": true, "deadline": "2026-12-04"},
                   {"wat": "Huisbezoek", "eigenaar": "jeugdhulp", "deadline": "2026-12-11"}]}""").status()).isEqualTo(204);
        List<Task> afspraken = taskService.createTaskQuery().processInstanceId(mdo.getId())
                .taskDefinitionKey("afspraakUitvoeren").orderByDueDate().asc().list();
        assertThat(afspraken).hasSize(3);

        // The parents withdraw their consent for jeugdhulp (the pupil is 12: theirs is needed).
        String pad = "/api/dossiers/" + nummer + "/toestemmingen";
        for (var t : zc().get(pad).json().get("toestemmingen")) {
            if (t.get("scope").asText().equals("JEUGDHULP") && t.get("gegevenDoor").asText().equals("OUDERS")) {
                assertThat(zc().post(pad + "/" + t.get("id").asText() + "/intrekken", "{\"vorm\": \"GESPREK\"}").status()).isEqualTo(204);
            }
        }

        // Jeugdhulp's two agreements lapse at once, tasks and all; the mentor's stays.
        assertThat(taskService.createTaskQuery().processInstanceId(mdo.getId()).taskDefinitionKey("afspraakUitvoeren")
                .list()).extracting(Task::getId).containsExactly(afspraken.get(0).getId());
        assertThat(http().als("jeugdhulp").post("/api/taken/" + afspraken.get(1).getId() + "/voltooien",
                "{\"uitkomst\": \"GEDAAN\"}").status()).isEqualTo(404);
        assertThat(mdo).hasPassed("afspraakToestemmingIngetrokken", "afspraakLatenVervallen", "afspraakVervallen");
        List<DossierView.AfspraakView> na = mdoService.vanDossier(nummer).get(0).afspraken();
        assertThat(na).extracting(DossierView.AfspraakView::status)
                .containsExactly(Afspraak.Status.OPEN, Afspraak.Status.GEANNULEERD, Afspraak.Status.GEANNULEERD);
        assertThat(na.get(1).annuleerReden()).contains("toestemming voor jeugdhulp ingetrokken");
        assertThat(meldingen.voor("zorgcoordinator", List.of(), false))
                .anySatisfy(m -> assertThat(m.onderwerp()).contains("Afspraak van jeugdhulp vervallen").contains(nummer));

        // The MDO goes on: once the mentor's agreement is done, to the evaluation.
        assertThat(http().als("mentor").post("/api/taken/" + afspraken.get(0).getId() + "/voltooien",
                "{\"uitkomst\": \"GEDAAN\"}").status()).isEqualTo(204);
        assertThat(mdo).hasPassed("afspraakOpvolgen").isWaitingAt("evaluatiemoment");
    }

    @Test
    void eenAfspraakVoorEenJeugdhulpmedewerkerVraagtToestemming() {
        start(false);
        naarVerslag();
        Http.Antwoord zonder = voltooi(taak("verslag"), """
                {"verslag": "Besproken.", "oudersAanwezig": true, "leerlingAanwezig": true,
                 "afspraken": [{"wat": "Gezinsgesprek", "eigenaar": "jeugdhulp", "deadline": "2026-11-30"}]}""");
        assertThat(zonder.status()).isEqualTo(400);
        assertThat(zonder.json().at("/fouten/0/melding").asText()).contains("geen toestemming voor jeugdhulp");
    }

    @Test
    void eenAfspraakEenTaak() {
        start(false);
        naarVerslag();
        voltooi(taak("verslag"), """
                {"verslag": "Besproken.", "oudersAanwezig": true, "leerlingAanwezig": false,
                 "afspraken": [{"wat": "Huiswerkbegeleiding regelen", "eigenaar": "mentor", "groep": true,
                                "deadline": "2026-11-30"}]}""");
        Task afspraak = taak("afspraakUitvoeren");
        assertThat(afspraak).hasCandidateGroup("mentor");
        assertThat(http().als("mentor").post("/api/taken/" + afspraak.getId() + "/voltooien",
                "{\"uitkomst\": \"GEDAAN\"}").status()).isEqualTo(204);
        assertThat(mdo).hasPassed("afspraakAfgerond").isWaitingAt("evaluatiemoment");
        assertThat(mdoService.vanDossier(nummer).get(0).leerlingAanwezig()).isFalse();
    }

    @Test
    void eenAfspraakDieBlijftLiggenKrijgtHaarEigenHerinneringEnEscalatie() {
        start(false);
        naarVerslag();
        voltooi(taak("verslag"), """
                {"verslag": "Besproken.", "oudersAanwezig": true, "leerlingAanwezig": true,
                 "afspraken": [
                   {"wat": "Rooster aanpassen", "eigenaar": "mentor", "deadline": "2026-11-20"},
                   {"wat": "Ouders bellen", "eigenaar": "zorgcoordinator", "deadline": "2026-11-27"}]}""");
        List<Task> afspraken = taskService.createTaskQuery().processInstanceId(mdo.getId())
                .taskDefinitionKey("afspraakUitvoeren").orderByDueDate().asc().list();
        Task eerste = afspraken.get(0);
        Task tweede = afspraken.get(1);

        // Each task counts from its own agreement's date (termijnVanaf): due that day, reminded 1 werkdag before,
        // and its two timers follow its own dates, not the other agreement's.
        assertThat(eerste.getDueDate()).isEqualTo(moment(2026, 11, 20, 23, 59, 59));
        assertThat(eerste.getFollowUpDate()).isEqualTo(moment(2026, 11, 19, 8, 0));
        assertThat(tweede.getDueDate()).isEqualTo(moment(2026, 11, 27, 23, 59, 59));
        assertThat(tweede.getFollowUpDate()).isEqualTo(moment(2026, 11, 26, 8, 0));
        for (Task afspraak : afspraken) {
            assertThat(termijntimer(afspraak, Termijnconventie.HERINNERING).getDuedate())
                    .isEqualTo(afspraak.getFollowUpDate());
            assertThat(termijntimer(afspraak, Termijnconventie.VERSTREKEN).getDuedate())
                    .isEqualTo(afspraak.getDueDate());
        }

        // The reminder and escalation of the second agreement concern the second task, not the first.
        ClockUtil.setCurrentTime(moment(2026, 11, 26, 8, 0));
        managementService.executeJob(termijntimer(tweede, Termijnconventie.HERINNERING).getId());
        assertThat(meldingen.overTaak(tweede.getId())).extracting(MeldingView::aanGebruiker).containsExactly("zorgcoordinator");
        assertThat(meldingen.overTaak(eerste.getId())).isEmpty();

        ClockUtil.setCurrentTime(moment(2026, 11, 28, 0, 0));
        managementService.executeJob(termijntimer(tweede, Termijnconventie.VERSTREKEN).getId());
        assertThat(escalaties.vanProcesInstantie(mdo.getId())).singleElement().satisfies(e -> {
            assertThat(e.getGroep()).isEqualTo("zorgcoordinator");
            assertThat(e.getTaakId()).isEqualTo(tweede.getId());
            assertThat(e.getReden()).isEqualTo("Afspraak uit het MDO niet op tijd uitgevoerd");
        });
        assertThat(mdo).isWaitingAt("afspraakUitvoeren");
        // The first agreement's timers are still its own, waiting for its dates.
        assertThat(termijntimer(eerste, Termijnconventie.HERINNERING).getDuedate()).isEqualTo(moment(2026, 11, 19, 8, 0));
        assertThat(termijntimer(eerste, Termijnconventie.VERSTREKEN).getDuedate())
                .isEqualTo(moment(2026, 11, 20, 23, 59, 59));

        // Done in time or not, finishing an agreement takes its timers with it.
        assertThat(http().als("mentor").post("/api/taken/" + eerste.getId() + "/voltooien",
                "{\"uitkomst\": \"GEDAAN\"}").status()).isEqualTo(204);
        assertThat(termijntimer(eerste, Termijnconventie.HERINNERING)).isNull();
        assertThat(termijntimer(eerste, Termijnconventie.VERSTREKEN)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"DOORGAAN, plannen", "AFSLUITEN, afgesloten", "ARRANGEMENT, doorNaarArrangement"})
    void deEvaluatieBesluit(String besluit, String daarna) {
        start(false);
        naarVerslag();
        voltooi(taak("verslag"), "{\"verslag\": \"Besproken.\", \"oudersAanwezig\": true, \"leerlingAanwezig\": true}");
        managementService.executeJob(timer(mdo, "evaluatiemoment").getId());
        assertThat(voltooi(taak("evalueren"), "{\"uitkomst\": \"" + besluit + "\"}").status()).isEqualTo(204);

        assertThat(mdoService.vanDossier(nummer).get(0).uitkomst()).isEqualTo(Uitkomst.valueOf(besluit));
        if (besluit.equals("DOORGAAN")) {
            // A new cycle: the next MDO is planned again, and its report form in Tasklist starts without the last
            // MDO's presence (a form's fields are filled from the process variables of the same name).
            assertThat(mdo).isWaitingAt("plannen");
            assertThat(runtimeService.getVariables(mdo.getId(), List.of("oudersAanwezig", "leerlingAanwezig"))).isEmpty();
            voltooi(taak("plannen"), "{\"datum\": \"2026-11-19T15:00\", \"locatie\": \"Lokaal 12\"}");
            assertThat(mdoService.vanDossier(nummer)).extracting(MdoView::cyclus).containsExactly(1, 2);
        } else {
            assertThat(mdo).isEnded().hasPassed(daarna);
            assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(mdo.getId())
                    .variableName("mdoUitkomst").singleResult().getValue()).isEqualTo(besluit);
        }
    }

    @Test
    void zonderVerslagInEenPlanGaatHetMdoNietVerder() {
        start(false);
        naarVerslag();
        // Without its report the task is refused, whichever screen completes it; the report is not a variable.
        assertThatThrownBy(() -> complete(taak("verslag"))).hasMessageContaining("Vul het verslag van het MDO in.");
        assertThat(mdo).isWaitingAt("verslag");
    }

    /**
     * The groeidocument counts back from the MDO (termijnVanaf ${mdoDatum}): due 2 werkdagen before, reminded a
     * werkdag before that; at the MDO itself the model's own timer ends the task, and its deadline timers with it.
     */
    @Test
    void hetGroeidocumentTeltTerugVanafHetMdo() {
        start(false);
        voltooi(taak("plannen"), PLANNING);
        Task groeidocument = taak("groeidocument");
        assertThat(groeidocument.getDueDate()).isEqualTo(moment(2026, 11, 10, 23, 59, 59));
        assertThat(groeidocument.getFollowUpDate()).isEqualTo(moment(2026, 11, 9, 8, 0));
        assertThat(termijnVerstreken(mdo, "groeidocument").getDuedate()).isEqualTo(moment(2026, 11, 10, 23, 59, 59));

        ClockUtil.setCurrentTime(moment(2026, 11, 12, 15, 0));
        managementService.executeJob(timer(mdo, "mdoBegonnen").getId());
        assertThat(mdo).hasPassed("groeidocumentNietBijgewerkt");
        assertThat(herinnering(mdo, "groeidocument")).isNull();
        assertThat(termijnVerstreken(mdo, "groeidocument")).isNull();
    }

    /**
     * Issue 23: "Groeidocument bijwerken" is done when the groeidocument in the dossier has a version saved since the
     * MDO was planned, whichever screen completes it; a version from before the planning does not count. Nothing of it
     * becomes a process variable.
     */
    @Test
    void hetGroeidocumentIsBijgewerktMetEenVersieSindsHetPlannen() {
        Groeidocumenten.opgeslagen(http().als("mentor"), nummer);
        ClockUtil.setCurrentTime(moment(2026, 11, 3, 9, 0));
        start(false);
        voltooi(taak("plannen"), PLANNING);

        Http.Antwoord zonder = http().als("mentor").post("/api/taken/" + taak("groeidocument").getId() + "/voltooien", "{}");
        assertThat(zonder.status()).isEqualTo(400);
        assertThat(zonder.json().get("fouten").get(0).get("veld").asText()).isEqualTo("groeidocument");
        assertThat(zonder.json().get("fouten").get(0).get("melding").asText())
                .startsWith("Het groeidocument is nog niet bijgewerkt sinds het MDO werd gepland.");
        // An earlier form's checkbox changes nothing: the document counts.
        assertThatThrownBy(() -> complete(taak("groeidocument"), withVariables("gedaan", true)))
                .hasMessageContaining("Het groeidocument is nog niet bijgewerkt sinds het MDO werd gepland.");
        assertThat(mdo).isWaitingAt("groeidocument", "mdoMoment");

        ClockUtil.setCurrentTime(moment(2026, 11, 9, 14, 0));
        Groeidocumenten.opgeslagen(http().als("mentor"), nummer);
        assertThat(http().als("mentor").post("/api/taken/" + taak("groeidocument").getId() + "/voltooien", "{}").status())
                .isEqualTo(204);
        assertThat(mdo).hasPassed("groeidocumentBijgewerkt");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(mdo.getId()).list())
                .extracting(v -> v.getName()).doesNotContain("groeidocumentBijgewerkt", "gedaan");
    }

    // ---- the school moves the MDO (issue #24): message "MDO verzet" on "Voorbereiden en wachten op het MDO"

    /**
     * Moved once and twice before it begins: the record, mdoDatum, both timers and the groeidocument's term on the new
     * date; everyone invited hears it; the .ics keeps its UID with SEQUENCE 1, then 2; a groeidocument version saved
     * since the planning still counts; the MDO then runs on the last date, and moving it after it began is refused.
     */
    @Test
    void hetMdoVerzettenEenmaalEnTweemaal_timersEnTermijnOpDeNieuweDatum() throws Exception {
        start(false);
        voltooi(taak("plannen"), PLANNING);
        Long id = mdoService.vanDossier(nummer).get(0).id();
        ClockUtil.setCurrentTime(moment(2026, 11, 3, 9, 0));
        Groeidocumenten.opgeslagen(http().als("mentor"), nummer);

        Http.Antwoord verzet = zc().post(verzetten(id), "{\"datum\": \"2026-11-19T15:00\", \"locatie\": \"Lokaal 7\"}");
        assertThat(verzet.status()).as(verzet.body()).isEqualTo(200);
        assertThat(verzet.json().get("keerVerzet").asInt()).isEqualTo(1);
        MdoView verzetNaar = mdoService.vanDossier(nummer).get(0);
        assertThat(verzetNaar.datum()).isEqualTo(moment(2026, 11, 19, 15, 0).toInstant());
        assertThat(verzetNaar.locatie()).isEqualTo("Lokaal 7");
        assertThat(mdo).hasPassed("mdoVerzet", "verzetten").isWaitingAt("groeidocument", "mdoMoment");
        assertThat(runtimeService.getVariable(mdo.getId(), "mdoDatum")).isEqualTo(moment(2026, 11, 19, 15, 0));
        assertThat(timer(mdo, "mdoMoment").getDuedate()).isEqualTo(moment(2026, 11, 19, 15, 0));
        assertThat(timer(mdo, "mdoBegonnen").getDuedate()).isEqualTo(moment(2026, 11, 19, 15, 0));
        assertThat(managementService.createJobQuery().processInstanceId(mdo.getId()).timers().list())
                .noneMatch(j -> j.getDuedate().equals(moment(2026, 11, 12, 15, 0)));
        // 2 werkdagen before Thursday 19 November: Tuesday 17 November.
        assertThat(taak("groeidocument").getDueDate()).isEqualTo(moment(2026, 11, 17, 23, 59, 59));
        assertThat(meldingen.voor("mentor", List.of("mentor"), false)).anySatisfy(m -> assertThat(m.onderwerp())
                .isEqualTo("MDO verzet naar donderdag 19 november 2026 om 15:00 (dossier " + nummer + ")"));
        assertThat(meldingen.voor("zorgcoordinator", List.of(), false)).anySatisfy(m -> assertThat(m.onderwerp())
                .startsWith("Nodig opnieuw uit: MDO verzet naar donderdag 19 november 2026 om 15:00"));
        VEvent eerste = agendaItem(id);
        assertThat(eerste.getUid().orElseThrow().getValue()).isEqualTo("mdo-" + id + "@eenplan");
        assertThat(eerste.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(ZonedDateTime.from(eerste.getDateTimeStart().getDate()).toInstant())
                .isEqualTo(moment(2026, 11, 19, 15, 0).toInstant());
        assertThat(eerste.getLocation().getValue()).isEqualTo("Lokaal 7");

        ClockUtil.setCurrentTime(moment(2026, 11, 18, 9, 0));
        assertThat(zc().post(verzetten(id), "{\"datum\": \"2026-11-26T10:00\"}").status()).isEqualTo(200);
        assertThat(mdoService.vanDossier(nummer).get(0).locatie()).isEqualTo("Lokaal 7");
        assertThat(timer(mdo, "mdoMoment").getDuedate()).isEqualTo(moment(2026, 11, 26, 10, 0));
        assertThat(timer(mdo, "mdoBegonnen").getDuedate()).isEqualTo(moment(2026, 11, 26, 10, 0));
        assertThat(taak("groeidocument").getDueDate()).isEqualTo(moment(2026, 11, 24, 23, 59, 59));
        VEvent tweede = agendaItem(id);
        assertThat(tweede.getUid().orElseThrow().getValue()).isEqualTo("mdo-" + id + "@eenplan");
        assertThat(tweede.getSequence().getSequenceNo()).isEqualTo(2);
        // The version saved since the planning (before both moves) still counts.
        assertThat(http().als("mentor").post("/api/taken/" + taak("groeidocument").getId() + "/voltooien", "{}")
                .status()).isEqualTo(204);

        ClockUtil.setCurrentTime(moment(2026, 11, 26, 10, 0));
        Http.Antwoord begonnen = zc().post(verzetten(id), "{\"datum\": \"2026-12-03T10:00\"}");
        assertThat(begonnen.status()).as(begonnen.body()).isEqualTo(409);
        assertThat(begonnen.json().get("detail").asText()).startsWith("Het MDO is al begonnen");
        managementService.executeJob(timer(mdo, "mdoMoment").getId());
        assertThat(mdo).isWaitingAt("verslag");
        assertThat(zc().post(verzetten(id), "{\"datum\": \"2026-12-03T10:00\"}").status()).isEqualTo(409);
        assertThat(mdoService.vanDossier(nummer).get(0).keerVerzet()).isEqualTo(2);
    }

    /**
     * The new date: filled in, in the future, and within the family's window of 8 weeks from "today" (Monday 2
     * November: up to and including Monday 28 December), not the date it has; the location at most 200 characters.
     * Each refusal is a 400 with a Dutch message at its field, and the process is where it was.
     */
    @Test
    void deNieuweDatumLigtInDeToekomstEnBinnenAchtWeken() {
        start(false);
        voltooi(taak("plannen"), PLANNING);
        Long id = mdoService.vanDossier(nummer).get(0).id();
        weigert(id, "{}", "datum", "Vul de nieuwe datum en tijd van het MDO in.");
        weigert(id, "{\"datum\": \"2026-11-02T09:59\"}", "datum", "Het MDO moet in de toekomst liggen.");
        weigert(id, "{\"datum\": \"2026-12-29T00:00\"}", "datum", "Kies een datum uiterlijk op 2026-12-28");
        weigert(id, "{\"datum\": \"2026-11-12T15:00\"}", "datum", "Dit is de datum die het MDO al heeft.");
        weigert(id, "{\"datum\": \"2026-11-19T15:00\", \"locatie\": \"" + "x".repeat(201) + "\"}", "locatie",
                "hoogstens 200 tekens");
        Http.Antwoord onleesbaar = zc().post(verzetten(id), "{\"datum\": \"morgen\"}");
        assertThat(onleesbaar.status()).as(onleesbaar.body()).isEqualTo(400);
        assertThat(mdo).isWaitingAt("groeidocument", "mdoMoment").hasNotPassed("verzetten");
        assertThat(timer(mdo, "mdoMoment").getDuedate()).isEqualTo(moment(2026, 11, 12, 15, 0));
        assertThat(mdoService.vanDossier(nummer).get(0).keerVerzet()).isZero();

        Http.Antwoord laatsteDag = zc().post(verzetten(id), "{\"datum\": \"2026-12-28T23:30\"}");
        assertThat(laatsteDag.status()).as(laatsteDag.body()).isEqualTo(200);
        assertThat(timer(mdo, "mdoMoment").getDuedate()).isEqualTo(moment(2026, 12, 28, 23, 30));
    }

    /**
     * One door: another school's zorgcoördinator does not find the MDO (404, nothing moved), a mentor may not move it
     * (403: planning is the zorgcoördinator's), and the engine's own API does not take message "mdoVerzet" past
     * EenPlan's checks, not even for the pupil's own zorgcoördinator. The page offers the form to her only; the move
     * is in the pupil's audit log.
     */
    @Test
    void verzettenAlleenDoorDeZorgcoordinatorVanDeSchool() {
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        start(false);
        voltooi(taak("plannen"), PLANNING);
        Long id = mdoService.vanDossier(nummer).get(0).id();
        String nieuw = "{\"datum\": \"2026-11-19T15:00\"}";

        assertThat(http().als("zorgcoordinatorAmersfoort").post(verzetten(id), nieuw).status()).isEqualTo(404);
        assertThat(http().als("zorgcoordinatorAmersfoort").get("/leerlingen/" + nummer).status()).isEqualTo(404);
        assertThat(http().als("mentor").post(verzetten(id), nieuw).status()).isEqualTo(403);
        assertThat(zc().post("/api/dossiers/" + nummer + "/mdo/999999/verzetten", nieuw).status()).isEqualTo(404);
        for (String wie : List.of("zorgcoordinator", "zorgcoordinatorAmersfoort")) {
            Http.Antwoord bericht = http().als(wie).post("/engine-rest/message", "{\"messageName\": \"mdoVerzet\", "
                    + "\"processInstanceId\": \"" + mdo.getId() + "\"}");
            assertThat(bericht.status()).as(wie + ": " + bericht.body()).isNotIn(200, 204);
        }
        assertThat(mdo).hasNotPassed("verzetten");
        assertThat(timer(mdo, "mdoMoment").getDuedate()).isEqualTo(moment(2026, 11, 12, 15, 0));
        assertThat(mdoService.vanDossier(nummer).get(0).keerVerzet()).isZero();

        assertThat(zc().get("/leerlingen/" + nummer).body()).contains("verzetformulier-" + id, "Nieuwe datum en tijd");
        assertThat(http().als("mentor").get("/leerlingen/" + nummer).body()).doesNotContain("verzetformulier-");
        assertThat(zc().post(verzetten(id), nieuw).status()).isEqualTo(200);
        assertThat(audit.voorDossier(nummer)).last()
                .satisfies(r -> assertThat(r.getWat()).isEqualTo("POST " + verzetten(id)));
    }

    /**
     * Moved after consent for jeugdhulp was withdrawn: the same rule as the first invitation (no jeugdhulp without
     * consent: its basis is consent, AVG art. 6 lid 1 onder a): jeugdhulp hears nothing of the new date, the others do, and the
     * zorgcoördinator reads who was not invited again and why.
     */
    @Test
    void verzetZonderToestemmingVoorJeugdhulpHoortJeugdhulpNiets() {
        geefToestemming(Toestemming.Scope.JEUGDHULP);
        start(false);
        assertThat(voltooi(taak("plannen"), """
                {"datum": "2026-11-12T15:00", "locatie": "Lokaal 12",
                 "deelnemers": [{"rol": "JEUGDHULP", "naam": "Wijkteam Noord"}]}""").status()).isEqualTo(204);
        Long id = mdoService.vanDossier(nummer).get(0).id();
        String pad = "/api/dossiers/" + nummer + "/toestemmingen";
        for (var t : zc().get(pad).json().get("toestemmingen")) {
            if (t.get("scope").asText().equals("JEUGDHULP") && t.get("gegevenDoor").asText().equals("OUDERS")) {
                assertThat(zc().post(pad + "/" + t.get("id").asText() + "/intrekken", "{\"vorm\": \"GESPREK\"}")
                        .status()).isEqualTo(204);
            }
        }

        assertThat(zc().post(verzetten(id), "{\"datum\": \"2026-11-19T15:00\"}").status()).isEqualTo(200);
        assertThat(meldingen.voor("jeugdhulp", List.of("jeugdhulp"), false))
                .filteredOn(m -> nummer.equals(m.dossierNummer()))
                .noneSatisfy(m -> assertThat(m.onderwerp()).startsWith("MDO verzet"))
                .anySatisfy(m -> assertThat(m.onderwerp()).startsWith("Uitnodiging MDO"));
        assertThat(meldingen.voor("mentor", List.of("mentor"), false)).filteredOn(m -> nummer.equals(m.dossierNummer()))
                .anySatisfy(m -> assertThat(m.onderwerp()).startsWith("MDO verzet naar"));
        assertThat(meldingen.voor("zorgcoordinator", List.of(), false)).filteredOn(m -> nummer.equals(m.dossierNummer()))
                .anySatisfy(m -> assertThat(m.tekst()).contains("Niet opnieuw uitgenodigd", "Wijkteam Noord"));
    }

    private void weigert(Long id, String invoer, String veld, String melding) {
        Http.Antwoord antwoord = zc().post(verzetten(id), invoer);
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(400);
        assertThat(antwoord.json().at("/fouten/0/veld").asText()).isEqualTo(veld);
        assertThat(antwoord.json().at("/fouten/0/melding").asText()).contains(melding);
    }

    private String verzetten(Long id) {
        return "/api/dossiers/" + nummer + "/mdo/" + id + "/verzetten";
    }

    private VEvent agendaItem(Long id) throws Exception {
        Http.Antwoord ics = zc().get("/api/dossiers/" + nummer + "/mdo/" + id + "/uitnodiging.ics");
        Calendar kalender = new CalendarBuilder().build(new StringReader(ics.body()));
        kalender.validate();
        return kalender.<VEvent>getComponent("VEVENT").orElseThrow();
    }

    /** The timer deadlines by convention gave this one task (of a multi-instance: this agreement's own). */
    private Job termijntimer(Task taak, String soort) {
        return managementService.createJobQuery().executionId(taak.getExecutionId()).timers().list().stream()
                .filter(job -> ((JobEntity) job).getJobHandlerConfigurationRaw().endsWith("~" + soort))
                .findFirst().orElse(null);
    }

    private void start(boolean verzuim) {
        mdo = runtimeService.startProcessInstanceByKey("mdo", nummer, Map.of("dossierNummer", nummer,
                "schoolBrin", "99ZZ00", "onderwijssoort", "PO", "zorgcoordinator", "zorgcoordinator", "verzuim", verzuim));
    }

    private void naarVerslag() {
        assertThat(voltooi(taak("plannen"), PLANNING).status()).isEqualTo(204);
        Groeidocumenten.opgeslagen(http().als("mentor"), nummer);
        complete(taak("groeidocument"));
        ClockUtil.setCurrentTime(moment(2026, 11, 12, 17, 0));
        managementService.executeJob(timer(mdo, "mdoMoment").getId());
        assertThat(mdo).hasPassed("groeidocumentBijgewerkt").isWaitingAt("verslag");
    }

    private void geefToestemming(Toestemming.Scope scope) {
        toestemmingen.geef(nummer, new NieuweToestemming(scope, Toestemming.GegevenDoor.OUDERS, null, Toestemming.Vorm.GESPREK, null, null), "zorgcoordinator");
        toestemmingen.geef(nummer, new NieuweToestemming(scope, Toestemming.GegevenDoor.LEERLING, null, Toestemming.Vorm.GESPREK, null, null), "zorgcoordinator");
    }

    private Task taak(String taakId) {
        return taskService.createTaskQuery().processInstanceId(mdo.getId()).taskDefinitionKey(taakId).singleResult();
    }

    private Http.Antwoord voltooi(Task taak, String invoer) {
        return zc().post("/api/taken/" + taak.getId() + "/voltooien", invoer);
    }

    private Http zc() {
        return http().als("zorgcoordinator");
    }
}
