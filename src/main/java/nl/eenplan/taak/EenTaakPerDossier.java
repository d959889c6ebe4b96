package nl.eenplan.taak;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.eenplan.deployment.Proefomgeving;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.engine.Berichten;
import nl.eenplan.engine.Routering;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The engine side of a process that asks the school for one missing fact of a pupil (gezag, the address): at most one
 * running instance per dossier; it starts when the fact is missing, ends through the model's message when the fact is
 * recorded another way, and goes when the dossier closes. Subclasses name the process, the message and what "missing"
 * means. Callers are in a transaction.
 */
public abstract class EenTaakPerDossier {

    private final String proces;
    private final String bekend;
    private final Predicate<String> ontbreekt;
    private final Proefomgeving proefomgeving;
    private final RuntimeService runtimeService;
    private final DossierService dossiers;

    /**
     * @param proces    the process id
     * @param bekend    the message that ends the task when the fact was recorded another way
     * @param ontbreekt whether the fact is missing for a dossier (by number)
     */
    protected EenTaakPerDossier(String proces, String bekend, Predicate<String> ontbreekt, Proefomgeving proefomgeving,
                                RuntimeService runtimeService, DossierService dossiers) {
        this.proces = proces;
        this.bekend = bekend;
        this.ontbreekt = ontbreekt;
        this.proefomgeving = proefomgeving;
        this.runtimeService = runtimeService;
        this.dossiers = dossiers;
    }

    /**
     * Starts the task for this dossier when the fact is missing and no instance runs for it yet; true when it started
     * one. The dossier's row is locked first: a second node (or request) doing the same waits for this transaction and
     * then finds this instance, so a dossier never gets two.
     */
    public boolean startAlsNodig(String dossierNummer) {
        if (!ontbreekt.test(dossierNummer) || lopend(dossierNummer).isPresent()) {
            return false;
        }
        dossiers.vergrendel(dossierNummer);
        // Looked again after the lock: what another transaction started and committed meanwhile is seen now.
        if (lopend(dossierNummer).isPresent() || !ontbreekt.test(dossierNummer)) {
            return false;
        }
        proefomgeving.start(proces, dossierNummer, Routering.variabelen(dossiers.routeringsgegevens(dossierNummer)));
        return true;
    }

    /** The fact is recorded another way: the task ends (the model's message). True when it ended one. */
    public boolean beeindigAlsBekend(String dossierNummer) {
        Optional<ProcessInstance> lopend = lopend(dossierNummer);
        if (lopend.isEmpty() || !dossiers.bestaat(dossierNummer) || ontbreekt.test(dossierNummer)) {
            return false;
        }
        if (runtimeService.createEventSubscriptionQuery().processInstanceId(lopend.get().getId()).eventName(bekend)
                .count() == 0) {
            return false;
        }
        Berichten.aanLopende(runtimeService, bekend).processInstanceId(lopend.get().getId()).correlate();
        return true;
    }

    /** The dossier closes: its task goes, with its instance. */
    public void stop(String dossierNummer) {
        lopend(dossierNummer).ifPresent(p -> runtimeService.deleteProcessInstance(p.getId(),
                "Dossier " + dossierNummer + " gesloten", true));
    }

    /** The dossiers with a running instance. */
    public List<String> lopendeDossiers() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(proces).list().stream()
                .map(ProcessInstance::getBusinessKey).distinct().toList();
    }

    /** The running instance for this dossier, if any. */
    public Optional<ProcessInstance> lopend(String dossierNummer) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(proces)
                .processInstanceBusinessKey(dossierNummer).list().stream().findFirst();
    }
}
