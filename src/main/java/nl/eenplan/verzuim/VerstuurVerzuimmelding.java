package nl.eenplan.verzuim;

import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * {@code ${verstuurVerzuimmelding}}: sends the report of this process instance to leerplicht. Input
 * parameter {@code termijnVerstreken} ("true" on the deadline path): send as it is, marked late.
 */
@Component("verstuurVerzuimmelding")
@VoorModellen
class VerstuurVerzuimmelding implements JavaDelegate {

    private final VerzuimService verzuim;

    VerstuurVerzuimmelding(VerzuimService verzuim) {
        this.verzuim = verzuim;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean termijnVerstreken = Boolean.parseBoolean(String.valueOf(execution.getVariableLocal("termijnVerstreken")));
        Authentication wie = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String door = wie != null ? wie.getUserId() : termijnVerstreken ? "EenPlan (termijn verstreken)" : "onbekend";
        verzuim.verstuurVanuitProces(execution.getProcessInstanceId(), door, termijnVerstreken);
    }
}
