package nl.eenplan.toelating.proces;

import static nl.eenplan.toelating.proces.ToelatingVariabelen.BESLISTERMIJN;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.PROCES;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.VERLENGD;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.VERLENGD_TOT;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.ZORGPLICHT_VERLENGING;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.dag;

import java.util.Date;
import nl.eenplan.modelcontrole.VoorModellen;
import nl.eenplan.termijn.Termijn;
import nl.eenplan.toelating.ToelatingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${verlengBeslistermijn}}, step "Verlenging vastleggen": once, by 4 weeks from the end of the 6 (termijnen.dmn,
 * toelating / zorgplichtVerlenging). The reason and the letter to the parents were recorded by task verlengen.
 */
@Component("verlengBeslistermijn")
@VoorModellen
public class VerlengBeslistermijn implements JavaDelegate {

    private final Termijn termijn;
    private final ToelatingService toelatingen;

    VerlengBeslistermijn(Termijn termijn, ToelatingService toelatingen) {
        this.termijn = termijn;
        this.toelatingen = toelatingen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date tot = termijn.deadlineVanaf(execution, PROCES, ZORGPLICHT_VERLENGING, BESLISTERMIJN.verplicht(execution));
        VERLENGD.zet(execution, true);
        VERLENGD_TOT.zet(execution, tot);
        toelatingen.verlengdTot(execution.getProcessInstanceId(), dag(tot));
    }
}
