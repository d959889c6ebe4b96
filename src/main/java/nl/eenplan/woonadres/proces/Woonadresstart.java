package nl.eenplan.woonadres.proces;

import nl.eenplan.dossier.DossierWordtGesloten;
import nl.eenplan.dossier.WoonadresNodig;
import nl.eenplan.dossier.WoonadresVastgelegd;
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
 * When the task "Woonadres vastleggen" comes and goes, from the dossier's events:
 * <ul>
 * <li>EenPlan needs the address and it is missing (a verzuimmelding prepared, an escalation routed without it): the task
 * starts after that report or escalation committed, in a transaction of its own, so a failure to start it (a deadline
 * beyond the school calendar, say) never holds back what goes to leerplicht; it is logged, and the next report or
 * escalation asks again;</li>
 * <li>the address recorded another way (PUT .../leerling/woonadres, a LAS import): the task ends, after that change
 * committed, in a transaction of its own. Not in the same one, because the task's own handler records the address too,
 * while the engine completes that very task; after its commit the instance has ended and there is nothing to do.
 * Should ending fail, the task stays, and {@link Afgerond} ends it at the next start;</li>
 * <li>the dossier closes: the task goes with it.</li>
 * </ul>
 */
@Component
class Woonadresstart {

    private static final Logger LOG = LoggerFactory.getLogger(Woonadresstart.class);

    private final Woonadresproces proces;
    private final TransactionTemplate apart;

    Woonadresstart(Woonadresproces proces, PlatformTransactionManager transacties) {
        this.proces = proces;
        this.apart = new TransactionTemplate(transacties);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void nodig(WoonadresNodig nodig) {
        try {
            apart.executeWithoutResult(t -> proces.startAlsNodig(nodig.dossierNummer()));
        } catch (RuntimeException e) {
            // The report or escalation that needed the address is recorded (committed) and goes on to leerplicht; asking
            // for the address must never hold it back. The next time EenPlan needs the address it asks again.
            LOG.warn("Taak 'Woonadres vastleggen' voor dossier {} niet gestart: {}", nodig.dossierNummer(),
                    e.getMessage());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void vastgelegd(WoonadresVastgelegd vastgelegd) {
        try {
            apart.executeWithoutResult(t -> proces.beeindigAlsBekend(vastgelegd.dossierNummer()));
        } catch (RuntimeException e) {
            // The address is recorded (committed); the request that recorded it does not fail for this.
            LOG.warn("Taak 'Woonadres vastleggen' van dossier {} niet beëindigd: {}", vastgelegd.dossierNummer(),
                    e.getMessage());
        }
    }

    @EventListener
    void sluit(DossierWordtGesloten sluit) {
        proces.stop(sluit.dossierNummer());
    }
}
