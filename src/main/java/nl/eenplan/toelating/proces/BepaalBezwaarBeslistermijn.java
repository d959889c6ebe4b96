package nl.eenplan.toelating.proces;

import static nl.eenplan.toelating.proces.ToelatingVariabelen.BEZWAARTERMIJN_TOT;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.BEZWAAR_BESLISTERMIJN;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.NA_BEZWAARTERMIJN;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.NA_ONTVANGST;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.NL;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.PROCES;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.dag;

import java.util.Date;
import nl.eenplan.dossier.Onderwijssoort;
import nl.eenplan.engine.Routering;
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
 * op bezwaar of herziening": the board's last day (Bezwaarregel, by the pupil's sector and the board): 4 weeks after the
 * objection term (WPO art. 40 lid 12) or 4 weeks after receipt (WPO art. 63 lid 2; WVO 2020 art. 8.8), or the earlier.
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
        Date naBezwaartermijn = termijn.deadlineVanaf(execution, PROCES, NA_BEZWAARTERMIJN,
                BEZWAARTERMIJN_TOT.verplicht(execution));
        Date naOntvangst = termijn.deadlineVanaf(execution, PROCES, NA_ONTVANGST,
                Date.from(t.getBezwaarOntvangenOp().atStartOfDay(NL).toInstant()));
        String soort = Routering.SOORT.van(execution);
        Date tot = Bezwaarregel.beslistermijn(soort == null ? null : Onderwijssoort.valueOf(soort), t.getRechtsmiddel(),
                naBezwaartermijn, naOntvangst);
        BEZWAAR_BESLISTERMIJN.zet(execution, tot);
        toelatingen.bezwaarBeslistermijn(execution.getProcessInstanceId(), dag(tot));
        // Already before the Geschillencommissie: the board waits for its oordeel (WPO art. 43 lid 4).
        ToelatingVariabelen.WACHT_OP_OORDEEL.zet(execution, t.wachtOpOordeel());
    }
}
