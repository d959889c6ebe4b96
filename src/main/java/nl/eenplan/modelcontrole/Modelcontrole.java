package nl.eenplan.modelcontrole;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import nl.eenplan.taak.Afhandelingen;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * What deployed models may call, built into the engine (docs/security.md, "Wat modellen mogen aanroepen").
 * Deploying a model is running code with the engine's rights, so:
 * <ul>
 *   <li>expressions (BPMN and DMN's JUEL) and scripts resolve only the beans marked {@link VoorModellen}: the
 *       engine's expression manager and script bindings see those and nothing else of the application;</li>
 *   <li>every new deployment, at start-up ({@code nl.eenplan.deployment}) or from Camunda Modeler through
 *       /engine-rest, is checked before the engine parses it ({@link Modelregels}); a refusal is Camunda's own
 *       {@link ParseException}, which /engine-rest answers with 400 and the problems per file and element, and
 *       which stops the application at start-up with the same message. A file the engine cannot read is
 *       refused the same way, not with a 500.</li>
 * </ul>
 * Versions already in the database are not checked again when the engine reads them back (a cache miss), so
 * running instances of an older version keep working.
 */
@Component
class Modelcontrole extends AbstractProcessEnginePlugin {

    private final ApplicationContext context;
    private final Supplier<Afhandelingen> afhandelingen;

    // A provider: the handlers need the engine this plugin helps to build.
    Modelcontrole(ApplicationContext context, ObjectProvider<Afhandelingen> afhandelingen) {
        this.context = context;
        this.afhandelingen = afhandelingen::getObject;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        Modelbeans beans = new Modelbeans(context);
        // Both: the beans map alone restricts scripts, but the starter made its expression manager (with the whole
        // application context) before plugins run, so it is replaced here.
        configuratie.setBeans(beans);
        configuratie.setExpressionManager(new SpringExpressionManager(context, beans));

        if (configuratie.getCustomPreDeployers() == null) {
            configuratie.setCustomPreDeployers(new ArrayList<>());
        }
        configuratie.getCustomPreDeployers().add(new Controle(configuratie, beans));
    }

    /** Runs before the engine's own deployers, on every new deployment. */
    private final class Controle implements Deployer {

        private final ProcessEngineConfigurationImpl configuratie;
        private final Modelbeans beans;

        Controle(ProcessEngineConfigurationImpl configuratie, Modelbeans beans) {
            this.configuratie = configuratie;
            this.beans = beans;
        }

        @Override
        public void deploy(DeploymentEntity deployment) {
            if (!deployment.isNew() || deployment.getResources() == null) {
                return; // a version already deployed, read back into the cache
            }
            // Which tenant, and whether the deployment holds what its models bind: nl.eenplan.deployment.Deploymentregels.
            Modelregels regels = new Modelregels(beans.typen(), afhandelingen.get()::heeftAfhandeling,
                    this::standaardtaal);
            Map<String, List<Probleem>> perBestand = new TreeMap<>();
            for (ResourceEntity bestand : deployment.getResources().values()) {
                List<Probleem> problemen = regels.controleer(bestand.getName(), bestand.getBytes());
                if (problemen.isEmpty() && Modelregels.isDmn(bestand.getName())) {
                    problemen = leesDmn(bestand);
                }
                if (!problemen.isEmpty()) {
                    perBestand.put(bestand.getName(), problemen);
                }
            }
            if (!perBestand.isEmpty()) {
                throw Probleem.weigering("Model geweigerd (wat een model mag: docs/modeler.md, "
                        + "\"Wat een model mag aanroepen\"):", perBestand);
            }
        }

        /** The decision engine's own reading, which otherwise fails later with a 500 (no history time to live, ...). */
        private List<Probleem> leesDmn(ResourceEntity bestand) {
            try {
                configuratie.getDmnEngineConfiguration().getTransformer().createTransform()
                        .modelInstance(new ByteArrayInputStream(bestand.getBytes()))
                        .transformDecisionRequirementsGraph();
                return List.of();
            } catch (RuntimeException e) {
                StringBuilder melding = new StringBuilder("het DMN-bestand kan niet worden gelezen");
                for (Throwable t = e; t != null; t = t.getCause()) {
                    melding.append(": ").append(t.getMessage());
                }
                return List.of(new Probleem(melding.toString(), 0, 0, null));
            }
        }

        private String standaardtaal(String soort) {
            DefaultDmnEngineConfiguration dmn = configuratie.getDmnEngineConfiguration();
            return switch (soort) {
                case "inputExpression" -> dmn.getDefaultInputExpressionExpressionLanguage();
                case "inputEntry" -> dmn.getDefaultInputEntryExpressionLanguage();
                case "outputEntry" -> dmn.getDefaultOutputEntryExpressionLanguage();
                default -> dmn.getDefaultLiteralExpressionLanguage();
            };
        }
    }
}
