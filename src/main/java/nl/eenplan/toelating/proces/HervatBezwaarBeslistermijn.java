package nl.eenplan.toelating.proces;

import static nl.eenplan.toelating.proces.ToelatingVariabelen.BEZWAAR_BESLISTERMIJN;

import java.time.LocalDate;
import nl.eenplan.modelcontrole.VoorModellen;
import nl.eenplan.toelating.ToelatingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${hervatBezwaarBeslistermijn}}, step "Beslistermijn hervatten": the Geschillencommissie's oordeel is in (WPO
 * art. 43 lid 4), the board's term on the objection moves on by the days it stood still (Bezwaarregel.naOordeel); task
 * bezwaarBeslissen comes back with that deadline.
 */
@Component("hervatBezwaarBeslistermijn")
@VoorModellen
public class HervatBezwaarBeslistermijn implements JavaDelegate {

    private final ToelatingService toelatingen;

    HervatBezwaarBeslistermijn(ToelatingService toelatingen) {
        this.toelatingen = toelatingen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate tot = toelatingen.beslistermijnHervat(execution.getProcessInstanceId());
        BEZWAAR_BESLISTERMIJN.zet(execution, nl.eenplan.termijn.Besluitbrief.eindeVanDag(tot));
        ToelatingVariabelen.WACHT_OP_OORDEEL.zet(execution, false);
    }
}
