package nl.eenplan.verzuim.proces;

import static nl.eenplan.verzuim.proces.VerzuimVariabelen.TERMIJN_VERSTREKEN;

import nl.eenplan.engine.Ingelogd;
import nl.eenplan.modelcontrole.VoorModellen;
import nl.eenplan.verzuim.VerzuimService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${verstuurVerzuimmelding}}, step "Melding naar leerplicht sturen": sends the report of this process instance,
 * submitted to DUO, to leerplicht. Input parameter {@code termijnVerstreken} (true on the deadline path of older model
 * versions, step "Direct naar leerplicht, gemarkeerd als te laat"): send the draft as it is, marked late.
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
        // Without a signed-in user (after DUO's confirmation, a job): who submitted it to DUO.
        String door = Ingelogd.gebruiker(execution, termijnVerstreken ? "EenPlan (termijn verstreken)" : null);
        verzuim.verstuurVanuitProces(execution.getProcessInstanceId(), door, termijnVerstreken);
    }
}
