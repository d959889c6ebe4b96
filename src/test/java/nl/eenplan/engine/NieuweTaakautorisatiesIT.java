package nl.eenplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #25: a new task's candidate group gets Camunda's own authorization on it without a lookup first
 * ({@link NieuweTaakautorisaties}), exactly one, with the permissions Camunda gives a group added to a written task;
 * a group added later, or the same group again, is looked up and merged as Camunda does.
 */
class NieuweTaakautorisatiesIT extends IntegratieTest {

    @Autowired
    TaskService taskService;
    @Autowired
    AuthorizationService autorisaties;

    @Test
    void eenNieuweTaakKrijgtPerGroepEenAutorisatieZoalsCamundaHemGeeft() {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw())
                .json().get("nummer").asText();
        String instantie = http().als("mentor").post("/api/dossiers/" + nummer + "/aanmeldingen", Testdossiers.AANMELDING)
                .json().get("procesInstantieId").asText();
        Task taak = taskService.createTaskQuery().processInstanceId(instantie).singleResult();
        List<String> groepen = taskService.getIdentityLinksForTask(taak.getId()).stream()
                .map(IdentityLink::getGroupId).filter(g -> g != null).toList();
        assertThat(groepen).isNotEmpty();

        // A group added to the task once it is written: Camunda's own path (lookup, then create or merge).
        taskService.addCandidateGroup(taak.getId(), "jeugdhulp");
        Authorization later = eenAutorisatie(taak, "jeugdhulp");
        assertThat(later.isPermissionGranted(Permissions.READ)).isTrue();

        for (String groep : groepen) {
            Authorization nieuw = eenAutorisatie(taak, groep);
            assertThat(nieuw.getAuthorizationType()).isEqualTo(later.getAuthorizationType());
            assertThat(nieuw.getPermissions(Permissions.values()))
                    .as("de rechten van groep %s", groep)
                    .containsExactlyInAnyOrder(later.getPermissions(Permissions.values()));
            // The same group again: merged into its one authorization, not a second one.
            taskService.addCandidateGroup(taak.getId(), groep);
            eenAutorisatie(taak, groep);
        }
    }

    private Authorization eenAutorisatie(Task taak, String groep) {
        List<Authorization> gevonden = autorisaties.createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(taak.getId()).groupIdIn(groep).list();
        assertThat(gevonden).as("autorisaties van groep %s op de taak", groep).hasSize(1);
        return gevonden.get(0);
    }
}
