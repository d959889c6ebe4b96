package nl.eenplan.arrangement;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;

/**
 * An earlier version of processes/arrangement.bpmn (a copy in src/test/resources/oud/) deployed next to the current
 * one, with the forms it binds (binding deployment: they travel with it): the model an instance started before an
 * upgrade still runs on.
 */
final class VorigeVersie {

    /** The deployment (to delete after the test) and its process definition (to start an instance on). */
    record Gedeployd(String deployment, String definitie) {
    }

    private VorigeVersie() {
    }

    static Gedeployd deploy(RepositoryService repositoryService, String naam, String model, List<String> formulieren) {
        var d = repositoryService.createDeployment().name(naam);
        d.addInputStream("arrangement.bpmn", VorigeVersie.class.getResourceAsStream("/oud/" + model));
        formulieren.forEach(f -> d.addClasspathResource("forms/" + f + ".form"));
        var gedeployd = d.deployWithResult();
        return new Gedeployd(gedeployd.getId(), gedeployd.getDeployedProcessDefinitions().get(0).getId());
    }
}
