package nl.eenplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Termijntimers;
import nl.eenplan.Testdossiers;
import nl.eenplan.leerplicht.LeerplichtEscalatie;
import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.leerplicht.Reden;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The timers deadlines by convention give a task behave as timers a model draws: they survive a migration of the
 * instance and still do their work (a recalculation is in LeerplichtEscalatieModelTest), and the installation
 * remembers since when it applies the convention (older model versions read again after a restart are left as
 * they were deployed).
 */
class TermijnconventieIT extends IntegratieTest {

    @Autowired
    LeerplichtService leerplicht;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taken;
    @Autowired
    ManagementService beheer;
    @Autowired
    nl.eenplan.termijn.EscalatieService escalaties;

    @Test
    void eenMigratieHoudtHerinneringEnEscalatieVanDeTaak() {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer")
                .asText();
        LeerplichtEscalatie e = leerplicht.escaleer(nummer, Reden.LANGDURIG_VERZUIM, "Sinds oktober thuis.", "test");
        overdrachtenNaarLeerplicht();
        String instantie = e.getProcesInstantieId();
        Task beoordelen = taken.createTaskQuery().processInstanceId(instantie).singleResult();
        assertThat(timers(instantie)).hasSize(2);

        String definitie = runtime.createProcessInstanceQuery().processInstanceId(instantie).singleResult()
                .getProcessDefinitionId();
        MigrationPlan plan = runtime.createMigrationPlan(definitie, definitie).mapEqualActivities().build();
        runtime.newMigration(plan).processInstanceIds(instantie).execute();

        assertThat(timers(instantie)).hasSize(2);
        Job escalatie = Termijntimers.van(beheer, instantie, "beoordelen", Termijnconventie.VERSTREKEN);
        assertThat(escalatie.getDuedate()).isEqualTo(beoordelen.getDueDate());

        // And it still does its work: the escalation to the team lead.
        beheer.executeJob(escalatie.getId());
        assertThat(escalaties.vanProcesInstantie(instantie)).singleElement()
                .satisfies(x -> assertThat(x.getGroep()).isEqualTo("leerplichtteamleider"));
        runtime.deleteProcessInstance(instantie, "test");
    }

    @Test
    void deInstallatieWeetSindsWanneerZeDeConventieToepast() {
        assertThat(beheer.getProperties()).containsKey(Termijnconventie.SINDS);
    }

    private List<Job> timers(String instantie) {
        return beheer.createJobQuery().processInstanceId(instantie).timers().list();
    }
}
