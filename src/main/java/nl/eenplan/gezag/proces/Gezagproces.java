package nl.eenplan.gezag.proces;

import java.util.List;
import java.util.Optional;
import nl.eenplan.deployment.Proefomgeving;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.GezagService;
import nl.eenplan.engine.Berichten;
import nl.eenplan.engine.Routering;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The engine side of confirming gezag (process {@code gezagVastleggen}), so the dossier stays free of engine types:
 * start it for a dossier with a guardian of unknown gezag, at most one per dossier; end it when nothing is unknown any
 * more or the dossier closes. Callers are in a transaction.
 */
@Component
public class Gezagproces {

    /** The process id (processes/gezagVastleggen.bpmn). */
    public static final String PROCES = "gezagVastleggen";
    /** The user task "Gezag vastleggen". */
    static final String VASTLEGGEN = "vastleggen";
    /** The message that ends the task when the gezag was recorded another way. */
    static final String BEKEND = "gezagBekend";

    private final Proefomgeving proefomgeving;
    private final RuntimeService runtimeService;
    private final DossierService dossiers;
    private final GezagService gezag;

    Gezagproces(Proefomgeving proefomgeving, RuntimeService runtimeService, DossierService dossiers, GezagService gezag) {
        this.proefomgeving = proefomgeving;
        this.runtimeService = runtimeService;
        this.dossiers = dossiers;
        this.gezag = gezag;
    }

    /**
     * Starts the task for this dossier when a guardian's gezag is unknown and no instance runs for it yet; true when it
     * started one. The dossier's row is locked first: a second node (or request) doing the same waits for this
     * transaction and then finds this instance, so a dossier never gets two.
     */
    public boolean startAlsNodig(String dossierNummer) {
        if (gezag.onbekend(dossierNummer).isEmpty() || lopend(dossierNummer).isPresent()) {
            return false;
        }
        dossiers.vergrendel(dossierNummer);
        // Looked again after the lock: what another transaction started and committed meanwhile is seen now.
        if (lopend(dossierNummer).isPresent() || gezag.onbekend(dossierNummer).isEmpty()) {
            return false;
        }
        proefomgeving.start(PROCES, dossierNummer, Routering.variabelen(dossiers.routeringsgegevens(dossierNummer)));
        return true;
    }

    /** Nothing unknown any more (recorded another way): the task ends (the model's message). True when it ended one. */
    public boolean beeindigAlsBekend(String dossierNummer) {
        Optional<ProcessInstance> lopend = lopend(dossierNummer);
        if (lopend.isEmpty() || !dossiers.bestaat(dossierNummer) || !gezag.onbekend(dossierNummer).isEmpty()) {
            return false;
        }
        if (runtimeService.createEventSubscriptionQuery().processInstanceId(lopend.get().getId()).eventName(BEKEND)
                .count() == 0) {
            return false;
        }
        Berichten.aanLopende(runtimeService, BEKEND).processInstanceId(lopend.get().getId()).correlate();
        return true;
    }

    /** The dossier closes: its task to confirm gezag goes, with its instance. */
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
        List<ProcessInstance> lopend = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCES)
                .processInstanceBusinessKey(dossierNummer).list();
        return lopend.stream().findFirst();
    }
}
