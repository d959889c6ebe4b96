package nl.eenplan.mdo.proces;

import static nl.eenplan.mdo.proces.MdoVariabelen.AFSPRAKEN;

import java.util.ArrayList;
import nl.eenplan.mdo.MdoService;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${zetAfsprakenKlaar}}, step "Afspraken klaarzetten": variable {@code afspraken}, the ids of the open
 * agreements of this MDO, one follow-up each; refuses when the report was not recorded.
 */
@Component("zetAfsprakenKlaar")
@VoorModellen
public class ZetAfsprakenKlaar implements JavaDelegate {

    private final MdoService mdo;

    ZetAfsprakenKlaar(MdoService mdo) {
        this.mdo = mdo;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(AFSPRAKEN, new ArrayList<>(mdo.openAfspraken(execution.getProcessInstanceId())));
    }
}
