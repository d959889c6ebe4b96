package nl.eenplan.aanmelding;

import java.util.HashMap;
import java.util.Map;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.Routeringsgegevens;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts the referral process (aanmelding) for a pupil's dossier. */
@Service
public class AanmeldingService {

    static final String PROCES = "aanmelding";

    private final RuntimeService runtimeService;
    private final DossierService dossiers;

    AanmeldingService(RuntimeService runtimeService, DossierService dossiers) {
        this.runtimeService = runtimeService;
        this.dossiers = dossiers;
    }

    /**
     * Starts process "aanmelding" with the dossier number as business key. The process carries
     * only ids and routing facts; what the concern is about goes into the dossier.
     */
    @Transactional
    public AanmeldingGestart start(String dossierNummer, String gemeldDoor) {
        Routeringsgegevens r = dossiers.routeringsgegevens(dossierNummer);
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("dossierNummer", r.dossierNummer());
        variabelen.put("schoolBrin", r.schoolBrin());
        variabelen.put("onderwijssoort", r.onderwijssoort().name());
        variabelen.put("zorgcoordinator", r.zorgcoordinator());
        variabelen.put("gemeldDoor", gemeldDoor);
        ProcessInstance instantie = runtimeService.startProcessInstanceByKey(PROCES, r.dossierNummer(), variabelen);
        return new AanmeldingGestart(r.dossierNummer(), instantie.getId());
    }

    /** Answer to a started referral: which dossier, which process instance. */
    public record AanmeldingGestart(String dossierNummer, String procesInstantieId) {
    }
}
