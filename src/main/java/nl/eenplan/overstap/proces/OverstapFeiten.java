package nl.eenplan.overstap.proces;

import static nl.eenplan.overstap.proces.OverstapVariabelen.LOPEND_ARRANGEMENT;
import static nl.eenplan.overstap.proces.OverstapVariabelen.MET_ONDERSTEUNING;

import nl.eenplan.modelcontrole.VoorModellen;
import nl.eenplan.overstap.OverstapService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${overstapFeiten}}, task listener (complete) on {@code oudersLatenZien} and {@code plaatsing}, and execution
 * listener (end) on the boundary event {@code zienswijzeOntvangen} (the family saw the overstapdossier online, so the
 * task ends without its complete event): the facts the next gateways read, from the dossier: {@code metOndersteuning}
 * and {@code lopendArrangement}.
 */
@Component("overstapFeiten")
@VoorModellen
public class OverstapFeiten implements TaskListener, ExecutionListener {

    private final OverstapService overstappen;

    OverstapFeiten(OverstapService overstappen) {
        this.overstappen = overstappen;
    }

    @Override
    public void notify(DelegateTask taak) {
        OverstapService.Feiten feiten = overstappen.stelFeitenVast(taak.getProcessInstanceId());
        LOPEND_ARRANGEMENT.zet(taak.getExecution(), feiten.lopendArrangement());
        MET_ONDERSTEUNING.zet(taak.getExecution(), feiten.metOndersteuning());
    }

    @Override
    public void notify(DelegateExecution uitvoering) {
        OverstapService.Feiten feiten = overstappen.stelFeitenVast(uitvoering.getProcessInstanceId());
        LOPEND_ARRANGEMENT.zet(uitvoering, feiten.lopendArrangement());
        MET_ONDERSTEUNING.zet(uitvoering, feiten.metOndersteuning());
    }
}
