package nl.eenplan.leerplicht.proces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import nl.eenplan.Modelengine;
import nl.eenplan.Termijntimers;
import nl.eenplan.engine.Termijnconventie;
import nl.eenplan.leerplicht.Overdrachten;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * processes/leerplichtEscalatie.bpmn on its own (issue #19: model tests without the web stack): both routes of the
 * gateway, the school's withdrawal, and the escalation to the team lead the convention gives each task
 * (escalatieNaar). The journeys (inbox, Tasklist, the school told) stay in LeerplichtEscalatieScenarioIT.
 */
class LeerplichtEscalatieModelTest {

    ProcessEngine engine = Modelengine.engine();
    JavaDelegate verwerk = mock(JavaDelegate.class);
    JavaDelegate sluitAf = mock(JavaDelegate.class);
    String deployment;
    ProcessInstance proces;

    @BeforeEach
    void gegevenEenEscalatie() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-09T09:00:00Z")));
        Mocks.register("verwerkLeerplichtBeoordeling", verwerk);
        Mocks.register("sluitLeerplichtEscalatieAf", sluitAf);
        deployment = engine.getRepositoryService().createDeployment()
                .addClasspathResource("processes/leerplichtEscalatie.bpmn").deploy().getId();
        proces = engine.getRuntimeService().createMessageCorrelation("escalatieLeerplicht")
                .processInstanceBusinessKey("2026-00001")
                .setVariables(Map.of("schoolBrin", "99ZZ00", "escalatieId", 1L, "reden", "VERZUIM_16_UUR",
                        // Which team works it (Escalatieroute), since RMC has its own group.
                        "behandelaar", "leerplicht"))
                .correlateStartMessage();
        // The hand-over is a job of its own: the escalation waits until the job executor runs it.
        assertThat(proces).isWaitingAt("escalatieOntvangen");
        assertThat(Overdrachten.voerUit(engine.getManagementService())).isOne();
    }

    @AfterEach
    void ruimOp() {
        Modelengine.ruimOp(deployment);
    }

    @Test
    void terKennisgevingAangenomenEindigtNaDeBeoordeling() throws Exception {
        complete(task("beoordelen", proces), withVariables("route", "terKennisgeving"));

        assertThat(proces).isEnded().hasPassed("beoordelingVerwerken", "terKennisgevingAangenomen")
                .hasNotPassed("afsluiten");
        verify(verwerk).execute(any());
    }

    @Test
    void eenZaakInBehandelingWordtAfgesloten() throws Exception {
        complete(task("beoordelen", proces), withVariables("route", "zorgmelding"));
        assertThat(proces).isWaitingAt("afsluiten");

        complete(task("afsluiten", proces), withVariables("uitkomst", "opgelost"));

        assertThat(proces).isEnded().hasPassed("afsluitingVerwerken", "afgesloten");
        verify(sluitAf).execute(any());
    }

    @Test
    void deSchoolTrektInVoordatLeerplichtBeoordeelt() {
        engine.getRuntimeService().createMessageCorrelation("escalatieIngetrokken")
                .processInstanceBusinessKey("2026-00001").correlate();

        assertThat(proces).isEnded().hasPassed("ingetrokken").hasNotPassed("beoordelingVerwerken");
    }

    @Test
    void eenBeoordelingDieBlijftLiggenGaatNaarDeTeamleiderMetDeRedenUitHetModel() throws Exception {
        var verstreken = Termijntimers.van(engine.getManagementService(), proces.getId(), "beoordelen",
                Termijnconventie.VERSTREKEN);
        engine.getManagementService().executeJob(verstreken.getId());

        verify(Modelengine.BEWAKING.get()).escaleer(argThat(t -> t.stap().equals("beoordelen")
                        && t.dossier().equals("2026-00001")), eq("leerplichtteamleider"),
                eq("Escalatie niet binnen de termijn beoordeeld"));
        assertThat(proces).isWaitingAt("beoordelen");
        verify(verwerk, never()).execute(any());
    }

    @Test
    void eenHerberekendeTimerVolgtDeDatumVanZijnTaak() {
        var verstreken = Termijntimers.van(engine.getManagementService(), proces.getId(), "beoordelen",
                Termijnconventie.VERSTREKEN);
        engine.getManagementService().recalculateJobDuedate(verstreken.getId(), false);
        assertThat(engine.getManagementService().createJobQuery().jobId(verstreken.getId()).singleResult().getDuedate())
                .isEqualTo(task("beoordelen", proces).getDueDate());
    }

    @Test
    void eenLatereTermijnVerplaatstDeTimersVanDeTaak() {
        var taak = task("beoordelen", proces);
        Date later = new Date(taak.getDueDate().getTime() + 7L * 24 * 3600 * 1000);
        Date herinneringLater = new Date(taak.getFollowUpDate().getTime() + 7L * 24 * 3600 * 1000);
        taak.setDueDate(later);
        taak.setFollowUpDate(herinneringLater);
        engine.getTaskService().saveTask(taak);

        assertThat(Termijntimers.van(engine.getManagementService(), proces.getId(), "beoordelen",
                Termijnconventie.VERSTREKEN).getDuedate()).isEqualTo(later);
        assertThat(Termijntimers.van(engine.getManagementService(), proces.getId(), "beoordelen",
                Termijnconventie.HERINNERING).getDuedate()).isEqualTo(herinneringLater);
    }

    @Test
    void deHerinneringGaatVoorDeTermijnEnAlleenZolangDeTaakOpenIs() throws Exception {
        var herinnering = Termijntimers.van(engine.getManagementService(), proces.getId(), "beoordelen",
                Termijnconventie.HERINNERING);
        assertThat(herinnering.getDuedate()).isBefore(task("beoordelen", proces).getDueDate());

        complete(task("beoordelen", proces), withVariables("route", "terKennisgeving"));

        // Done in time: the task's timers went with it.
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(proces.getId()).count()).isZero();
    }
}
