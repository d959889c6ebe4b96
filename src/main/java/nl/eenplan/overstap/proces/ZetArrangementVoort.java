package nl.eenplan.overstap.proces;

import nl.eenplan.dossier.Onderwijssoort;
import nl.eenplan.deployment.Proefomgeving;
import nl.eenplan.engine.Routering;
import nl.eenplan.modelcontrole.VoorModellen;
import nl.eenplan.overstap.OverstapService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${zetArrangementVoort}}, service task "Arrangement bij de ontvangende school starten" (async: a job of its
 * own after the placement): starts process {@code arrangement} for the pupil at the receiving school, business key
 * the dossier number. Not a call activity: the overstap goes on to 1 October while the arrangement runs for years.
 */
@Component("zetArrangementVoort")
@VoorModellen
public class ZetArrangementVoort implements JavaDelegate {

    static final String ARRANGEMENT = "arrangement";

    private final OverstapService overstappen;
    private final Proefomgeving proefomgeving;

    ZetArrangementVoort(OverstapService overstappen, Proefomgeving proefomgeving) {
        this.overstappen = overstappen;
        this.proefomgeving = proefomgeving;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OverstapService.Voortzetting v = overstappen.voortzetting(execution.getProcessInstanceId());
        // Through the try environment: a real school always starts on the version for all schools.
        proefomgeving.start(ARRANGEMENT, v.dossierNummer(), Routering.variabelen(v.dossierNummer(), v.schoolBrin(), v.onderwijssoort(),
                        Routering.COORDINATOR.van(execution)));
    }
}
