package nl.eenplan.mdo.proces;

import static nl.eenplan.mdo.proces.MdoVariabelen.MDO_DATUM;

import java.util.Date;
import nl.eenplan.engine.Routering;
import nl.eenplan.mdo.MdoService;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${verzetMdo}}, step "Nieuwe datum overnemen en opnieuw uitnodigen" after message "MDO verzet": the MDO's new
 * date (recorded by MdoService.verzet) becomes {@code mdoDatum}, so the preparation that follows has its timers and the
 * groeidocument's term on it; everyone invited hears of the new date.
 */
@Component("verzetMdo")
@VoorModellen
public class VerzetMdo implements JavaDelegate {

    private final MdoService mdo;

    VerzetMdo(MdoService mdo) {
        this.mdo = mdo;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date nieuweDatum = Date.from(mdo.nodigOpnieuwUit(execution.getProcessInstanceId(),
                Routering.COORDINATOR.verplicht(execution), MDO_DATUM.verplicht(execution).toInstant()));
        MDO_DATUM.zet(execution, nieuweDatum);
    }
}
