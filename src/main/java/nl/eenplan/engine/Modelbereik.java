package nl.eenplan.engine;

import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * What expressions (BPMN and DMN's JUEL) and scripts in deployed models resolve: the beans {@link Beans} gives
 * (nl.eenplan.modelcontrole: those marked for models) and nothing else of the application. Deploying a model is
 * running code with the engine's rights (docs/security.md, "Wat modellen mogen aanroepen").
 */
@Component
public class Modelbereik extends AbstractProcessEnginePlugin {

    /** The beans models may call, by name. */
    public interface Beans {
        Map<Object, Object> voorModellen();
    }

    private final ApplicationContext context;
    private final ObjectProvider<Beans> beans;

    Modelbereik(ApplicationContext context, ObjectProvider<Beans> beans) {
        this.context = context;
        this.beans = beans;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        Map<Object, Object> voorModellen = beans.getObject().voorModellen();
        // Both: the beans map alone restricts scripts, but the starter made its expression manager (with the whole
        // application context) before plugins run, so it is replaced here.
        configuratie.setBeans(voorModellen);
        configuratie.setExpressionManager(new SpringExpressionManager(context, voorModellen));
    }
}
