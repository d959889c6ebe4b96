package nl.eenplan.toelating.proces;

import static nl.eenplan.toelating.proces.ToelatingVariabelen.BEZWAARTERMIJN_TOT;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.BEZWAAR_BESLISTERMIJN;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.HERZIENING;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.NL;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.PROCES;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.dag;

import java.util.Date;
import nl.eenplan.modelcontrole.VoorModellen;
import nl.eenplan.termijn.Termijn;
import nl.eenplan.toelating.Bezwaarregel;
import nl.eenplan.toelating.Toelating;
import nl.eenplan.toelating.ToelatingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${bepaalBezwaarBeslistermijn}} (not the variable's name, which the task's deadline reads), step "Beslistermijn
 * op bezwaar of herziening": the board's last day (Bezwaarregel):
 * Awb art. 7:10 lid 1 from the end of the objection term, WPO art. 63 lid 2 from the day the request came in.
 */
@Component("bepaalBezwaarBeslistermijn")
@VoorModellen
public class BepaalBezwaarBeslistermijn implements JavaDelegate {

    private final ToelatingService toelatingen;
    private final Termijn termijn;

    BepaalBezwaarBeslistermijn(ToelatingService toelatingen, Termijn termijn) {
        this.toelatingen = toelatingen;
        this.termijn = termijn;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Toelating t = toelatingen.voorBezwaar(execution.getProcessInstanceId());
        Date awb = termijn.beslistermijnBezwaar(execution, BEZWAARTERMIJN_TOT.verplicht(execution), false);
        Date herziening = termijn.deadlineVanaf(execution, PROCES, HERZIENING,
                Date.from(t.getBezwaarOntvangenOp().atStartOfDay(NL).toInstant()));
        Date tot = Bezwaarregel.beslistermijn(t.getRechtsmiddel(), awb, herziening);
        BEZWAAR_BESLISTERMIJN.zet(execution, tot);
        toelatingen.bezwaarBeslistermijn(execution.getProcessInstanceId(), dag(tot));
    }
}
