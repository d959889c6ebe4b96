package nl.eenplan.engine;

import java.io.ByteArrayInputStream;
import java.util.Set;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** The process engine's own decision engine, as the model check needs it: its reading and its expression languages. */
@Component
public class Beslisengine extends AbstractProcessEnginePlugin {

    public static final String JUEL = DefaultDmnEngineConfiguration.JUEL_EXPRESSION_LANGUAGE;
    private static final Set<String> FEEL = Set.of(
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_ALTERNATIVE,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN12,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN13,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN14,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN15);

    private ProcessEngineConfigurationImpl configuratie;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        // Its decision engine is made later, when the engine is built: asked for at use.
        this.configuratie = configuratie;
    }

    /** Whether an expression language is one of FEEL's names. */
    public static boolean isFeel(String taal) {
        return FEEL.stream().anyMatch(taal::equalsIgnoreCase);
    }

    /**
     * Reads a DMN file as deploying it would (history time to live and all), so what it cannot read is refused with
     * the model check's reasons and not later with a 500; throws what the decision engine throws.
     */
    public void lees(byte[] dmn) {
        configuratie.getDmnEngineConfiguration().getTransformer().createTransform()
                .modelInstance(new ByteArrayInputStream(dmn))
                .transformDecisionRequirementsGraph();
    }

    /** The default expression language for a kind of DMN expression (inputExpression, inputEntry, ...). */
    public String standaardtaal(String soort) {
        DefaultDmnEngineConfiguration dmn = configuratie.getDmnEngineConfiguration();
        return switch (soort) {
            case "inputExpression" -> dmn.getDefaultInputExpressionExpressionLanguage();
            case "inputEntry" -> dmn.getDefaultInputEntryExpressionLanguage();
            case "outputEntry" -> dmn.getDefaultOutputEntryExpressionLanguage();
            default -> dmn.getDefaultLiteralExpressionLanguage();
        };
    }
}
