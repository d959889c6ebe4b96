package nl.eenplan.verzuim.proces;

import static nl.eenplan.verzuim.proces.VerzuimVariabelen.TERMIJN_VERSTREKEN;

import nl.eenplan.modelcontrole.VoorModellen;
import nl.eenplan.verzuim.VerzuimService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * {@code ${verstuurVerzuimmelding}}, steps "Melding naar leerplicht sturen" and "Direct naar leerplicht,
 * gemarkeerd als te laat": sends the report of this process instance to leerplicht. Input parameter
 * {@code termijnVerstreken} (true on the deadline path): send as it is, marked late.
 */
@Component("verstuurVerzuimmelding")
@VoorModellen
public class VerstuurVerzuimmelding implements JavaDelegate {

    private final VerzuimService verzuim;

    VerstuurVerzuimmelding(VerzuimService verzuim) {
        this.verzuim = verzuim;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean termijnVerstreken = Boolean.parseBoolean(String.valueOf(execution.getVariableLocal(
                TERMIJN_VERSTREKEN.naam())));
        Authentication wie = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String door = wie != null ? wie.getUserId() : termijnVerstreken ? "EenPlan (termijn verstreken)" : "onbekend";
        verzuim.verstuurVanuitProces(execution.getProcessInstanceId(), door, termijnVerstreken);
    }
}
