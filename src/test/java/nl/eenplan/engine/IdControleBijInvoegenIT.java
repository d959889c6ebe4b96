package nl.eenplan.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.eenplan.IntegratieTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #25: the engine inserts through {@link IdControleBijInvoegen}'s entity manager, which checks ids as Camunda
 * does but builds the message only for an id it refuses.
 */
class IdControleBijInvoegenIT extends IntegratieTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService taken;

    @Test
    void deEngineVoegtInViaDeEigenEntiteitbeheerder() {
        ProcessEngineConfigurationImpl configuratie =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuratie.getSessionFactories().get(DbEntityManager.class))
                .isInstanceOf(IdControleBijInvoegen.Fabriek.class);
    }

    @Test
    void eenIdDatCamundaWeigertWordtGeweigerdMetCamundasMelding_enNietsGeschreven() {
        assertThatThrownBy(() -> taken.saveTask(taken.newTask("*")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("has an invalid id")
                .hasMessageContaining("cannot be *");
        assertThat(taken.createTaskQuery().taskId("*").count()).isZero();

        String id = "idcontrole-" + System.nanoTime();
        taken.saveTask(taken.newTask(id));
        assertThat(taken.createTaskQuery().taskId(id).count()).isEqualTo(1);
        taken.deleteTask(id, true);
    }
}
