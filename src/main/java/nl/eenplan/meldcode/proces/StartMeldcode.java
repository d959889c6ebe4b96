package nl.eenplan.meldcode.proces;

import nl.eenplan.engine.Ingelogd;
import nl.eenplan.meldcode.Aanleiding;
import nl.eenplan.meldcode.MeldcodeService;
import nl.eenplan.meldcode.NieuweMeldcode;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${startMeldcode}}, step "Meldcode starten" of process aanmelding: the intake found signs of unsafety, so the
 * meldcode starts as a process of its own (process meldcode, aanleiding INTAKE), led by the aandachtsfunctionaris.
 * The referral goes on without waiting for it.
 */
@Component("startMeldcode")
@VoorModellen
public class StartMeldcode implements JavaDelegate {

    private final MeldcodeService meldcodes;

    StartMeldcode(MeldcodeService meldcodes) {
        this.meldcodes = meldcodes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        meldcodes.start(execution.getProcessBusinessKey(), new NieuweMeldcode(Aanleiding.INTAKE,
                MeldcodeService.SIGNAAL_INTAKE), Ingelogd.gebruiker(execution, "EenPlan"));
    }
}
