package nl.eenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.leerplicht.LeerplichtEscalatie;
import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.leerplicht.Reden;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Retention: an ended instance keeps its history for its process's historyTimeToLive, then cleanup removes it. */
class BewaartermijnIT extends IntegratieTest {

    @Autowired
    LeerplichtService leerplicht;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;

    @AfterEach
    void klokTerug() {
        klok.zetOpStart();
    }

    @Test
    void naDeBewaartermijnRuimtDeHistoryCleanupDeInstantieOp() {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer")
                .asText();
        LeerplichtEscalatie afgehandeld = leerplicht.escaleer(nummer, Reden.LANGDURIG_VERZUIM, "Sinds oktober thuis.", "test");
        overdrachtenNaarLeerplicht();
        taskService.complete(taskService.createTaskQuery().processInstanceId(afgehandeld.getProcesInstantieId())
                .singleResult().getId(), java.util.Map.of("route", "terKennisgeving"));
        LeerplichtEscalatie lopend = leerplicht.escaleer(nummer, Reden.VERZUIM, "16 uur.", "test");
        overdrachtenNaarLeerplicht();

        HistoricProcessInstance klaar = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(afgehandeld.getProcesInstantieId()).singleResult();
        // leerplichtEscalatie keeps history 1825 days (5 years) after it ended.
        assertThat(Duration.between(klaar.getEndTime().toInstant(), klaar.getRemovalTime().toInstant()).toDays())
                .isEqualTo(1825);

        // One day before the end of the retention nothing goes; one day after, the ended instance goes.
        ClockUtil.setCurrentTime(new Date(klaar.getRemovalTime().getTime() - Duration.ofDays(1).toMillis()));
        voerCleanupUit();
        assertThat(historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(afgehandeld.getProcesInstantieId()).count()).isEqualTo(1);

        ClockUtil.setCurrentTime(new Date(klaar.getRemovalTime().getTime() + Duration.ofDays(1).toMillis()));
        voerCleanupUit();
        assertThat(historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(afgehandeld.getProcesInstantieId()).count()).isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(afgehandeld.getProcesInstantieId()).count()).isZero();
        // A running instance has no removal time: it stays.
        assertThat(historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(lopend.getProcesInstantieId()).count()).isEqualTo(1);
    }

    private void voerCleanupUit() {
        Job job = historyService.cleanUpHistoryAsync(true);
        managementService.executeJob(job.getId());
    }
}
