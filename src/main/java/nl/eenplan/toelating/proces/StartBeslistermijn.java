package nl.eenplan.toelating.proces;

import static nl.eenplan.toelating.proces.ToelatingVariabelen.AANMELDING_ONTVANGEN;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.BESLISTERMIJN;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.PROCES;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.TOELATING_ID;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.VERLENGD;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.ZORGPLICHT;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.dag;

import java.util.Date;
import nl.eenplan.modelcontrole.VoorModellen;
import nl.eenplan.termijn.Termijn;
import nl.eenplan.toelating.ToelatingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${startBeslistermijn}}, step "Zorgplicht starten": the board decides within 6 weeks of the written application
 * (termijnen.dmn, toelating / zorgplicht: WPO art. 40; WEC art. 40; WVO 2020, toelating), calendar weeks, holidays
 * included.
 */
@Component("startBeslistermijn")
@VoorModellen
public class StartBeslistermijn implements JavaDelegate {

    private final ToelatingService toelatingen;
    private final Termijn termijn;

    StartBeslistermijn(ToelatingService toelatingen, Termijn termijn) {
        this.toelatingen = toelatingen;
        this.termijn = termijn;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date tot = termijn.deadlineVanaf(execution, PROCES, ZORGPLICHT, AANMELDING_ONTVANGEN.verplicht(execution));
        BESLISTERMIJN.zet(execution, tot);
        VERLENGD.zet(execution, false);
        toelatingen.beslistermijn(TOELATING_ID.verplicht(execution), dag(tot));
    }
}
