package nl.eenplan.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/ and forms/ at start-up as one deployment named "eenplan", deploying only
 * what changed since the last "eenplan" deployment:
 * <ul>
 *   <li>unchanged files: no new deployment at all;</li>
 *   <li>a changed BPMN: a new deployment with that BPMN and the forms and decisions it refers to
 *       (binding "deployment" resolves them inside the BPMN's own deployment);</li>
 *   <li>a changed form or DMN: it goes out with every BPMN that refers to it, for the same reason.</li>
 * </ul>
 * Deployments made from Camunda Modeler have another name (or, to try out, a tenant) and are left alone.
 */
@Component
class ModelDeployment implements SmartInitializingSingleton {

    static final String NAAM = "eenplan";

    private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);

    private final RepositoryService repositoryService;
    private final String locatie;

    ModelDeployment(RepositoryService repositoryService, @Value("${eenplan.modellen.locatie}") String locatie) {
        this.repositoryService = repositoryService;
        this.locatie = locatie;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Map<String, byte[]> bestanden = ModelBestanden.lees(locatie);
        Set<String> teDeployen = teDeployen(bestanden, laatstGedeployed(bestanden.keySet()));
        if (teDeployen.isEmpty()) {
            LOG.info("Procesmodellen ongewijzigd ({} bestanden): geen nieuwe deployment.", bestanden.size());
            return;
        }
        // Duplicate filtering repeats our comparison under the engine's deployment lock, so two
        // nodes starting at once on one database still create one deployment, not two.
        DeploymentBuilder builder = repositoryService.createDeployment().name(NAAM).source(NAAM)
                .enableDuplicateFiltering(false);
        teDeployen.forEach(naam -> builder.addInputStream(naam, new ByteArrayInputStream(bestanden.get(naam))));
        Deployment deployment = builder.deploy();
        LOG.info("Deployment '{}' ({}) gemaakt met: {}", NAAM, deployment.getId(), teDeployen);
    }

    /** Changed files, plus what must travel with them because of binding "deployment". */
    static Set<String> teDeployen(Map<String, byte[]> bestanden, Map<String, byte[]> gedeployed) {
        Set<String> gewijzigd = new TreeSet<>();
        bestanden.forEach((naam, inhoud) -> {
            if (!Arrays.equals(inhoud, gedeployed.get(naam))) {
                gewijzigd.add(naam);
            }
        });
        Set<String> teDeployen = new TreeSet<>(gewijzigd);
        ModelVerwijzingen.van(bestanden).forEach((bpmn, verwijzingen) -> {
            if (gewijzigd.contains(bpmn) || verwijzingen.stream().anyMatch(gewijzigd::contains)) {
                teDeployen.add(bpmn);
                teDeployen.addAll(verwijzingen);
            }
        });
        return teDeployen;
    }

    /** The content of each name as last deployed in an "eenplan" deployment (newest first). */
    private Map<String, byte[]> laatstGedeployed(Set<String> namen) {
        Map<String, byte[]> gevonden = new HashMap<>();
        for (Deployment d : repositoryService.createDeploymentQuery().deploymentName(NAAM).withoutTenantId()
                .orderByDeploymentTime().desc().list()) {
            for (Resource r : repositoryService.getDeploymentResources(d.getId())) {
                if (namen.contains(r.getName()) && !gevonden.containsKey(r.getName())) {
                    gevonden.put(r.getName(), inhoud(d.getId(), r.getId()));
                }
            }
            if (gevonden.size() == namen.size()) {
                break;
            }
        }
        return gevonden;
    }

    private byte[] inhoud(String deploymentId, String resourceId) {
        try (InputStream in = repositoryService.getResourceAsStreamById(deploymentId, resourceId)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
