package nl.eenplan.woonadres.proces;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At every start: a task "Woonadres vastleggen" whose address was recorded meanwhile (ending it after the change failed,
 * {@link Woonadresstart}) ends now. Normally there is none: the running tasks are checked a block at a time in one query
 * each (Woonadresproces.mogelijkBekend), and only a task whose address is now known gets a transaction of its own; one
 * that fails is logged and tried at the next start. No task is started here: a dossier gets one only when EenPlan needs
 * its address.
 */
@Component
class Afgerond implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(Afgerond.class);

    private final Woonadresproces proces;
    private final TransactionTemplate perDossier;

    Afgerond(Woonadresproces proces, PlatformTransactionManager transacties) {
        this.proces = proces;
        this.perDossier = new TransactionTemplate(transacties);
        this.perDossier.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String nummer : proces.mogelijkBekend()) {
            try {
                perDossier.executeWithoutResult(t -> proces.beeindigAlsBekend(nummer));
            } catch (RuntimeException e) {
                LOG.warn("Woonadres vastleggen voor dossier {} niet beëindigd: {}", nummer, e.getMessage());
            }
        }
    }
}
