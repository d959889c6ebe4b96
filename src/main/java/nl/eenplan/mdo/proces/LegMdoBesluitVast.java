package nl.eenplan.mdo.proces;

import static nl.eenplan.mdo.proces.MdoVariabelen.LEERLING_AANWEZIG;
import static nl.eenplan.mdo.proces.MdoVariabelen.MDO_UITKOMST;
import static nl.eenplan.mdo.proces.MdoVariabelen.OUDERS_AANWEZIG;

import java.util.List;
import nl.eenplan.mdo.MdoService;
import nl.eenplan.mdo.Uitkomst;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${legMdoBesluitVast}}, step "Besluit vastleggen": the evaluation's decision on this cycle's MDO. Who was at
 * this MDO is a fact of this cycle: Tasklist fills a form's fields from the process variables of the same name, so
 * the next cycle's report form would start with this MDO's presence ticked; they go.
 */
@Component("legMdoBesluitVast")
@VoorModellen
public class LegMdoBesluitVast implements JavaDelegate {

    private final MdoService mdo;

    LegMdoBesluitVast(MdoService mdo) {
        this.mdo = mdo;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mdo.evaluatie(execution.getProcessInstanceId(), Uitkomst.valueOf(MDO_UITKOMST.verplicht(execution)));
        execution.removeVariables(List.of(OUDERS_AANWEZIG.naam(), LEERLING_AANWEZIG.naam()));
    }
}
