package nl.eenplan.arrangement;

import static nl.eenplan.Tijd.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import nl.eenplan.Http;
import nl.eenplan.ScenarioTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.dossier.NieuweToestemming;
import nl.eenplan.dossier.Toestemming;
import nl.eenplan.dossier.ToestemmingService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An instance of the version of arrangement.bpmn before process jeugdhulpbesluit, whose gemeente decided the care part
 * in task besluitZorg of the arrangement itself (src/test/resources/oud/arrangement-zorgbesluit-in-arrangement.bpmn,
 * from git history), finishes on its own version (docs/beheer.md): the task stays where it was, with its own deadline,
 * and completing it still moves the arrangement on; no jeugdhulpbesluit starts for it.
 */
class ArrangementZorgbesluitVorigeVersieIT extends ZorgdeelOpVorigeVersie {

    @BeforeEach
    void gegevenEenZorgdeelOpDeVorigeVersie() {
        startMetZorgdeel("arrangement-zorgbesluit-vorige-versie", "arrangement-zorgbesluit-in-arrangement.bpmn");
    }

    @Test
    void deGemeenteBesluitNogInHetArrangementEnHetLooptAfOpDeVorigeVersie() {
        assertThat(arrangement).isWaitingAt("besluitOnderwijs", "besluitZorg");
        Task besluitZorg = taak("besluitZorg");
        assertThat(besluitZorg).hasCandidateGroup("gemeente");
        assertThat(besluitZorg.getDueDate()).as("zijn eigen termijn, zoals toen").isNotNull();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("jeugdhulpbesluit")
                .processInstanceBusinessKey(nummer).count()).isZero();

        voltooiOk("gemeente", "besluitZorg", "{\"besluit\": \"TOEGEKEND\"}");
        voltooiOk("swv", "besluitOnderwijs", "{\"besluit\": \"TOEGEKEND\"}");

        assertThat(arrangement).hasPassed("zorgBesluitVastleggen", "plaatsGeboden", "inHetPlan")
                .isWaitingAt("evaluatiemoment");
        assertThat(arrangementen.vanDossier(nummer).get(0).zorgBesluit()).isEqualTo(Besluit.TOEGEKEND);
    }
}
