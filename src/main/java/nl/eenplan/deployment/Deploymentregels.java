package nl.eenplan.deployment;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.eenplan.engine.Deploymentregel;
import nl.eenplan.engine.Probleem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
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
 * A rule the engine runs on every new deployment ({@link Deploymentregel}): a refusal is Camunda's parse error, which
 * /engine-rest answers with 400 and the problems per file (what Camunda Modeler shows), and which stops start-up with
 * the same message.
 */
@Component
@Order(1) // the deployment as a whole first: a model for one school is refused as such, whatever is in it
class Deploymentregels implements Deploymentregel {

    /** Where the refusal points the reader. */
    static final String UITLEG = "Deployment geweigerd (docs/modeler.md, \"Deployen\"):";
    private static final String DEPLOYMENT = "(deployment)";

    private final String proeftenant;

    Deploymentregels(@Value("${eenplan.proef.tenant}") String proeftenant) {
        this.proeftenant = proeftenant;
    }

    @Override
    public String uitleg() {
        return UITLEG;
    }

    @Override
    public Map<String, List<Probleem>> problemen(Deployment deployment) {
        Map<String, List<Probleem>> perBestand = new TreeMap<>();
        if (deployment.tenant() != null && !deployment.tenant().equals(proeftenant)) {
            perBestand.put(DEPLOYMENT, List.of(Probleem.bij(null, "een model geldt voor alle scholen: deploy het zonder "
                    + "tenant-id (nu '" + deployment.tenant() + "'), of om het uit te proberen met tenant-id '"
                    + proeftenant + "'")));
        }
        ModelVerwijzingen.ontbrekend(deployment.bestanden()).forEach((bestand, ontbrekend) -> perBestand.put(bestand,
                ontbrekend.stream().map(o -> Probleem.bij(o.elementId(), "element '" + o.elementId() + "': " + o.soort() + " '"
                        + o.ref() + "' heeft binding deployment, maar zit niet in deze deployment; deploy het "
                        + ("formulier".equals(o.soort()) ? "formulierbestand (forms/)" : "bestand")
                        + " mee (in de Modeler: extra bestanden bij Deploy; bij een redeploy: in resourceNames)"))
                        .toList()));
        return perBestand;
    }
}
