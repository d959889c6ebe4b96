package nl.eenplan.organisatie;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.stereotype.Component;

/**
 * Gives every process instance the tenant of the pupil's school: the models are deployed once for the
 * whole installation, their instances belong to one school (Camunda's "shared definitions"). Timers,
 * tasks and history inherit it, and Camunda's tenant check then hides them from other schools.
 */
@Component
class SchoolAlsTenant extends AbstractProcessEnginePlugin implements TenantIdProvider {

    /** The process variable every process of a pupil starts with. */
    static final String SCHOOL = "schoolBrin";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        configuratie.setTenantIdProvider(this);
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        if (ctx.getSuperExecution() != null) {
            // A called process (the MDO of a referral) stays with the school of its caller.
            return ctx.getSuperExecution().getTenantId();
        }
        Object brin = ctx.getVariables() == null ? null : ctx.getVariables().get(SCHOOL);
        if (brin == null || brin.toString().isBlank()) {
            // Privacy by design: an instance without a school would be visible to every school.
            throw new IllegalStateException("Proces '" + ctx.getProcessDefinition().getKey() + "' start zonder variabele "
                    + "'" + SCHOOL + "': elk proces hoort bij de school van een leerling.");
        }
        return brin.toString();
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
    }
}
