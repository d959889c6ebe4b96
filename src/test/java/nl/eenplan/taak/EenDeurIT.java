package nl.eenplan.taak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.TweedeGemeente;
import nl.eenplan.Webapp;
import nl.eenplan.aanmelding.AanmeldingService;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.audit.AuditRegel;
import nl.eenplan.dossier.Afspraak;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.DossierView;
import nl.eenplan.dossier.NieuweAfspraak;
import nl.eenplan.dossier.NieuweToestemming;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.dossier.Toestemming;
import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One door: a task is completed through its handler whichever way it comes in (EenPlan's API, Tasklist,
 * /engine-rest), the records it touches are found from the process, and end users may claim and complete their
 * tasks and nothing more. Each test plays an attacker, a colleague at another school, or a careless client.
 */
class EenDeurIT extends IntegratieTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    DossierService dossiers;
    @Autowired
    AanmeldingService aanmeldingen;
    @Autowired
    AuditLog audit;
    @Autowired
    Afhandelingen afhandelingen;
    @Autowired
    SchoolService scholen;
    @Autowired
    ToestemmingService toestemmingen;
    @Autowired
    Organisaties organisaties;
    @Autowired
    GebruikerService gebruikers;

    String nummer;

    @BeforeEach
    void eenLeerlingInUtrechtEnEenTweedeGemeente() {
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        // A second zorgcoördinator at the Utrecht demo school: a colleague to hand a task to.
        gebruikers.maakAlsNieuw("zorgcoordinator2", "Tweede", "Zorgcoördinator", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("zorgcoordinator2", "99ZZ00");
        nummer = nieuwDossier("zorgcoordinator", "99ZZ00");
    }

    @Test
    void eenVariabeleOmbuigenNaarEenLeerlingVanEenAndereSchoolKanNiet() {
        String ander = nieuwDossier("zorgcoordinatorAmersfoort", TweedeGemeente.SCHOOL);
        Task taak = startBij("aanmelding", "handelingsplan", nummer);
        Http zc = http().als("zorgcoordinator");

        // The client may not write variables, on the task or on the process, through any of the engine's calls.
        String waarde = "{\"value\": \"" + ander + "\", \"type\": \"String\"}";
        assertThat(zc.put("/engine-rest/task/" + taak.getId() + "/variables/dossierNummer", waarde).status()).isEqualTo(403);
        assertThat(zc.put("/engine-rest/task/" + taak.getId() + "/localVariables/dossierNummer", waarde).status())
                .isEqualTo(403);
        assertThat(zc.post("/engine-rest/task/" + taak.getId() + "/variables",
                "{\"modifications\": {\"dossierNummer\": " + waarde + "}}").status()).isEqualTo(403);
        assertThat(zc.put("/engine-rest/process-instance/" + taak.getProcessInstanceId() + "/variables/dossierNummer",
                waarde).status()).isEqualTo(403);
        // Process owners neither: only EenPlan's own code writes variables.
        assertThat(http().als("procesbeheer").put("/engine-rest/process-instance/" + taak.getProcessInstanceId()
                + "/variables/dossierNummer", waarde).status()).isEqualTo(403);
        assertThat(runtimeService.getVariable(taak.getProcessInstanceId(), "dossierNummer")).isEqualTo(nummer);
        // Every refused attempt is in the pupil's audit, naming who tried what.
        geweigerdEnGelogd(nummer, "zorgcoordinator", 403, "PUT /engine-rest/task/" + taak.getId() + "/variables/dossierNummer");
        geweigerdEnGelogd(nummer, "procesbeheer", 403, "PUT /engine-rest/process-instance/" + taak.getProcessInstanceId()
                + "/variables/dossierNummer");

        // Sent with the completion, the number is no input of the task: refused, nothing written.
        Http.Antwoord vals = zc.post("/engine-rest/task/" + taak.getId() + "/complete",
                "{\"variables\": {\"dossierNummer\": " + waarde + ", \"doelen\": {\"value\": \"[\\\"Leest vlot\\\"]\", "
                        + "\"type\": \"Json\"}}}");
        assertThat(vals.status()).as(vals.body()).isEqualTo(400);
        assertThat(vals.json().get("message").asText()).isEqualTo("dossierNummer: Dit veld bestaat niet.");
        geweigerdEnGelogd(nummer, "zorgcoordinator", 400, "POST /engine-rest/task/" + taak.getId() + "/complete");
        assertThat(doelen(ander)).isEmpty();
        assertThat(doelen(nummer)).isEmpty();

        // The goals land in the dossier of the process, and the audit names that dossier.
        assertThat(zc.post("/api/taken/" + taak.getId() + "/voltooien", "{\"doelen\": [\"Sam leest vlot\"]}").status())
                .isEqualTo(204);
        assertThat(doelen(nummer)).containsExactly("Sam leest vlot");
        assertThat(doelen(ander)).isEmpty();
        assertThat(audit.voorDossier(nummer)).anySatisfy(r -> {
            assertThat(r.getTaakId()).isEqualTo(taak.getId());
            assertThat(r.getHandeling()).isEqualTo(AuditRegel.Handeling.WIJZIGEN);
        });
        assertThat(audit.voorDossier(ander)).noneSatisfy(r -> assertThat(r.getTaakId()).isEqualTo(taak.getId()));
    }

    @Test
    void eenAfspraakVanEenAndereLeerlingAfrondenKanNiet() {
        String ander = nieuwDossier("zorgcoordinatorAmersfoort", TweedeGemeente.SCHOOL);
        Long vreemd = dossiers.voegAfsprakenToe(ander, List.of(new NieuweAfspraak("Gezinsgesprek Amersfoort", "jeugdhulp",
                true, vandaag().plusWeeks(2))), "MDO").get(0);
        Long eigen = dossiers.voegAfsprakenToe(nummer, List.of(new NieuweAfspraak("Gezinsgesprek", "jeugdhulp", true,
                vandaag().plusWeeks(2))), "MDO").get(0);
        Task taak = startBij("mdo", "afspraakUitvoeren", nummer, Map.of("afspraken", List.of(eigen)));

        Http.Antwoord vals = http().als("jeugdhulp").post("/engine-rest/task/" + taak.getId() + "/complete",
                "{\"variables\": {\"afspraakId\": {\"value\": " + vreemd + ", \"type\": \"Long\"}, "
                        + "\"uitkomst\": {\"value\": \"GEANNULEERD\"}, \"reden\": {\"value\": \"Vervallen\"}}}");
        assertThat(vals.status()).as(vals.body()).isEqualTo(400);
        assertThat(vals.json().get("message").asText()).isEqualTo("afspraakId: Dit veld bestaat niet.");
        geweigerdEnGelogd(nummer, "jeugdhulp", 400, "POST /engine-rest/task/" + taak.getId() + "/complete");
        assertThat(audit.voorDossier(ander)).noneSatisfy(r -> assertThat(r.getGebruiker()).isEqualTo("jeugdhulp"));
        assertThat(dossiers.afspraak(vreemd).afspraak().status()).isEqualTo(Afspraak.Status.OPEN);
        assertThat(dossiers.afspraak(eigen).afspraak().status()).isEqualTo(Afspraak.Status.OPEN);

        // Jeugdhulp of the other gemeente does not even see the task.
        assertThat(http().als("jeugdhulpAmersfoort").post("/engine-rest/task/" + taak.getId() + "/complete",
                "{\"variables\": {\"uitkomst\": {\"value\": \"GEDAAN\"}}}").status()).isIn(403, 404);

        // Without consent for jeugdhulp (an instance of a model version without the boundary event that ends the
        // task when consent goes), jeugdhulp cannot finish it either.
        Http.Antwoord zonderToestemming = http().als("jeugdhulp").post("/engine-rest/task/" + taak.getId() + "/complete",
                "{\"variables\": {\"uitkomst\": {\"value\": \"GEDAAN\"}}}");
        assertThat(zonderToestemming.status()).as(zonderToestemming.body()).isEqualTo(409);
        assertThat(zonderToestemming.json().get("message").asText()).contains("geen toestemming voor jeugdhulp");
        for (Toestemming.GegevenDoor door : Toestemming.GegevenDoor.values()) {
            toestemmingen.geef(nummer, new NieuweToestemming(Toestemming.Scope.JEUGDHULP, door, null, Toestemming.Vorm.GESPREK, null, null), "zorgcoordinator");
        }

        // The task's own agreement, found from the process.
        Http.Antwoord klaar = http().als("jeugdhulp").post("/engine-rest/task/" + taak.getId() + "/complete",
                "{\"variables\": {\"uitkomst\": {\"value\": \"GEANNULEERD\"}, \"reden\": {\"value\": \"Overgenomen.\"}}}");
        assertThat(klaar.status()).as(klaar.body()).isEqualTo(204);
        assertThat(dossiers.afspraak(eigen).afspraak().status()).isEqualTo(Afspraak.Status.GEANNULEERD);
        assertThat(dossiers.afspraak(vreemd).afspraak().status()).isEqualTo(Afspraak.Status.OPEN);
    }

    @Test
    void inTasklistGeldenDezelfdeRegelsAlsInEenPlan() throws Exception {
        aanmeldingen.start(nummer, new nl.eenplan.aanmelding.NieuweAanmelding(
                java.util.Set.of(nl.eenplan.aanmelding.Categorie.LEREN), nl.eenplan.aanmelding.Urgentie.NORMAAL,
                "Extra instructie.", false, false, null), "mentor");
        Task intake = taskService.createTaskQuery().processInstanceBusinessKey(nummer).taskDefinitionKey("intake")
                .singleResult();
        Webapp tasklist = new Webapp(port);
        assertThat(tasklist.meldAan("zorgcoordinator", "demo", "tasklist")).isEqualTo(200);
        String pad = "/api/engine/engine/default/task/" + intake.getId() + "/submit-form";

        // The form's checkboxes alone: no report, refused in Camunda's error shape with a Dutch message.
        Http.Antwoord zonderVerslag = tasklist.post(pad, "{\"variables\": {\"gesprekOudersGevoerd\": {\"value\": true}, "
                + "\"gesprekLeerlingGevoerd\": {\"value\": true}, \"signalenOnveiligheid\": {\"value\": false}}}");
        assertThat(zonderVerslag.status()).as(zonderVerslag.body()).isEqualTo(400);
        assertThat(zonderVerslag.json().get("message").asText()).contains("verslag: Vul het verslag van het intakegesprek in.");
        assertThat(taskService.createTaskQuery().taskId(intake.getId()).count()).isEqualTo(1);
        assertThat(aanmeldingen.vanDossier(nummer).get(0).intakeVerslag()).isNull();
        assertThat(runtimeService.getVariables(intake.getProcessInstanceId())).doesNotContainKey("gesprekOudersGevoerd");

        Http.Antwoord klaar = tasklist.post(pad, "{\"variables\": {\"verslag\": {\"value\": \"Ouders willen hulp.\"}, "
                + "\"gesprekOudersGevoerd\": {\"value\": true}, \"gesprekLeerlingGevoerd\": {\"value\": true}, "
                + "\"signalenOnveiligheid\": {\"value\": false}}}");
        assertThat(klaar.status()).as(klaar.body()).isEqualTo(204);
        assertThat(aanmeldingen.vanDossier(nummer).get(0).intakeVerslag()).isEqualTo("Ouders willen hulp.");
        // The report is in the dossier, not in the process or its history.
        assertThat(runtimeService.getVariables(intake.getProcessInstanceId())).doesNotContainKey("verslag");
        assertThat(engineHistorie(intake.getProcessInstanceId())).doesNotContain("verslag");
    }

    @Test
    void eenTaakGaatAlleenNaarEenCollegaVanDezelfdeSchool() {
        Task taak = startBij("aanmelding", "handelingsplan", nummer);
        Http zc = http().als("zorgcoordinator");
        String id = taak.getId();

        // Camunda's own calls to (re)assign: not for end users.
        assertThat(zc.post("/engine-rest/task/" + id + "/assignee", "{\"userId\": \"zorgcoordinatorAmersfoort\"}").status())
                .isEqualTo(403);
        assertThat(zc.post("/engine-rest/task/" + id + "/delegate", "{\"userId\": \"zorgcoordinator2\"}").status())
                .isEqualTo(403);
        assertThat(zc.post("/engine-rest/task/" + id + "/identity-links",
                "{\"userId\": \"zorgcoordinatorAmersfoort\", \"type\": \"candidate\"}").status()).isEqualTo(403);
        assertThat(zc.put("/engine-rest/task/" + id, "{\"name\": \"Handelingsplan\", \"assignee\": "
                + "\"zorgcoordinatorAmersfoort\"}").status()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(id).singleResult().getAssignee()).isNull();
        geweigerdEnGelogd(nummer, "zorgcoordinator", 403, "POST /engine-rest/task/" + id + "/assignee");

        // Claiming is theirs; a second claim is a conflict, not an error.
        assertThat(zc.post("/engine-rest/task/" + id + "/claim", "{\"userId\": \"zorgcoordinator\"}").status()).isEqualTo(204);
        Http.Antwoord tweede = http().als("zorgcoordinator2").post("/engine-rest/task/" + id + "/claim",
                "{\"userId\": \"zorgcoordinator2\"}");
        assertThat(tweede.status()).as(tweede.body()).isEqualTo(409);

        // EenPlan hands it to a colleague at the pupil's school who does this work, and to nobody else.
        Http.Antwoord buiten = zc.post("/api/taken/" + id + "/toewijzen", "{\"aan\": \"zorgcoordinatorAmersfoort\"}");
        assertThat(buiten.status()).as(buiten.body()).isEqualTo(403);
        geweigerdEnGelogd(nummer, "zorgcoordinator", 403, "POST /api/taken/" + id + "/toewijzen");
        assertThat(zc.post("/api/taken/" + id + "/toewijzen", "{\"aan\": \"mentor\"}").status()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(id).singleResult().getAssignee()).isEqualTo("zorgcoordinator");
        assertThat(zc.post("/api/taken/" + id + "/toewijzen", "{\"aan\": \"zorgcoordinator2\"}").status()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(id).singleResult().getAssignee()).isEqualTo("zorgcoordinator2");

        // Now it is the colleague's: gone from the first one's list, and not theirs to complete through any door.
        assertThat(zc.post("/api/taken/" + id + "/voltooien", "{\"doelen\": [\"Leest vlot\"]}").status()).isEqualTo(404);
        Http.Antwoord nietVanMij = zc.post("/engine-rest/task/" + id + "/complete",
                "{\"variables\": {\"doelen\": {\"value\": \"[\\\"Leest vlot\\\"]\", \"type\": \"Json\"}}}");
        assertThat(nietVanMij.status()).as(nietVanMij.body()).isEqualTo(409);
        assertThat(nietVanMij.json().get("message").asText()).contains("toegewezen aan zorgcoordinator2");
        assertThat(http().als("zorgcoordinator2").post("/engine-rest/task/" + id + "/unclaim", "").status()).isEqualTo(403);
        assertThat(http().als("zorgcoordinator2").post("/api/taken/" + id + "/vrijgeven", "").status()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(id).singleResult().getAssignee()).isNull();
    }

    @Test
    void opmerkingenBijlagenEnFoutenVanBuitenGaanNietDoorDeEngine() {
        Task taak = startBij("aanmelding", "handelingsplan", nummer);
        Http zc = http().als("zorgcoordinator");
        // Free text about a pupil belongs in the dossier, behind its checks: not even an administrator adds it here.
        String opmerking = "{\"message\": \"Moeder heeft een depressie.\"}";
        assertThat(zc.post("/engine-rest/task/" + taak.getId() + "/comment/create", opmerking).status()).isIn(400, 403);
        Http.Antwoord beheerder = http().als("demo").post("/engine-rest/task/" + taak.getId() + "/comment/create", opmerking);
        assertThat(beheerder.status()).as(beheerder.body()).isEqualTo(403);
        assertThat(beheerder.json().get("message").asText()).contains("dossier");
        assertThat(taskService.getTaskComments(taak.getId())).isEmpty();

        Http.Antwoord fout = zc.post("/engine-rest/task/" + taak.getId() + "/bpmnError", "{\"errorCode\": \"stop\"}");
        assertThat(fout.status()).as(fout.body()).isEqualTo(403);
        Http.Antwoord escalatie = zc.post("/engine-rest/task/" + taak.getId() + "/bpmnEscalation",
                "{\"escalationCode\": \"hoger\"}");
        assertThat(escalatie.status()).as(escalatie.body()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(taak.getId()).count()).isEqualTo(1);
    }

    @Test
    void tweeKeerTegelijkAfrondenGeeftEenConflictGeenFout() throws Exception {
        Task taak = startBij("aanmelding", "handelingsplan", nummer);
        ExecutorService tegelijk = Executors.newFixedThreadPool(6);
        List<Callable<Integer>> pogingen = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pogingen.add(() -> http().als("zorgcoordinator").post("/engine-rest/task/" + taak.getId() + "/complete",
                    "{\"variables\": {\"doelen\": {\"value\": \"[\\\"Leest vlot\\\"]\", \"type\": \"Json\"}}}").status());
        }
        List<Integer> statussen = new ArrayList<>();
        for (Future<Integer> f : tegelijk.invokeAll(pogingen)) {
            statussen.add(f.get());
        }
        tegelijk.shutdown();

        assertThat(statussen).as("één lukt, de rest hoort dat het al gedaan is").containsOnlyOnce(204)
                .allMatch(s -> s == 204 || s == 404 || s == 409);
        assertThat(doelen(nummer)).containsExactly("Leest vlot");
    }

    /** Found by attacking the one door: each of these wrote variables or reached another school before. */
    @Test
    void omwegenLangsDeAfhandelingZijnDicht() {
        Task taak = startBij("aanmelding", "handelingsplan", nummer);
        Http zc = http().als("zorgcoordinator");
        String id = taak.getId();

        // resolve (giving a delegated task back) would set variables and the assignee around the handler.
        Http.Antwoord resolve = zc.post("/engine-rest/task/" + id + "/resolve",
                "{\"variables\": {\"dossierNummer\": {\"value\": \"2026-00001\"}, \"vrij\": {\"value\": \"zorgdetail\"}}}");
        assertThat(resolve.status()).as(resolve.body()).isEqualTo(403);
        assertThat(runtimeService.getVariables(taak.getProcessInstanceId())).containsEntry("dossierNummer", nummer)
                .doesNotContainKey("vrij");

        // Claiming is for oneself: a colleague gets a task through toewijzen.
        assertThat(zc.post("/engine-rest/task/" + id + "/claim", "{\"userId\": \"zorgcoordinator2\"}").status())
                .isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(id).singleResult().getAssignee()).isNull();

        // An Object value in Java serialization is never read (no classes from input): 400, not 500.
        Http.Antwoord object = zc.post("/engine-rest/task/" + id + "/complete", "{\"variables\": {\"doelen\": "
                + "{\"type\": \"Object\", \"value\": \"rO0ABXQAAXg=\", \"valueInfo\": {\"objectTypeName\": "
                + "\"java.lang.String\", \"serializationDataFormat\": \"application/x-java-serialized-object\"}}}}");
        assertThat(object.status()).as(object.body()).isEqualTo(400);
        assertThat(taskService.createTaskQuery().taskId(id).count()).isEqualTo(1);

        // Another school's task, or none at all: 404 at every call, never a 500 that says it exists.
        Http zcA = http().als("zorgcoordinatorAmersfoort");
        assertThat(zcA.get("/engine-rest/task/" + id + "/variables").status()).isEqualTo(404);
        assertThat(zcA.get("/engine-rest/task/" + id + "/form-variables").status()).isEqualTo(404);
        assertThat(zcA.post("/engine-rest/task/" + id + "/claim", "{\"userId\": \"zorgcoordinatorAmersfoort\"}")
                .status()).isEqualTo(404);
        assertThat(zc.post("/engine-rest/task/bestaat-niet/claim", "{\"userId\": \"zorgcoordinator\"}").status())
                .isEqualTo(404);
    }

    /**
     * Defence in depth for what a model could do wrong: a task whose process is about another school's pupil, or
     * whose agreement variable points at another pupil's agreement, writes nothing.
     */
    @Test
    void eenTaakSchrijftAlleenInHetDossierVanHaarEigenSchool() {
        String ander = nieuwDossier("zorgcoordinatorAmersfoort", TweedeGemeente.SCHOOL);
        // Offered to Utrecht (tenant 99ZZ00), about Amersfoort's pupil (business key).
        Task scheef = startBij("aanmelding", "handelingsplan", ander, Map.of("schoolBrin", "99ZZ00"));
        Http.Antwoord geweigerd = http().als("zorgcoordinator").post("/api/taken/" + scheef.getId() + "/voltooien",
                "{\"doelen\": [\"Leest vlot\"]}");
        assertThat(geweigerd.status()).as(geweigerd.body()).isEqualTo(409);
        assertThat(doelen(ander)).isEmpty();

        Long vreemd = dossiers.voegAfsprakenToe(ander, List.of(new NieuweAfspraak("Bellen", "mentor", true,
                vandaag().plusWeeks(1))), "MDO").get(0);
        Task afspraak = startBij("mdo", "afspraakUitvoeren", nummer, Map.of("afspraken", List.of(vreemd)));
        Http.Antwoord nietVanHier = http().als("demo").post("/engine-rest/task/" + afspraak.getId() + "/complete",
                "{\"variables\": {\"uitkomst\": {\"value\": \"GEDAAN\"}}}");
        assertThat(nietVanHier.status()).as(nietVanHier.body()).isEqualTo(409);
        assertThat(dossiers.afspraak(vreemd).afspraak().status()).isEqualTo(Afspraak.Status.OPEN);
    }

    /**
     * Every user task of every deployed model: completing it through /engine-rest with no input is refused (400),
     * in Camunda's error shape, and the task stays; only a task declared in Java to take no input completes.
     */
    @TestFactory
    List<DynamicTest> elkeTaakWeigertAfrondenZonderInvoer() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ProcessDefinition definitie : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
            if (!definitie.getResourceName().startsWith("processes/")) {
                continue; // a test's own model
            }
            Collection<UserTask> taken = repositoryService.getBpmnModelInstance(definitie.getId())
                    .getModelElementsByType(UserTask.class);
            for (UserTask t : taken) {
                tests.add(DynamicTest.dynamicTest(definitie.getKey() + "." + t.getId(), () -> {
                    Map<String, Object> extra = new HashMap<>();
                    if (t.getParentElement() instanceof SubProcess) {
                        extra.put("afspraken", List.of(dossiers.voegAfsprakenToe(nummer, List.of(new NieuweAfspraak(
                                "Bellen", "mentor", true, vandaag().plusWeeks(1))), "MDO").get(0)));
                    }
                    if (definitie.getKey().equals("leerplichtEscalatie")) {
                        extra.put("behandelaar", "leerplicht"); // the team its tasks go to, set when it starts
                    }
                    if (definitie.getKey().equals("thuiszitterstafel")) {
                        // Set at its start (behandelaar) and by its tasks (the table, the person, the agreed date).
                        extra.put("behandelaar", "leerplicht");
                        extra.put("tafelDatum", Date.from(clock.instant().plusSeconds(3 * 24 * 3600)));
                        extra.put("terugDatum", Date.from(clock.instant().plusSeconds(30 * 24 * 3600)));
                        extra.put("doorzettingsmacht", "demo");
                    }
                    if (definitie.getKey().equals("tlv")) {
                        // Set at its start: the TLV and its last day.
                        extra.put("tlvId", 0L);
                        extra.put("tlvEinddatum", Date.from(clock.instant().plusSeconds(400L * 24 * 3600)));
                        extra.put("tlvVerlooptOp", Date.from(clock.instant().plusSeconds(401L * 24 * 3600)));
                    }
                    if (definitie.getKey().equals("jeugdhulpbesluit")) {
                        // Set at its start: the arrangement that waits, the day the application was received and
                        // the day the decision term counts from (again after an objection found gegrond).
                        extra.put("arrangementInstantie", "geen");
                        extra.put("arrangementId", 0L);
                        extra.put("aanvraagOntvangenOp", Date.from(clock.instant()));
                        extra.put("beslistermijnVanaf", Date.from(clock.instant()));
                    }
                    if (definitie.getKey().equals("avgVerzoek")) {
                        // Set at its start (the request) and by the first answer when it extends (the new last day).
                        extra.put("avgVerzoekId", 0L);
                        extra.put("verlengdTot", Date.from(clock.instant().plusSeconds(60L * 24 * 3600)));
                    }
                    if (definitie.getKey().equals("schoolwisselBevestigen")) {
                        // Set at its start: the change asked, the new school's name and the enrolment date.
                        extra.put("schoolwissel", 0L);
                        extra.put("naarSchool", "Het Baken College (99YY00)");
                        extra.put("ingeschrevenOp", "2026-11-30");
                    }
                    Task taak = startBij(definitie.getKey(), t.getId(), nummer, extra);
                    // Takenlijst's link-driven form finds a task by its links' school: Camunda gives them the task's.
                    var kandidaten = taskService.getIdentityLinksForTask(taak.getId()).stream()
                            .filter(link -> link.getType().equals(IdentityLinkType.CANDIDATE)).toList();
                    if (t.getCamundaCandidateGroups() != null || t.getCamundaCandidateUsers() != null) {
                        assertThat(kandidaten).as("kandidaten volgens het model").isNotEmpty();
                    }
                    assertThat(kandidaten).allSatisfy(link ->
                            assertThat(link.getTenantId()).as(link.toString()).isEqualTo(taak.getTenantId()));
                    boolean zonderInvoer = afhandelingen.voor(definitie.getKey(), t.getId()).orElseThrow().invoer()
                            == Taakafhandeling.GeenInvoer.class;

                    Http.Antwoord antwoord = http().als("demo").post("/engine-rest/task/" + taak.getId() + "/complete", "{}");
                    if (zonderInvoer) {
                        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(204);
                    } else {
                        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(400);
                        assertThat(antwoord.json().get("type").asText()).isEqualTo("Taakweigering");
                        assertThat(antwoord.json().get("message").asText()).isNotBlank();
                        assertThat(taskService.createTaskQuery().taskId(taak.getId()).count()).isEqualTo(1);
                    }
                }));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(30);
        return tests;
    }

    /** An instance of a model waiting at one user task, with the routing facts every model gets at its start. */
    private Task startBij(String proces, String taak, String dossierNummer) {
        return startBij(proces, taak, dossierNummer, Map.of());
    }

    private Task startBij(String proces, String taak, String dossierNummer, Map<String, Object> extra) {
        var r = dossiers.routeringsgegevens(dossierNummer);
        Map<String, Object> variabelen = new HashMap<>(Map.of("dossierNummer", dossierNummer,
                "schoolBrin", r.schoolBrin(), "onderwijssoort", r.onderwijssoort().name(),
                "zorgcoordinator", r.zorgcoordinator(), "verzuim", false,
                "mdoDatum", Date.from(clock.instant().plusSeconds(7 * 24 * 3600)),
                "drempeldatum", Date.from(clock.instant()),
                "zorgplichtDeadline", Date.from(clock.instant().plusSeconds(42 * 24 * 3600)),
                "overstapsoort", "PO_VO", "schooljaar", "2026-2027"));
        // toelating: the end of the 6 weeks, which its tasks' deadlines count from.
        variabelen.put("beslistermijn", Date.from(clock.instant().plusSeconds(42 * 24 * 3600)));
        // arrangement: the objection term's last day, which the objection step's deadline counts from (Awb art. 7:10).
        variabelen.put("bezwaartermijnOnderwijsTot", Date.from(clock.instant().plusSeconds(42 * 24 * 3600)));
        variabelen.put("bezwaartermijnZorgTot", Date.from(clock.instant().plusSeconds(42 * 24 * 3600)));
        variabelen.put("tlv", false);
        // toelating: the board's term on an objection or request for herziening (Awb art. 7:10; WPO art. 63).
        variabelen.put("bezwaarBeslistermijn", Date.from(clock.instant().plusSeconds(28 * 24 * 3600)));
        variabelen.putAll(extra);
        // A task inside a sub-process per item (an MDO's agreements) starts with that sub-process.
        UserTask element = repositoryService.getBpmnModelInstance(repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(proces).latestVersion().singleResult().getId()).getModelElementById(taak);
        String begin = element.getParentElement() instanceof SubProcess sub
                && sub.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics
                ? sub.getId() + "#multiInstanceBody" : taak;
        var instantie = runtimeService.createProcessInstanceByKey(proces).businessKey(dossierNummer)
                .setVariables(variabelen).startBeforeActivity(begin).execute();
        return taskService.createTaskQuery().processInstanceId(instantie.getId()).taskDefinitionKey(taak).list().get(0);
    }

    /** A refused attempt leaves an audit entry in the pupil's log: who, what (method and path), which answer. */
    private void geweigerdEnGelogd(String dossier, String gebruiker, int status, String wat) {
        assertThat(audit.voorDossier(dossier)).as("audit van %s: %s %s", dossier, gebruiker, wat).anySatisfy(r -> {
            assertThat(r.getGebruiker()).isEqualTo(gebruiker);
            assertThat(r.getStatus()).isEqualTo(status);
            assertThat(r.getWat()).isEqualTo(wat);
        });
    }

    private String nieuwDossier(String door, String school) {
        String body = Testdossiers.zonderBsn().replace("99ZZ00", school);
        return http().als(door).post("/api/dossiers", body).json().get("nummer").asText();
    }

    private List<String> doelen(String dossierNummer) {
        return dossiers.haalOp(dossierNummer).doelen().stream().map(DossierView.DoelView::omschrijving).toList();
    }

    /** Every variable name the engine's history keeps for an instance. */
    private List<String> engineHistorie(String instantie) {
        JsonNode lijst = http().als("demo").get("/engine-rest/history/variable-instance?processInstanceId=" + instantie).json();
        List<String> namen = new ArrayList<>();
        lijst.forEach(v -> namen.add(v.get("name").asText()));
        return namen;
    }
}
