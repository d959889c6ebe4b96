package nl.eenplan.arrangement;

import static nl.eenplan.Tijd.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import nl.eenplan.Http;
import nl.eenplan.ScenarioTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.leerplicht.EscalatieView;
import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.leerplicht.Reden;
import nl.eenplan.melding.MeldingService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An instance of the previous version of arrangement.bpmn (before issue 23: with the zorgplicht clock, its extension
 * and escalation; src/test/resources/oud/arrangement-met-zorgplichtklok.bpmn, from git history) runs on the current
 * code: it finishes on its own version (docs/beheer.md, upgrade notes). Its request is completed on the new code,
 * so the clock still starts; the extension, the parents' task and "zorgplicht overschreden" still work.
 * Registration Monday 2 November 2026: zorgplicht until Monday 14 December, extendable to Monday 11 January.
 */
class ArrangementVorigeVersieIT extends ScenarioTest {

    static final String ZONDER_ZORG = ArrangementScenarioIT.ZONDER_ZORG;
    /** The forms the previous version binds (binding deployment: they travel with it). */
    static final List<String> FORMULIEREN = List.of("arrangementAanvraag", "arrangementAfsluiten",
            "arrangementEvaluatie", "besluitOnderwijs", "besluitZorg", "deskundigenadviezen", "oppVaststellen",
            "oudersInformeren", "zorgplichtVerlengen");

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ArrangementService arrangementen;
    @Autowired
    LeerplichtService leerplicht;
    @Autowired
    MeldingService meldingen;

    String deployment;
    String nummer;
    ProcessInstance arrangement;

    @BeforeEach
    void gegevenEenLopendeAanvraagOpDeVorigeVersie() {
        ClockUtil.setCurrentTime(moment(2026, 11, 3, 10, 0));
        VorigeVersie.Gedeployd gedeployd = VorigeVersie.deploy(repositoryService, "arrangement-vorige-versie", "arrangement-met-zorgplichtklok.bpmn",
                FORMULIEREN);
        deployment = gedeployd.deployment();
        String definitie = gedeployd.definitie();
        nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
        arrangement = runtimeService.startProcessInstanceById(definitie, nummer, Map.of("dossierNummer", nummer,
                "schoolBrin", "99ZZ00", "onderwijssoort", "PO", "zorgcoordinator", "zorgcoordinator"));
    }

    /** The current version is the latest again for every other test. */
    @AfterEach
    void ruimOp() {
        repositoryService.deleteDeployment(deployment, true);
    }

    @Test
    void deVorigeVersieStartNogDeKlokOokAlsDeAanvraagOpDeNieuweCodeWordtAfgerond() {
        aanvraag(ZONDER_ZORG);
        assertThat(arrangement).isWaitingAt("besluitOnderwijs", "zorgplichtVerstreken", "weekVoorZorgplicht");
        assertThat(timer("zorgplichtVerstreken").getDuedate()).isEqualTo(moment(2026, 12, 14, 23, 59, 59));
        assertThat(arrangementen.vanDossier(nummer).get(0).zorgplichtTot()).isEqualTo(java.time.LocalDate.of(2026, 12, 14));
    }

    @Test
    void afgewezenZonderBezwaarEnDeZorgplichtVerstrijkt() {
        aanvraag(ZONDER_ZORG);
        besluit("swv", "besluitOnderwijs", "AFGEWEZEN");
        managementService.executeJob(timer("bezwaartermijnOnderwijsVerstreken").getId());
        assertThat(arrangement).hasPassed("geenPlaatsBinnen").isWaitingAt("zorgplichtVerstreken", "weekVoorZorgplicht");

        // No extension decided in time; at the deadline SWV and leerplicht hear it.
        managementService.executeJob(timer("weekVoorZorgplicht").getId());
        managementService.executeJob(timer("termijnVerlengenVerstreken").getId());
        ClockUtil.setCurrentTime(moment(2026, 12, 15, 0, 0));
        managementService.executeJob(timer("zorgplichtVerstreken").getId());
        assertThat(arrangement).isWaitingAt("zorgplichtEscaleren");
        managementService.executeJob(asyncJob("zorgplichtEscaleren").getId());

        assertThat(arrangement).isEnded().hasPassed("verlengenGeescaleerd", "zorgplichtEscaleren", "geenArrangement");
        EscalatieView e = leerplicht.vanDossier(nummer).get(0);
        assertThat(e.reden()).isEqualTo(Reden.ZORGPLICHT_OVERSCHREDEN);
        assertThat(e.feiten()).contains("2026-11-02", "2026-12-14");
        assertThat(meldingen.voor("swv", List.of("swv"), false))
                .anySatisfy(m -> assertThat(m.onderwerp()).contains("Zorgplicht overschreden").contains(nummer));
        assertThat(arrangementen.vanDossier(nummer).get(0).status()).isEqualTo(Arrangement.Status.GEEN_PLAATS);
    }

