package nl.eenplan.toelating.proces;

import java.util.Map;
import nl.eenplan.deployment.Proefomgeving;
import nl.eenplan.engine.Routering;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${vraagArrangementAan}}, step "Arrangement aanvragen": the investigation found the pupil needs extra support
 * the school asks of the SWV. Process {@code arrangement} starts for the same dossier as a process of its own, with its
 * own (SWV and gemeente) terms: the board's decision does not wait for it, and its clock stays here.
 */
@Component("vraagArrangementAan")
@VoorModellen
public class VraagArrangementAan implements JavaDelegate {

    static final String ARRANGEMENT = "arrangement";

    private final Proefomgeving proefomgeving;

    VraagArrangementAan(Proefomgeving proefomgeving) {
        this.proefomgeving = proefomgeving;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> variabelen = Routering.variabelen(Routering.DOSSIER.verplicht(execution),
                Routering.SCHOOL.verplicht(execution), null, Routering.COORDINATOR.van(execution));
        variabelen.put(Routering.SOORT.naam(), Routering.SOORT.van(execution));
        proefomgeving.start(ARRANGEMENT, execution.getProcessBusinessKey(), variabelen);
    }
}
