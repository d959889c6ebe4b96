package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.PROCES;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.VERLENGD;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.VERLENGD_TOT;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.ZORGPLICHT_DEADLINE;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.ZORGPLICHT_VERLENGING;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.modelcontrole.VoorModellen;
import nl.eenplan.termijn.Termijn;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${legVerlengingVast}}, step "Verlenging vastleggen": once, by 4 weeks (termijnen.dmn, step
 * zorgplichtVerlenging) from the zorgplicht's end.
 * Only for instances of the previous model version, which still draws the zorgplicht clock (kept so they finish on
 * their version; docs/beheer.md): the current arrangement.bpmn has no such step, the zorgplicht runs in toelating.
 */
@Component("legVerlengingVast")
@VoorModellen
public class LegVerlengingVast implements JavaDelegate {

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final ArrangementService arrangementen;
    private final Termijn termijn;

    LegVerlengingVast(ArrangementService arrangementen, Termijn termijn) {
        this.arrangementen = arrangementen;
        this.termijn = termijn;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date tot = termijn.deadlineVanaf(execution, PROCES, ZORGPLICHT_VERLENGING, ZORGPLICHT_DEADLINE.verplicht(execution));
        VERLENGD.zet(execution, true);
        VERLENGD_TOT.zet(execution, tot);
        arrangementen.verlengd(execution.getProcessInstanceId(), LocalDate.ofInstant(tot.toInstant(), NL));
    }
}
