package nl.eenplan.taak;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.eenplan.deployment.Proefomgeving;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.engine.Berichten;
import nl.eenplan.engine.Routering;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine side of a process that asks the school for one missing fact of a pupil (gezag, the address): at most one
 * running instance per dossier; it starts when the fact is missing, ends through the model's message when the fact is
 * recorded another way, and goes when the dossier closes. Subclasses name the process, the message and what "missing"
 * means. Callers are in a transaction.
 */
public abstract class EenTaakPerDossier {

    /** Dossiers asked at once whether the fact is still missing. */
    static final int BLOK = 500;

    private final String proces;
    private final String bekend;
    private final Predicate<String> ontbreekt;
    private final Function<Collection<String>, Set<String>> ontbreektBij;
    private final Proefomgeving proefomgeving;
    private final RuntimeService runtimeService;
    private final DossierService dossiers;
    private final JdbcTemplate jdbc;

    /**
     * @param proces       the process id
     * @param bekend       the message that ends the task when the fact was recorded another way
     * @param ontbreekt    whether the fact is missing for a dossier (by number)
     * @param ontbreektBij the same for many dossiers in one query: those among them whose fact is missing
     */
    protected EenTaakPerDossier(String proces, String bekend, Predicate<String> ontbreekt,
                                Function<Collection<String>, Set<String>> ontbreektBij, Proefomgeving proefomgeving,
                                RuntimeService runtimeService, DossierService dossiers, JdbcTemplate jdbc) {
        this.proces = proces;
        this.bekend = bekend;
        this.ontbreekt = ontbreekt;
        this.ontbreektBij = ontbreektBij;
        this.proefomgeving = proefomgeving;
        this.runtimeService = runtimeService;
        this.dossiers = dossiers;
        this.jdbc = jdbc;
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

    /**
     * The dossiers with a running instance, by number: their business keys read from the engine's table in one query
     * with plain JDBC (read only; TaakIndexen reaches those tables the same way), not as instance entities: at a
     * national installation's start there may be a hundred thousand (issue #25).
     */
    public Set<String> lopendeDossiers() {
        return new TreeSet<>(jdbc.queryForList("select E.BUSINESS_KEY_ from ACT_RU_EXECUTION E join ACT_RE_PROCDEF P "
                + "on P.ID_ = E.PROC_DEF_ID_ where P.KEY_ = ? and E.ID_ = E.PROC_INST_ID_ and E.BUSINESS_KEY_ is not null",
                String.class, proces));
    }

    /**
     * The dossiers with a running instance whose fact is no longer missing, or whose dossier is gone: normally none
     * (the task ends when the fact is recorded). Asked per block of {@value #BLOK} in one query each, so a node's start
     * does not open a transaction for every running task; {@link #beeindigAlsBekend} checks each answer again.
     */
    public List<String> mogelijkBekend() {
        List<String> lopend = new ArrayList<>(lopendeDossiers());
        List<String> uit = new ArrayList<>();
        for (int i = 0; i < lopend.size(); i += BLOK) {
            List<String> blok = lopend.subList(i, Math.min(lopend.size(), i + BLOK));
            Set<String> ontbrekend = ontbreektBij.apply(blok);
            blok.stream().filter(nummer -> !ontbrekend.contains(nummer)).forEach(uit::add);
        }
        return uit;
    }

    /** The running instance for this dossier, if any. */
    public Optional<ProcessInstance> lopend(String dossierNummer) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(proces)
                .processInstanceBusinessKey(dossierNummer).list().stream().findFirst();
    }
}