    @Test
    void verlengdMet4WekenEnDanAlsnogEenPlaats() {
        aanvraag(ZONDER_ZORG);
        managementService.executeJob(timer("weekVoorZorgplicht").getId());
        assertThat(voltooi("zorgcoordinator", taak("verlengen"), "{\"verlengen\": true}").status())
                .as("verlengen zonder reden").isEqualTo(400);
        voltooi("zorgcoordinator", taak("verlengen"), "{\"verlengen\": true, \"reden\": \"Plek per januari.\"}");
        assertThat(taak("oudersInformeren")).hasCandidateGroup("zorgcoordinator");
        voltooi("zorgcoordinator", taak("oudersInformeren"), "{\"gedaan\": true}");
        assertThat(runtimeService.getVariable(arrangement.getId(), "verlengdTot")).isEqualTo(moment(2027, 1, 11, 23, 59, 59));

        ClockUtil.setCurrentTime(moment(2026, 12, 15, 0, 0));
        managementService.executeJob(timer("zorgplichtVerstreken").getId());
        assertThat(arrangement).isWaitingAt("verlengdeZorgplichtVerstreken", "besluitOnderwijs");

        besluit("swv", "besluitOnderwijs", "TOEGEKEND");
        assertThat(arrangement).isWaitingAt("opp");
        assertThat(leerplicht.vanDossier(nummer)).isEmpty();
        assertThat(arrangementen.vanDossier(nummer).get(0).verlengdTot()).isEqualTo(java.time.LocalDate.of(2027, 1, 11));

        // The old task "OPP vaststellen" still works on this version; its OPP is kept as a version "vastgesteld vóór
        // instemming was vastgelegd", as V39 did for the OPPs before the upgrade (issue 23, opp).
        voltooi("zorgcoordinator", taak("opp"), "{\"perspectief\": \"Regulier vo, havo.\"}");
        assertThat(arrangement).isWaitingAt("evaluatiemoment");
        com.fasterxml.jackson.databind.JsonNode opp = http().als("zorgcoordinator").get("/api/dossiers/" + nummer + "/opp")
                .json().get("huidig");
        assertThat(opp.get("status").asText()).isEqualTo("VOOR_INSTEMMINGSRECHT");
        assertThat(opp.get("onderbouwing").asText()).isEqualTo("Regulier vo, havo.");
    }

    @Test
    void verlengdEnOokDeVerlengingVerstrijkt() {
        aanvraag(ZONDER_ZORG);
        managementService.executeJob(timer("weekVoorZorgplicht").getId());
        voltooi("zorgcoordinator", taak("verlengen"), "{\"verlengen\": true, \"reden\": \"Wachtlijst.\"}");
        voltooi("zorgcoordinator", taak("oudersInformeren"), "{\"gedaan\": true}");
        managementService.executeJob(timer("zorgplichtVerstreken").getId());
        ClockUtil.setCurrentTime(moment(2027, 1, 12, 0, 0));
        managementService.executeJob(timer("verlengdeZorgplichtVerstreken").getId());
        managementService.executeJob(asyncJob("zorgplichtEscaleren").getId());

        assertThat(arrangement).hasPassed("zorgplichtEscaleren").isWaitingAt("besluitOnderwijs");
        assertThat(leerplicht.vanDossier(nummer)).singleElement()
                .satisfies(e -> assertThat(e.feiten()).contains("verlengd tot 2027-01-11"));
    }

    @Test
    void nietVerlengenLaatDeKlokGewoonLopen() {
        aanvraag(ZONDER_ZORG);
        managementService.executeJob(timer("weekVoorZorgplicht").getId());
        voltooi("zorgcoordinator", taak("verlengen"), "{\"verlengen\": false}");
        assertThat(arrangement).hasPassed("nietVerlengd").isWaitingAt("zorgplichtVerstreken", "besluitOnderwijs");
    }

    private void aanvraag(String json) {
        // Requests since issue 23 attach the parents' signed groeidocument, old model version or not.
        nl.eenplan.groeidocument.Groeidocumenten.ondertekend(http().als("zorgcoordinator"), nummer);
        Http.Antwoord a = voltooi("zorgcoordinator", taak("aanvraag"), json);
        assertThat(a.status()).as(a.body()).isEqualTo(204);
    }

    private void besluit(String gebruiker, String taakId, String besluit) {
        Http.Antwoord a = voltooi(gebruiker, taak(taakId), "{\"besluit\": \"" + besluit + "\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(204);
    }

    private Job timer(String activiteit) {
        return timer(arrangement, activiteit);
    }

    private Job asyncJob(String activiteit) {
        return managementService.createJobQuery().processInstanceId(arrangement.getId()).activityId(activiteit)
                .messages().singleResult();
    }

    private Task taak(String taakId) {
        return taskService.createTaskQuery().processInstanceId(arrangement.getId()).taskDefinitionKey(taakId).singleResult();
    }

    private Http.Antwoord voltooi(String gebruiker, Task taak, String invoer) {
        return http().als(gebruiker).post("/api/taken/" + taak.getId() + "/voltooien", invoer);
    }
}
