package nl.eenplan.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.bpmn.parser.ResourceReportImpl;
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
        Map<String, List<Problem>> perBestand = new TreeMap<>();
        if (deployment.getTenantId() != null && !deployment.getTenantId().equals(proeftenant)) {
            perBestand.put(DEPLOYMENT, List.of(new Melding("een model geldt voor alle scholen: deploy het zonder "
                    + "tenant-id (nu '" + deployment.getTenantId() + "'), of om het uit te proberen met tenant-id '"
                    + proeftenant + "'", null)));
        }
        Map<String, byte[]> bestanden = new LinkedHashMap<>();
        for (ResourceEntity bestand : deployment.getResources().values()) {
            bestanden.put(bestand.getName(), bestand.getBytes());
        }
        ModelVerwijzingen.ontbrekend(bestanden).forEach((bestand, ontbrekend) -> perBestand.put(bestand,
                ontbrekend.stream().<Problem>map(o -> new Melding("element '" + o.elementId() + "': " + o.soort() + " '"
                        + o.ref() + "' heeft binding deployment, maar zit niet in deze deployment; deploy het "
                        + ("formulier".equals(o.soort()) ? "formulierbestand (forms/)" : "bestand")
                        + " mee (in de Modeler: extra bestanden bij Deploy; bij een redeploy: in resourceNames)",
                        o.elementId())).toList()));
        if (!perBestand.isEmpty()) {
            throw weigering(perBestand);
        }
    }

    /** Camunda's parse error, one report per file: what /engine-rest and Camunda Modeler show. */
    private static ParseException weigering(Map<String, List<Problem>> perBestand) {
        StringBuilder melding = new StringBuilder(UITLEG);
        perBestand.forEach((bestand, problemen) -> problemen.forEach(p ->
                melding.append("\n* ").append(bestand).append(": ").append(p.getMessage())));
        ParseException fout = null;
        for (Map.Entry<String, List<Problem>> bestand : perBestand.entrySet()) {
            if (fout == null) {
                fout = new ParseException(melding.toString(), bestand.getKey(), bestand.getValue(), List.of());
            } else {
                fout.getResorceReports().add(new ResourceReportImpl(bestand.getKey(), bestand.getValue(), List.of()));
            }
        }
        return fout;
    }

    /** One problem, in the shape of Camunda's parse errors (with the element, so the Modeler can name it). */
    record Melding(String getMessage, String getMainElementId) implements Problem {

        @Override
        public int getLine() {
            return 0;
        }

        @Override
        public int getColumn() {
            return 0;
        }

        @Override
        public List<String> getElementIds() {
            return getMainElementId == null ? List.of() : List.of(getMainElementId);
        }
    }
}
