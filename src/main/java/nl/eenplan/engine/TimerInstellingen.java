package nl.eenplan.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Engine settings so reminders and escalations are not starved when many jobs are due: the job
 * executor takes the oldest due date first and prefers timers; a time cycle is re-read when due, so a
 * changed deadline rule takes effect. Off with {@code eenplan.engine.standaardinstellingen=true}: the
 * benchmark's baseline (Camunda's defaults).
 */
@Component
@ConditionalOnProperty(name = "eenplan.engine.standaardinstellingen", havingValue = "false", matchIfMissing = true)
class TimerInstellingen extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        configuratie.setJobExecutorAcquireByDueDate(true);
        configuratie.setEnsureJobDueDateNotNull(true);
        configuratie.setJobExecutorPreferTimerJobs(true);
        configuratie.setReevaluateTimeCycleWhenDue(true);
    }
}
