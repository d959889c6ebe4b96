package nl.eenplan.verzuim;

import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** {@code ${trekVerzuimmeldingIn}}: the school decided not to send the draft (form field {@code intrekReden}). */
@Component("trekVerzuimmeldingIn")
@VoorModellen
class TrekVerzuimmeldingIn implements JavaDelegate {

    private final VerzuimService verzuim;

    TrekVerzuimmeldingIn(VerzuimService verzuim) {
        this.verzuim = verzuim;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Authentication wie = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        verzuim.conceptIngetrokkenVanuitProces(execution.getProcessInstanceId(),
                (String) execution.getVariable("intrekReden"), wie == null ? "onbekend" : wie.getUserId());
    }
}
