package nl.eenplan.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.stereotype.Component;

/**
 * Gives every process instance the tenant of the pupil's school (or, for a case a gemeente handles, of that gemeente:
 * {@link Routering#GEMEENTE}; for a case an SWV handles, of that SWV: {@link Routering#SWV}): the models are deployed once for the
 * whole installation, their instances belong to one school (Camunda's "shared definitions"). Timers,
 * tasks and history inherit it, and Camunda's tenant check then hides them from other schools.
 */
@Component
class TenantPerSchool extends AbstractProcessEnginePlugin implements TenantIdProvider {

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
        // A case an SWV handles (an objection against its decision after the pupil left the school): the SWV's own.
        Object swv = ctx.getVariables() == null ? null : ctx.getVariables().get(Routering.SWV.naam());
        if (swv != null && !swv.toString().isBlank()) {
            return swv.toString();
        }
        // A case a gemeente handles (an escalation to leerplicht, for the gemeente where the pupil lives) is that
        // gemeente's: its staff see it, the school's gemeente does not. Only EenPlan's own code starts instances with it.
        Object gemeente = ctx.getVariables() == null ? null : ctx.getVariables().get(Routering.GEMEENTE.naam());
        if (gemeente != null && !gemeente.toString().isBlank()) {
            return gemeente.toString();
        }
        // The routing fact every process of a pupil starts with.
        Object brin = ctx.getVariables() == null ? null : ctx.getVariables().get(Routering.SCHOOL.naam());
        if (brin == null || brin.toString().isBlank()) {
            // Privacy by design: an instance without a school would be visible to every school.
            throw new IllegalStateException("Proces '" + ctx.getProcessDefinition().getKey() + "' start zonder variabele "
                    + "'" + Routering.SCHOOL.naam() + "': elk proces hoort bij de school van een leerling.");
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
