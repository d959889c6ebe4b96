package nl.eenplan.thuiszitterstafel.proces;

import static nl.eenplan.thuiszitterstafel.proces.ThuiszitterstafelVariabelen.AANLEIDING;

import nl.eenplan.modelcontrole.VoorModellen;
import nl.eenplan.thuiszitterstafel.ThuiszitterstafelService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${escaleerThuiszitterstafel}}: no plan in time, or the agreed date passed: the table escalates to its person
 * with doorzettingsmacht (recorded, and they and leerplicht are told). Input parameter {@code aanleiding}:
 * {@code GEEN_PLAN} or {@code DATUM_VERSTREKEN}.
 */
@Component("escaleerThuiszitterstafel")
@VoorModellen
public class EscaleerThuiszitterstafel implements JavaDelegate {

    private final ThuiszitterstafelService tafels;

    EscaleerThuiszitterstafel(ThuiszitterstafelService tafels) {
        this.tafels = tafels;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object aanleiding = execution.getVariableLocal(AANLEIDING.naam());
        if (aanleiding == null) {
            throw new IllegalStateException("De escalatie van de thuiszitterstafel mist invoerparameter '"
                    + AANLEIDING + "'.");
        }
        tafels.escaleer(execution.getProcessInstanceId(),
                ThuiszitterstafelService.Aanleiding.valueOf(aanleiding.toString()));
    }
}
