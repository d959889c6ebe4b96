package nl.eenplan.engine;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.cmmn.deployer.CmmnDeployer;
import org.camunda.bpm.engine.impl.dmn.deployer.DecisionDefinitionDeployer;

/**
 * A rule every new deployment keeps, whoever deploys (EenPlan at start-up, Camunda Modeler, a redeploy through
 * /engine-rest). A capability implements it as a Spring bean without engine internals; {@link Deploymentcontrole} runs
 * the rules, in their {@code @Order}, before the engine parses anything, and the first that finds problems refuses the
 * deployment with Camunda's own parse error: /engine-rest answers 400 with the problems per file and element (what
 * Camunda Modeler shows), and start-up stops with the same message. Versions already deployed, read back into the
 * engine's cache, are not checked again, so running instances of an older version keep working.
 */
public interface Deploymentregel {

    /** The first line of the refusal: what was refused and where the reader finds why. */
    String uitleg();

    /**
     * The problems per file, in the order to report them (a file's name in the deployment, or a label for the
     * deployment as a whole); empty when the deployment keeps this rule.
     */
    Map<String, List<Probleem>> problemen(Deployment deployment);

    /** A new deployment as the rules see it: its files by name, in the order the engine holds them. */
    record Deployment(String naam, String bron, String tenant, Map<String, byte[]> bestanden) {
    }

    /** Whether the engine deploys this file as BPMN (by its name, as the engine's own deployers tell). */
    static boolean isBpmn(String bestand) {
        return eindigtOp(bestand, BpmnDeployer.BPMN_RESOURCE_SUFFIXES);
    }

    static boolean isDmn(String bestand) {
        return eindigtOp(bestand, DecisionDefinitionDeployer.DMN_RESOURCE_SUFFIXES);
    }

    static boolean isCmmn(String bestand) {
        return eindigtOp(bestand, CmmnDeployer.CMMN_RESOURCE_SUFFIXES);
    }

    private static boolean eindigtOp(String bestand, String[] achtervoegsels) {
        for (String achtervoegsel : achtervoegsels) {
            if (bestand != null && bestand.endsWith(achtervoegsel)) {
                return true;
            }
        }
        return false;
    }
}
