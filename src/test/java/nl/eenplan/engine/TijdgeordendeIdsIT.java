package nl.eenplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.eenplan.IntegratieTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue #25: the engine makes its ids with {@link TijdgeordendeIds}, so a row made later has a larger id. */
class TijdgeordendeIdsIT extends IntegratieTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService taken;

    @Test
    void deEngineMaaktTijdgeordendeIds_eenLaterGemaakteRijHeeftEenGroterId() {
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getIdGenerator())
                .isInstanceOf(TijdgeordendeIds.class);
        Task eerste = taken.newTask();
        taken.saveTask(eerste);
        Task tweede = taken.newTask();
        taken.saveTask(tweede);
        try {
            assertThat(UUID.fromString(eerste.getId()).version()).isEqualTo(6);
            assertThat(tweede.getId()).isGreaterThan(eerste.getId());
        } finally {
            taken.deleteTask(eerste.getId(), true);
            taken.deleteTask(tweede.getId(), true);
        }
    }
}
