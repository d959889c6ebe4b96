package nl.eenplan.modelcontrole;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * What deployed models may call, built into the engine (docs/security.md). Deploying a model is running code
 * with the engine's rights, so expressions (BPMN and DMN's JUEL) and scripts resolve only the beans marked
 * {@link VoorModellen}: the engine's expression manager and script bindings see those and nothing else of the
 * application.
 */
@Component
class Modelcontrole extends AbstractProcessEnginePlugin {

    private final ApplicationContext context;

    Modelcontrole(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        Modelbeans beans = new Modelbeans(context);
        // Both: the beans map alone restricts scripts, but the starter made its expression manager (with the whole
        // application context) before plugins run, so it is replaced here.
        configuratie.setBeans(beans);
        configuratie.setExpressionManager(new SpringExpressionManager(context, beans));
    }
}
