package nl.eenplan.dossier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every night: closed dossiers past their retention (default 730 days after closing, docs/privacy.md) are
 * removed with everything every capability holds for them and the engine's history of their processes;
 * the audit log keeps the removal. One dossier per transaction, so one that cannot go does not hold up the
 * others. With several nodes each may run it; a dossier another node removed is simply gone.
 */
@Component
class Bewaartermijn {

    private static final Logger LOG = LoggerFactory.getLogger(Bewaartermijn.class);
    private static final int PER_KEER = 500;

    private final DossierService dossiers;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final TransactionTemplate transactie;
    private final Duration termijn;
    private final Clock clock;

    Bewaartermijn(DossierService dossiers, RuntimeService runtimeService, HistoryService historyService,
                  TransactionTemplate transactie, @Value("${eenplan.bewaartermijn.dossier:P730D}") Duration termijn,
                  Clock clock) {
        this.dossiers = dossiers;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.transactie = transactie;
        this.termijn = termijn;
        this.clock = clock;
    }

    @Scheduled(cron = "${eenplan.bewaartermijn.tijdstip:0 30 1 * * *}", zone = "Europe/Amsterdam")
    void sNachts() {
        ruimOp(clock.instant());
    }

    /** Removes the dossiers closed before {@code nu} minus the retention; answers how many went. */
    int ruimOp(Instant nu) {
        int verwijderd = 0;
        for (String nummer : dossiers.verlopen(nu.minus(termijn), PER_KEER)) {
            if (runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nummer).count() > 0) {
                LOG.warn("Dossier {} is gesloten maar er loopt nog een proces: niet verwijderd.", nummer);
                continue;
            }
            try {
                transactie.executeWithoutResult(s -> {
                    dossiers.verwijder(nummer);
                    var historie = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(nummer)
                            .list().stream().map(HistoricProcessInstance::getId).toList();
                    if (!historie.isEmpty()) {
                        historyService.deleteHistoricProcessInstancesIfExists(historie);
                    }
                });
                verwijderd++;
            } catch (RuntimeException e) {
                LOG.error("Dossier {} kon niet worden verwijderd na de bewaartermijn", nummer, e);
            }
        }
        if (verwijderd > 0) {
            LOG.info("Bewaartermijn: {} gesloten dossiers verwijderd.", verwijderd);
        }
        return verwijderd;
    }
}
