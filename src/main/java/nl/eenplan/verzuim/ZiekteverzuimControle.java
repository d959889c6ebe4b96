package nl.eenplan.verzuim;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night: pupils who are still ill are checked against M@ZL ({@link Ziekteregels}), so the 7th consecutive
 * school day is signalled without anyone touching the ziekmelding. One pupil's failure does not stop the others.
 */
@Component
class ZiekteverzuimControle {

    private static final Logger LOG = LoggerFactory.getLogger(ZiekteverzuimControle.class);

    private final AfwezigheidService afwezigheid;

    ZiekteverzuimControle(AfwezigheidService afwezigheid) {
        this.afwezigheid = afwezigheid;
    }

    @Scheduled(cron = "${eenplan.verzuim.mazl.tijdstip:0 15 6 * * *}", zone = "Europe/Amsterdam")
    void sOchtends() {
        for (String nummer : afwezigheid.dossiersMetOpenZiekmelding()) {
            try {
                afwezigheid.controleerZiekte(nummer);
            } catch (RuntimeException e) {
                LOG.warn("M@ZL-controle van dossier {} mislukt: {}", nummer, e.getMessage());
            }
        }
    }
}
