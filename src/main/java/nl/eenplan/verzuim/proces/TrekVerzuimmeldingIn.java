package nl.eenplan.verzuim.proces;

import static nl.eenplan.verzuim.proces.VerzuimVariabelen.INTREK_REDEN;

import nl.eenplan.modelcontrole.VoorModellen;
import nl.eenplan.verzuim.VerzuimService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * {@code ${trekVerzuimmeldingIn}}, step "Concept intrekken": the school decided not to send the draft. Task
 * melden records the withdrawal itself; this step keeps it for instances that predate that.
 */
@Component("trekVerzuimmeldingIn")
@VoorModellen
public class TrekVerzuimmeldingIn implements JavaDelegate {

    private final VerzuimService verzuim;

    TrekVerzuimmeldingIn(VerzuimService verzuim) {
        this.verzuim = verzuim;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Authentication wie = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        verzuim.conceptIngetrokkenVanuitProces(execution.getProcessInstanceId(), INTREK_REDEN.van(execution),
                wie == null ? "onbekend" : wie.getUserId());
    }
}
