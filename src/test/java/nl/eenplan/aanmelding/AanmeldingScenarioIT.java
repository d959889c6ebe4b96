package nl.eenplan.aanmelding;

import static nl.eenplan.Tijd.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.eenplan.ScenarioTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.DossierView;
import nl.eenplan.dossier.Intrekking;
import nl.eenplan.dossier.Toestemming;
import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.melding.Melding;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.termijn.EscalatieService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
 * Scenarios of process "aanmelding" for a pupil of 12 (parents and pupil consent), signalled on Monday
 * 2 November 2026: every route of the triage, no consent, partial consent, consent withdrawn while a
 * route waits, the meldcode with and without signs of unsafety, and a deadline as people meet it. The model's
 * paths and every task's timers on their own: AanmeldingModelTest.
 */
@ScenarioTest.Model("aanmelding")
class AanmeldingScenarioIT extends ScenarioTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    AanmeldingService aanmeldingen;
    @Autowired
    ToestemmingService toestemmingen;
    @Autowired
    DossierService dossiers;
    @Autowired
    MeldingService meldingen;
    @Autowired
    EscalatieService escalaties;

    String nummer;
    ProcessInstance aanmelding;

    @BeforeEach
    void gegevenEenDossierOpMaandag2November2026() {
        ClockUtil.setCurrentTime(moment(2026, 11, 2, 10, 0));
        nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
    }

    @Test
    void deIntakeKrijgtTermijnEnHerinneringUitDeTermijnentabel() {
        meld(Set.of(Categorie.LEREN), Urgentie.NORMAAL, false, false);
        Task intake = taak("intake");
        assertThat(aanmelding).isWaitingAt("intake");
        assertThat(intake).hasCandidateGroup("zorgcoordinator");
        // 5 werkdagen from Mon 2 Nov 2026: Tue 3 ... Mon 9 Nov, end of day; reminder 1 werkdag before, 08:00.
        assertThat(intake.getDueDate()).isEqualTo(moment(2026, 11, 9, 23, 59, 59));
        assertThat(intake.getFollowUpDate()).isEqualTo(moment(2026, 11, 6, 8, 0));
        // Ids and routing facts only; what the school tried stays in the dossier.
        assertThat(runtimeService.getVariables(aanmelding.getId())).containsOnlyKeys("aanmeldingId", "dossierNummer",
                "schoolBrin", "onderwijssoort", "zorgcoordinator", "gemeldDoor", "urgentie", "eerdereOndersteuning",
                "signalenOnveiligheid", "leren", "gedrag", "sociaalEmotioneel", "thuissituatie", "verzuim", "medisch");
    }

    @Test
    void zonderToestemmingAlleenBasisondersteuningMetEvaluatieNa6Weken() {
        // Urgent, about the home situation, but no consent: nothing leaves the school.
        meld(Set.of(Categorie.THUISSITUATIE), Urgentie.HOOG, true, false);
        intakeGedaan(false);
        assertThat(taak("toestemmingVragen").getDescription()).contains("toestemming");
        assertThat((String) runtimeService.getVariable(aanmelding.getId(), "toestemmingVan")).contains("voor jeugdhulp de ouders met gezag (Anna Jansen) en de leerling",
                "voor het ondersteuningsteam de ouders met gezag (Anna Jansen)");
        toestemming();

        assertThat(aanmelding).hasPassed("onveiligheid", "geenSignalen", "triage", "routeVastleggen")
                .isWaitingAt("handelingsplan");
        assertThat(route()).isEqualTo(Route.BASISONDERSTEUNING);
        complete(taak("handelingsplan"), withVariables("doelen", List.of("Sam leest groep-7-teksten vlot")));

        // The evaluation comes 6 weeks later: Monday 14 December 2026, end of day.
        assertThat(aanmelding).isWaitingAt("evaluatiemoment");
        assertThat(timer(aanmelding, "evaluatiemoment").getDuedate()).isEqualTo(moment(2026, 12, 14, 23, 59, 59));
        ClockUtil.setCurrentTime(moment(2026, 12, 15, 0, 0));
        managementService.executeJob(timer(aanmelding, "evaluatiemoment").getId());
        complete(taak("evalueren"), withVariables("uitkomst", "doelBehaald"));
        assertThat(aanmelding).isEnded().hasPassed("basisondersteuningGeevalueerd");
    }

    @Test
    void naDeEvaluatieDoorgaanOfOpschalenNaarEenZwaardereRoute() {
        meld(Set.of(Categorie.LEREN), Urgentie.NORMAAL, false, false);
        intakeGedaan(false);
        toestemming();
        complete(taak("handelingsplan"), withVariables("doelen", List.of("Sam leest groep-7-teksten vlot")));
        managementService.executeJob(timer(aanmelding, "evaluatiemoment").getId());

        // Doorgaan: another period of basisondersteuning, another evaluation moment.
        complete(taak("evalueren"), withVariables("uitkomst", "doorgaan"));
        assertThat(aanmelding).isWaitingAt("evaluatiemoment");
        managementService.executeJob(timer(aanmelding, "evaluatiemoment").getId());

        // Opschalen: the support was not enough; triage now picks an arrangement. The SWV needs no consent: a
        // statutory task (WPO art. 18a, WVO 2020 art. 2.47).
        complete(taak("evalueren"), withVariables("uitkomst", "opschalen"));
        assertThat(aanmelding).hasPassed("opschalen").isWaitingAt("toestemmingVragen");
        assertThat(runtimeService.getVariable(aanmelding.getId(), "eerdereOndersteuning")).isEqualTo(true);
        toestemming();
        assertThat(aanmelding).isWaitingAt("arrangementHouden");
        assertThat(aanmeldingen.vanDossier(nummer).get(0).route()).isEqualTo(Route.ARRANGEMENT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "MDO na eerdere ondersteuning,     GEDRAG,        NORMAAL, true,  ONDERSTEUNINGSTEAM,     mdoHouden,            mdoAfgerond",
            "Arrangement voor het leren,       LEREN,         NORMAAL, true,  JEUGDHULP,              arrangementHouden,    arrangementAfgerond",
            "Warme overdracht naar jeugdhulp,  THUISSITUATIE, HOOG,    false, JEUGDHULP,              warmeOverdracht,      warmOvergedragen",
            "Deels toestemming: MDO i.p.v. jeugdhulp, THUISSITUATIE, NORMAAL, false, ONDERSTEUNINGSTEAM, mdoHouden,       mdoAfgerond"})
    void elkeRouteBuitenDeSchoolAlleenMetToestemming(String naam, Categorie categorie, Urgentie urgentie, boolean eerder,
                                                     String scopes, String routetaak, String einde) {
        meld(Set.of(categorie), urgentie, eerder, false);
        intakeGedaan(false);
        toestemming(scopes(scopes).toArray(Toestemming.Scope[]::new));

        assertThat(aanmelding).isWaitingAt(routetaak);
        // Consent recorded in the dossier, per person: at 12 for jeugdhulp the parent with gezag and the pupil
        // (Jeugdwet art. 7.3.4), for the ondersteuningsteam the parent with gezag only (AVG art. 8, UAVG art. 5).
        DossierView dossier = dossiers.haalOp(nummer);
        assertThat(dossier.toestemmingen()).hasSize(scopes(scopes).stream()
                .mapToInt(s -> s.leeftijdsregel().wie(12).size()).sum());
        assertThat(toestemmingen.inWerking(nummer)).containsExactlyInAnyOrderElementsOf(scopes(scopes));

        if (!routetaak.equals("warmeOverdracht")) {
            overdracht(routetaak);
        }
        if (routetaak.equals("arrangementHouden")) {
            // Process arrangement runs for this pupil (its own scenarios: ArrangementScenarioIT).
            assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(aanmelding.getId())
                    .processDefinitionKey("arrangement").singleResult().getBusinessKey()).isEqualTo(nummer);
            return;
        }
        if (routetaak.equals("mdoHouden")) {
            mdoDoorlopen("AFSLUITEN");
        } else {
            Task taak = taak(routetaak);
            assertThat(taak).hasCandidateGroup(routetaak.equals("warmeOverdracht") ? "jeugdhulp" : "zorgcoordinator");
            complete(taak, withVariables("gedaan", true));
        }
        assertThat(aanmelding).isEnded().hasPassed(einde);
    }

    @Test
    void hetMdoKanDoorverwijzenNaarEenArrangement() {
        meld(Set.of(Categorie.GEDRAG), Urgentie.NORMAAL, true, false);
        intakeGedaan(false);
        toestemming(Toestemming.Scope.ONDERSTEUNINGSTEAM);
        overdracht("mdoHouden");
        mdoDoorlopen("ARRANGEMENT");
        assertThat(aanmelding).hasPassed("vervolgNaMdo", "naarArrangementSamen").isWaitingAt("arrangementHouden");
        overdracht("arrangementHouden");
        assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(aanmelding.getId())
                .processDefinitionKey("arrangement").singleResult().getBusinessKey()).isEqualTo(nummer);
    }

    @Test
    void toestemmingIngetrokkenVoordatHetMdoBegintStoptDeRoute() {
        meld(Set.of(Categorie.GEDRAG), Urgentie.HOOG, false, false);
        intakeGedaan(false);
        toestemming(Toestemming.Scope.ONDERSTEUNINGSTEAM);
        // The MDO starts as a job of its own after the consent task: a failure there is retried, not the task.
        assertThat(aanmelding).isWaitingAt("mdoHouden");
        assertThat(overdrachtsjob("mdoHouden")).isNotNull();
        assertThat(mdo()).isNull();

        // Consent withdrawn before that job ran: the route stops as it would during the MDO.
        toestemmingen.trekIn(nummer, toestemmingVan(Toestemming.Scope.ONDERSTEUNINGSTEAM, Toestemming.GegevenDoor.OUDERS), new Intrekking(Toestemming.Vorm.GESPREK), "zorgcoordinator");

        assertThat(overdrachtsjob("mdoHouden")).isNull();
        assertThat(mdo()).isNull();
        assertThat(aanmelding).isEnded().hasPassed("zorgcoordinatorInformeren", "routeZonderToestemmingGestopt");
        assertThat(aanmeldingen.vanDossier(nummer).get(0).routeGestoptReden()).contains("ondersteuningsteam");
    }

    @Test
    void toestemmingIngetrokkenTijdensHetMdoStoptHetMdo() {
        meld(Set.of(Categorie.GEDRAG), Urgentie.HOOG, false, false);
        intakeGedaan(false);
        toestemming(Toestemming.Scope.ONDERSTEUNINGSTEAM);
        overdracht("mdoHouden");
        ProcessInstance mdo = mdo();
        assertThat(mdo).isWaitingAt("plannen");

        toestemmingen.trekIn(nummer, toestemmingVan(Toestemming.Scope.ONDERSTEUNINGSTEAM, Toestemming.GegevenDoor.OUDERS), new Intrekking(Toestemming.Vorm.GESPREK), "zorgcoordinator");

        assertThat(mdo).isEnded();
        assertThat(aanmelding).isEnded().hasPassed("mdoToestemmingIngetrokken", "routeZonderToestemmingGestopt");
    }

    @Test
    void toestemmingIngetrokkenTerwijlDeRouteWachtStoptDeRoute() {
        meld(Set.of(Categorie.THUISSITUATIE), Urgentie.HOOG, false, false);
        intakeGedaan(false);
        toestemming(Toestemming.Scope.JEUGDHULP, Toestemming.Scope.LEERPLICHT);
        assertThat(aanmelding).isWaitingAt("warmeOverdracht");

        // Withdrawing consent for a scope this route does not need changes nothing.
        toestemmingen.trekIn(nummer, toestemmingVan(Toestemming.Scope.LEERPLICHT, Toestemming.GegevenDoor.OUDERS), new Intrekking(Toestemming.Vorm.GESPREK), "zorgcoordinator");
        assertThat(aanmelding).isWaitingAt("warmeOverdracht");

        // The pupil (12) withdraws consent for jeugdhulp: the route stops at once.
        toestemmingen.trekIn(nummer, toestemmingVan(Toestemming.Scope.JEUGDHULP, Toestemming.GegevenDoor.LEERLING), new Intrekking(Toestemming.Vorm.GESPREK), "zorgcoordinator");
        assertThat(aanmelding).isEnded().hasPassed("overdrachtToestemmingIngetrokken", "zorgcoordinatorInformeren",
                "routeZonderToestemmingGestopt").hasNotPassed("warmOvergedragen");
        assertThat(taskService.createTaskQuery().processInstanceId(aanmelding.getId()).count()).isZero();
        assertThat(aanmeldingen.vanDossier(nummer).get(0).routeGestoptReden()).contains("jeugdhulp");
        assertThat(meldingen.voor("zorgcoordinator", List.of(), false))
                .filteredOn(m -> nummer.equals(m.dossierNummer()))
                .anySatisfy(m -> assertThat(m.onderwerp()).contains("Route gestopt"));
    }

    @Test
    void signalenVanOnveiligheidGevenDeMeldcodeOokZonderToestemming() {
        meld(Set.of(Categorie.THUISSITUATIE), Urgentie.HOOG, false, true);
        intakeGedaan(true);

        // Both at once: the meldcode starts as a process of its own (aanleiding intake), and consent is asked.
        assertThat(aanmelding).hasPassed("meldcodeStarten", "meldcodeGestart").hasNotPassed("geenSignalen")
                .isWaitingAt("toestemmingVragen");
        ProcessInstance meldcode = runtimeService.createProcessInstanceQuery().processDefinitionKey("meldcode")
                .processInstanceBusinessKey(nummer).singleResult();
        assertThat(meldcode).isWaitingAt("signalenInKaart");
        assertThat(taskService.createTaskQuery().processInstanceId(meldcode.getId()).singleResult())
                .hasCandidateGroup("aandachtsfunctionaris");
        toestemming();
        complete(taak("handelingsplan"), withVariables("doelen", List.of("Sam leest groep-7-teksten vlot")));
        assertThat(aanmelding).isWaitingAt("evaluatiemoment");
    }

    /**
     * A deadline as people meet it: the reminder reaches jeugdhulp, the escalation the gemeente, with the reason the
     * model gives. Every task's reminder and escalation, and every path, are in AanmeldingModelTest (no web stack).
     */
    @Test
    void deWarmeOverdrachtHerinnertJeugdhulpEnEscaleertNaarDeGemeente() {
        naarTaak("warmeOverdracht");
        Task taak = taak("warmeOverdracht");
        assertThat(herinnering(aanmelding, "warmeOverdracht").getDuedate()).isEqualTo(taak.getFollowUpDate());
        assertThat(termijnVerstreken(aanmelding, "warmeOverdracht").getDuedate()).isEqualTo(taak.getDueDate());

        managementService.executeJob(herinnering(aanmelding, "warmeOverdracht").getId());
        assertThat(meldingen.overTaak(taak.getId())).singleElement().satisfies(m -> {
            assertThat(m.soort()).isEqualTo(Melding.Soort.HERINNERING);
            assertThat(m.aanGroep()).isEqualTo("jeugdhulp");
        });

        managementService.executeJob(termijnVerstreken(aanmelding, "warmeOverdracht").getId());
        assertThat(escalaties.vanProcesInstantie(aanmelding.getId())).singleElement().satisfies(e -> {
            assertThat(e.getGroep()).isEqualTo("gemeente");
            assertThat(e.getReden()).isEqualTo("Warme overdracht niet binnen de termijn opgepakt");
        });
        assertThat(meldingen.overTaak(taak.getId())).filteredOn(m -> m.soort() == Melding.Soort.ESCALATIE)
                .singleElement().satisfies(m -> assertThat(m.aanGroep()).isEqualTo("gemeente"));
        // The work must still be done: the task stays open.
        assertThat(aanmelding).isWaitingAt("warmeOverdracht");
    }

    private void naarTaak(String taakId) {
        meld(Set.of(Categorie.MEDISCH), Urgentie.HOOG, false, false);
        intakeGedaan(false);
        toestemming(Toestemming.Scope.JEUGDHULP);
        assertThat(aanmelding).isWaitingAt(taakId);
    }

    /** The job that hands the route over to another capability's process (asyncBefore on the call activity). */
    private Job overdrachtsjob(String activiteit) {
        return managementService.createJobQuery().processInstanceId(aanmelding.getId()).activityId(activiteit)
                .singleResult();
    }

    /** Runs the handover: the call activity starts its process. */
    private void overdracht(String activiteit) {
        assertThat(aanmelding).isWaitingAt(activiteit);
        managementService.executeJob(overdrachtsjob(activiteit).getId());
    }

    /** The MDO this referral started (process mdo, a call activity). */
    private ProcessInstance mdo() {
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(aanmelding.getId()).singleResult();
    }

    /** Runs the MDO of this referral: planned, held, no agreements, evaluated with the given decision. */
    private void mdoDoorlopen(String besluit) {
        ProcessInstance mdo = mdo();
        assertThat(mdo.getBusinessKey()).isEqualTo(nummer);
        String plannen = taskService.createTaskQuery().processInstanceId(mdo.getId()).taskDefinitionKey("plannen")
                .singleResult().getId();
        assertThat(http().als("zorgcoordinator").post("/api/taken/" + plannen + "/voltooien",
                "{\"datum\": \"2026-11-12T15:00\", \"locatie\": \"Lokaal 12\"}").status()).isEqualTo(204);
        // The meeting starts: preparation over, report due.
        managementService.executeJob(timer(mdo, "mdoBegonnen").getId());
        managementService.executeJob(timer(mdo, "mdoMoment").getId());
        String verslag = taskService.createTaskQuery().processInstanceId(mdo.getId()).taskDefinitionKey("verslag")
                .singleResult().getId();
        assertThat(http().als("zorgcoordinator").post("/api/taken/" + verslag + "/voltooien",
                "{\"verslag\": \"Besproken.\", \"oudersAanwezig\": true, \"leerlingAanwezig\": true}").status())
                .isEqualTo(204);
        managementService.executeJob(timer(mdo, "evaluatiemoment").getId());
        complete(taskService.createTaskQuery().processInstanceId(mdo.getId()).taskDefinitionKey("evalueren")
                .singleResult(), withVariables("uitkomst", besluit));
        assertThat(mdo).isEnded();
    }

    private void meld(Set<Categorie> categorieen, Urgentie urgentie, boolean eerder, boolean onveilig) {
        var gestart = aanmeldingen.start(nummer, new NieuweAanmelding(categorieen, urgentie,
                "Gesprekken met de mentor.", eerder, onveilig, null), "mentor");
        aanmelding = runtimeService.createProcessInstanceQuery().processInstanceId(gestart.aanmelding().procesInstantieId())
                .singleResult();
    }

    private void intakeGedaan(boolean onveilig) {
        complete(taak("intake"), withVariables("verslag", "Gesprek met ouders en leerling over de zorgen.",
                "gesprekOudersGevoerd", true, "gesprekLeerlingGevoerd", true, "signalenOnveiligheid", onveilig));
    }

    private void toestemming(Toestemming.Scope... scopes) {
        complete(taak("toestemmingVragen"), withVariables("gegeven", List.of(scopes), "vorm", "GESPREK"));
    }

    private Task taak(String taakId) {
        return taskService.createTaskQuery().processInstanceId(aanmelding.getId()).taskDefinitionKey(taakId)
                .singleResult();
    }

    private Route route() {
        return Route.valueOf((String) runtimeService.getVariable(aanmelding.getId(), "route"));
    }

    private Long toestemmingVan(Toestemming.Scope scope, Toestemming.GegevenDoor wie) {
        return dossiers.haalOp(nummer).toestemmingen().stream()
                .filter(t -> t.scope() == scope && t.gegevenDoor() == wie).findFirst().orElseThrow().id();
    }

    private static Set<Toestemming.Scope> scopes(String tekst) {
        Set<Toestemming.Scope> scopes = EnumSet.noneOf(Toestemming.Scope.class);
        for (String s : tekst.trim().split("\\s+")) {
            scopes.add(Toestemming.Scope.valueOf(s));
        }
        return scopes;
    }
}
