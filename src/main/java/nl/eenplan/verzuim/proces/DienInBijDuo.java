package nl.eenplan.verzuim.proces;

import static nl.eenplan.verzuim.proces.VerzuimVariabelen.DUO_BEVESTIGD;

import nl.eenplan.modelcontrole.VoorModellen;
import nl.eenplan.verzuim.VerzuimService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${dienInBijDuo}}, step "Indienen bij DUO" (asynchronous: a job of its own): submits the report of this
 * instance to DUO's verzuimregister through the configured channel (nl.eenplan.verzuim.duo) and sets
 * {@code duoBevestigd}. When DUO cannot be reached the job fails and the engine retries it; nothing is recorded.
 */
@Component("dienInBijDuo")
@VoorModellen
public class DienInBijDuo implements JavaDelegate {

    private final VerzuimService verzuim;

    DienInBijDuo(VerzuimService verzuim) {
        this.verzuim = verzuim;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(DUO_BEVESTIGD.naam(), verzuim.dienInBijDuo(execution.getProcessInstanceId()));
    }
}
