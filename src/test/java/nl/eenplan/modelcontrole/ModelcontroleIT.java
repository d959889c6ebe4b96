package nl.eenplan.modelcontrole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.eenplan.IntegratieTest;
import nl.eenplan.termijn.Termijnen;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** What a deployed model may call: the engine resolves no bean that is not marked for models. */
class ModelcontroleIT extends IntegratieTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApplicationContext context;

    /** Whatever a model says, it reaches only the beans marked for models. */
    @Test
    void eenAndereBeanIsOokTijdensHetDraaienOnbereikbaar() {
        assertThat(context.containsBean("dossierService")).isTrue();
        var configuratie = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        ExpressionManager expressies = configuratie.getExpressionManager();

        // As the engine evaluates a BPMN expression.
        Object termijn = configuratie.getCommandExecutorTxRequired().execute(c -> expressies.createExpression("${termijn}")
                .getValue(StartProcessVariableScope.getSharedInstance()));
        assertThat(termijn).isInstanceOf(Termijnen.class);
        assertThatThrownBy(() -> configuratie.getCommandExecutorTxRequired().execute(c -> expressies
                .createExpression("${dossierService.haalOp('2026-00001')}")
                .getValue(StartProcessVariableScope.getSharedInstance()))).hasMessageContaining("dossierService");

        // As the decision engine evaluates JUEL (decision-definition/evaluate).
        var dmn = configuratie.getDmnEngineConfiguration().getElProvider();
        Object termijnInDmn = configuratie.getCommandExecutorTxRequired().execute(c -> dmn.createExpression("${termijn}")
                .getValue(Variables.emptyVariableContext()));
        assertThat(termijnInDmn).isInstanceOf(Termijnen.class);
        assertThatThrownBy(() -> configuratie.getCommandExecutorTxRequired().execute(c -> dmn
                .createExpression("${dossierService.haalOp('2026-00001')}").getValue(Variables.emptyVariableContext())))
                .hasMessageContaining("dossierService");

        // What scripts would see.
        assertThat(configuratie.getBeans()).containsKey("termijn").doesNotContainKey("dossierService");
    }
}
