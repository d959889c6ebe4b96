package nl.eenplan.woonadres.proces;

import java.util.List;
import java.util.Optional;
import nl.eenplan.deployment.Proefomgeving;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.engine.Berichten;
import nl.eenplan.engine.Routering;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The engine side of asking for the pupil's address (process {@code woonadresVastleggen}), so the dossier, verzuim and
 * leerplicht stay free of engine types: start it for a dossier whose address is not recorded, at most one per dossier;
 * end it when the address is recorded or the dossier closes. Callers are in a transaction.
 */
@Component
public class Woonadresproces {

    /** The process id (processes/woonadresVastleggen.bpmn). */
    public static final String PROCES = "woonadresVastleggen";
    /** The user task "Woonadres vastleggen". */
    static final String VASTLEGGEN = "vastleggen";
    /** The message that ends the task when the address was recorded another way. */
    static final String BEKEND = "woonadresBekend";

    private final Proefomgeving proefomgeving;
    private final RuntimeService runtimeService;
    private final DossierService dossiers;

    Woonadresproces(Proefomgeving proefomgeving, RuntimeService runtimeService, DossierService dossiers) {
        this.proefomgeving = proefomgeving;
        this.runtimeService = runtimeService;
        this.dossiers = dossiers;
    }

    /**
     * Starts the task for this dossier when its address is not recorded and no instance runs for it yet; true when it
     * started one. The dossier's row is locked first: a second node (or request) doing the same waits for this
     * transaction and then finds this instance, so a dossier never gets two.
     */
    public boolean startAlsNodig(String dossierNummer) {
        if (adresBekend(dossierNummer) || lopend(dossierNummer).isPresent()) {
            return false;
        }
        dossiers.vergrendel(dossierNummer);
        // Looked again after the lock: what another transaction started and committed meanwhile is seen now.
        if (lopend(dossierNummer).isPresent() || adresBekend(dossierNummer)) {
            return false;
        }
        proefomgeving.start(PROCES, dossierNummer, Routering.variabelen(dossiers.routeringsgegevens(dossierNummer)));
        return true;
    }

    /** The address is recorded (another way than the task): the task ends (the model's message). True when it ended one. */
    public boolean beeindigAlsBekend(String dossierNummer) {
        Optional<ProcessInstance> lopend = lopend(dossierNummer);
        if (lopend.isEmpty() || !dossiers.bestaat(dossierNummer) || !adresBekend(dossierNummer)) {
            return false;
        }
        if (runtimeService.createEventSubscriptionQuery().processInstanceId(lopend.get().getId()).eventName(BEKEND)
                .count() == 0) {
            return false;
        }
        Berichten.aanLopende(runtimeService, BEKEND).processInstanceId(lopend.get().getId()).correlate();
        return true;
    }

    /** The dossier closes: its task to record the address goes, with its instance. */
    public void stop(String dossierNummer) {
        lopend(dossierNummer).ifPresent(p -> runtimeService.deleteProcessInstance(p.getId(),
                "Dossier " + dossierNummer + " gesloten", true));
    }

    /** The dossiers with a running instance. */
    public List<String> lopendeDossiers() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCES).list().stream()
                .map(ProcessInstance::getBusinessKey).distinct().toList();
    }

    /** The running instance for this dossier, if any. */
    public Optional<ProcessInstance> lopend(String dossierNummer) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCES)
                .processInstanceBusinessKey(dossierNummer).list().stream().findFirst();
    }

    /** Only the gemeente decides the route; an address is recorded when its gemeente is (dossier.Woonadres). */
    private boolean adresBekend(String dossierNummer) {
        return dossiers.identiteit(dossierNummer).woongemeentecode() != null;
    }
}
