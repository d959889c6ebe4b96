package nl.eenplan.arrangement.proces;

import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${legGeenPlaatsVast}}, step "Geen plaats vastleggen". */
@Component("legGeenPlaatsVast")
@VoorModellen
public class LegGeenPlaatsVast implements JavaDelegate {

    private final ArrangementService arrangementen;

    LegGeenPlaatsVast(ArrangementService arrangementen) {
        this.arrangementen = arrangementen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        arrangementen.geenPlaats(execution.getProcessInstanceId());
    }
}
