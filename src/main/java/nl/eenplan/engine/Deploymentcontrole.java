package nl.eenplan.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link Deploymentregel} on every new deployment, before the engine's own deployers parse it, and turns
 * the first rule's problems into Camunda's parse error (one report per file, {@link Probleem#weigering}).
 */
@Component
class Deploymentcontrole extends AbstractProcessEnginePlugin {

    private final ObjectProvider<Deploymentregel> regels;

    // A provider: a rule may need the engine this plugin helps to build (the model check asks the task handlers).
    Deploymentcontrole(ObjectProvider<Deploymentregel> regels) {
        this.regels = regels;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        if (configuratie.getCustomPreDeployers() == null) {
            configuratie.setCustomPreDeployers(new ArrayList<>());
        }
        configuratie.getCustomPreDeployers().add(this::controleer);
    }

    private void controleer(DeploymentEntity deployment) {
        if (!deployment.isNew() || deployment.getResources() == null) {
            return; // a version already deployed, read back into the cache
        }
        Map<String, byte[]> bestanden = new LinkedHashMap<>();
        for (ResourceEntity bestand : deployment.getResources().values()) {
            bestanden.put(bestand.getName(), bestand.getBytes());
        }
        Deploymentregel.Deployment nieuw = new Deploymentregel.Deployment(deployment.getName(), deployment.getSource(),
                deployment.getTenantId(), Collections.unmodifiableMap(bestanden));
        regels.orderedStream().forEach(regel -> {
            Map<String, List<Probleem>> problemen = regel.problemen(nieuw);
            if (!problemen.isEmpty()) {
                throw Probleem.weigering(regel.uitleg(), problemen);
            }
        });
    }
}
