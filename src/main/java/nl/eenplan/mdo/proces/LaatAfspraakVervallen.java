package nl.eenplan.mdo.proces;

import static nl.eenplan.mdo.proces.MdoVariabelen.AFSPRAAK_ID;

import nl.eenplan.engine.Ingelogd;
import nl.eenplan.engine.Routering;
import nl.eenplan.mdo.MdoService;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${laatAfspraakVervallen}}, step "Afspraak laten vervallen: zorgcoördinator informeren": consent for jeugdhulp
 * was withdrawn while jeugdhulp owned this instance's agreement.
 */
@Component("laatAfspraakVervallen")
@VoorModellen
public class LaatAfspraakVervallen implements JavaDelegate {

    private final MdoService mdo;

    LaatAfspraakVervallen(MdoService mdo) {
        this.mdo = mdo;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mdo.afspraakVervalt(AFSPRAAK_ID.verplicht(execution), Routering.COORDINATOR.verplicht(execution),
                Ingelogd.gebruiker(execution, "onbekend"));
    }
}
