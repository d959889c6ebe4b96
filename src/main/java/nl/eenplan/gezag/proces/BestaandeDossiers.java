package nl.eenplan.gezag.proces;

import java.util.List;
import java.util.Set;
import nl.eenplan.dossier.DossierService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At every start: each open dossier with a guardian of unknown gezag that has no task "Gezag vastleggen" gets one. After
 * the upgrade to V20 that is every open dossier with guardians (V20 made every guardian's gezag unknown); after that
 * normally none, because a dossier gets its task when it opens or a guardian is added ({@link Gezagstart}). Every open
 * dossier with unknown gezag normally has its task already: the running tasks are read in one query and the dossiers
 * listed by block, so a start with a hundred thousand of them is a few hundred queries, not a transaction per dossier
 * (issue #25; before, every such dossier had a transaction of its own at every start).
 * <p>
 * An ApplicationRunner rather than a timer start event in the model: a model cannot ask which dossiers need the task,
 * and a start timer would run again on every new model version. Safe on several nodes that start at the same moment
 * and when run twice: each dossier in a transaction of its own that locks the dossier's row and then looks for a
 * running instance ({@link Gezagproces#startAlsNodig}), so a dossier never gets two. Batched by dossier number, so a
 * large region does not hold one long transaction; a dossier that fails is logged and the rest goes on, and the next
 * start tries it again. A task whose gezag became known meanwhile (ending it failed after the change) ends here.
 */
@Component
class BestaandeDossiers implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BestaandeDossiers.class);
    static final int BLOK = 200;

    private final DossierService dossiers;
    private final Gezagproces proces;
    private final TransactionTemplate perDossier;

    BestaandeDossiers(DossierService dossiers, Gezagproces proces, PlatformTransactionManager transacties) {
        this.dossiers = dossiers;
        this.proces = proces;
        this.perDossier = new TransactionTemplate(transacties);
        this.perDossier.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void run(ApplicationArguments args) {
        int gestart = startWaarNodig();
        if (gestart > 0) {
            LOG.info("Gezag vastleggen: {} taken gemaakt voor open dossiers met ouders van wie het gezag onbekend is",
                    gestart);
        }
        eindigWaarBekend();
    }

    /** A task whose gezag became known while ending it failed (Gezagstart) ends now. */
    void eindigWaarBekend() {
        for (String nummer : proces.mogelijkBekend()) {
            try {
                perDossier.executeWithoutResult(t -> proces.beeindigAlsBekend(nummer));
            } catch (RuntimeException e) {
                LOG.warn("Gezag vastleggen voor dossier {} niet beëindigd: {}", nummer, e.getMessage());
            }
        }
    }

    /**
     * Starts the task where it is missing; answers how many it started. The dossiers that have one already (normally
     * all) are known from one query, so only a dossier without a task gets a transaction of its own. That query is read
     * once, before the dossiers: a task that ends while this runs (its dossier closed, its gezag recorded) is not started
     * again here; one deleted by hand in that moment is started at the next start.
     */
    int startWaarNodig() {
        Set<String> lopend = proces.lopendeDossiers();
        int gestart = 0;
        String na = null;
        List<String> blok;
        do {
            blok = dossiers.openMetOnbekendGezag(na, BLOK);
            for (String nummer : blok) {
                if (lopend.contains(nummer)) {
                    continue;
                }
                try {
                    if (Boolean.TRUE.equals(perDossier.execute(t -> proces.startAlsNodig(nummer)))) {
                        gestart++;
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Gezag vastleggen voor dossier {} niet gestart (volgende start opnieuw): {}", nummer,
                            e.getMessage());
                }
            }
            na = blok.isEmpty() ? na : blok.get(blok.size() - 1);
        } while (blok.size() == BLOK);
        return gestart;
    }
}
