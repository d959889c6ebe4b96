package nl.eenplan.gezag.proces;

import nl.eenplan.dossier.DossierGeopend;
import nl.eenplan.dossier.DossierWordtGesloten;
import nl.eenplan.dossier.GezagGewijzigd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When the task "Gezag vastleggen" comes and goes, from the dossier's events:
 * <ul>
 * <li>a dossier opened, or a guardian added, with gezag left empty: the task starts, in the same transaction (the
 * dossier and its task are written together or not at all);</li>
 * <li>gezag recorded another way (PUT .../ouders/{id}/gezag) and nobody's gezag unknown any more: the task ends, after
 * that change committed, in a transaction of its own. Not in the same one, because the task's own handler records
 * gezag too, while the engine completes that very task; after its commit the instance has ended and there is nothing
 * to do. Should ending fail, the task stays with nothing left to fill in, and completing it with an empty list ends
 * it (also {@link BestaandeDossiers} ends it at the next start);</li>
 * <li>the dossier closes: the task goes with it.</li>
 * </ul>
 */
@Component
class Gezagstart {

    private static final Logger LOG = LoggerFactory.getLogger(Gezagstart.class);

    private final Gezagproces proces;
    private final TransactionTemplate apart;

    Gezagstart(Gezagproces proces, PlatformTransactionManager transacties) {
        this.proces = proces;
        this.apart = new TransactionTemplate(transacties);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void geopend(DossierGeopend geopend) {
        if (geopend.metOuders()) {
            // Without guardians no gezag is unknown: a class upload's 180,000 new dossiers need not be asked.
            proces.startAlsNodig(geopend.dossierNummer());
        }
    }

    @EventListener
    void gewijzigd(GezagGewijzigd gewijzigd) {
        proces.startAlsNodig(gewijzigd.dossierNummer());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void vastgelegd(GezagGewijzigd gewijzigd) {
        try {
            apart.executeWithoutResult(t -> proces.beeindigAlsBekend(gewijzigd.dossierNummer()));
        } catch (RuntimeException e) {
            // The gezag is recorded (committed); the request that recorded it does not fail for this.
            LOG.warn("Taak 'Gezag vastleggen' van dossier {} niet beëindigd: {}", gewijzigd.dossierNummer(),
                    e.getMessage());
        }
    }

    @EventListener
    void sluit(DossierWordtGesloten sluit) {
        proces.stop(sluit.dossierNummer());
    }
}
