package nl.eenplan.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.eenplan.modelcontrole.Probleem;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a deployment as a whole must be, whoever makes it (EenPlan at start-up, Camunda Modeler, a redeploy through
 * /engine-rest), checked before the engine parses it, next to the check of each model file in it
 * ({@code nl.eenplan.modelcontrole}):
 * <ul>
 *   <li><b>for all schools</b> (no tenant id), or <b>to try out</b> with the test tenant id ({@link Proefomgeving}).
 *       A model for one real school would start without a pupil (its tenant given) and take that school along;</li>
 *   <li><b>complete:</b> every form, decision table and called process that a BPMN file binds with binding
 *       "deployment" is in the same deployment. Otherwise its task finds no form ("Form failure" in Tasklist), its
 *       business rule task no table: the trap of redeploying one BPMN file to roll back, or of Camunda's
 *       deploy-changed-only, which leaves an unchanged form out.</li>
 * </ul>
 * A refusal is Camunda's {@link ParseException}: /engine-rest answers 400 with the problems per file (what Camunda
 * Modeler shows), and start-up stops with the same message.
 */
@Component
class Deploymentregels extends AbstractProcessEnginePlugin {

    /** Where the refusal points the reader. */
    static final String UITLEG = "Deployment geweigerd (docs/modeler.md, \"Deployen\"):";
    private static final String DEPLOYMENT = "(deployment)";

    private final String proeftenant;

    Deploymentregels(@Value("${eenplan.proef.tenant}") String proeftenant) {
        this.proeftenant = proeftenant;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        if (configuratie.getCustomPreDeployers() == null) {
            configuratie.setCustomPreDeployers(new ArrayList<>());
        }
        configuratie.getCustomPreDeployers().add(this::controleer);
    }

    void controleer(DeploymentEntity deployment) {
        if (!deployment.isNew() || deployment.getResources() == null) {
            return; // a version already deployed, read back into the cache
        }
        Map<String, List<Probleem>> perBestand = new TreeMap<>();
        if (deployment.getTenantId() != null && !deployment.getTenantId().equals(proeftenant)) {
            perBestand.put(DEPLOYMENT, List.of(Probleem.bij(null, "een model geldt voor alle scholen: deploy het zonder "
                    + "tenant-id (nu '" + deployment.getTenantId() + "'), of om het uit te proberen met tenant-id '"
                    + proeftenant + "'")));
        }
        Map<String, byte[]> bestanden = new LinkedHashMap<>();
        for (ResourceEntity bestand : deployment.getResources().values()) {
            bestanden.put(bestand.getName(), bestand.getBytes());
        }
        ModelVerwijzingen.ontbrekend(bestanden).forEach((bestand, ontbrekend) -> perBestand.put(bestand,
                ontbrekend.stream().map(o -> Probleem.bij(o.elementId(), "element '" + o.elementId() + "': " + o.soort() + " '"
                        + o.ref() + "' heeft binding deployment, maar zit niet in deze deployment; deploy het "
                        + ("formulier".equals(o.soort()) ? "formulierbestand (forms/)" : "bestand")
                        + " mee (in de Modeler: extra bestanden bij Deploy; bij een redeploy: in resourceNames)"))
                        .toList()));
        if (!perBestand.isEmpty()) {
            throw Probleem.weigering(UITLEG, perBestand);
        }
    }
}
