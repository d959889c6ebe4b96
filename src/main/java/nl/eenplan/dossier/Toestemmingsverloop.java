package nl.eenplan.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every night, just after midnight (the Dutch date): consent that ended without a withdrawal stops what needed it, as a
 * withdrawal does at once (AVG art. 7 lid 3: it takes effect for the future). Two ways it ends by itself: a consent for
 * a period past its last day, and a birthday that changes who decides (at 12 the pupil consents too for jeugdhulp,
 * Jeugdwet art. 7.3.4; at 16 the pupil alone, art. 7.3.5 and AVG art. 8). One dossier per transaction. With several
 * nodes each may run it: a route already stopped is not stopped twice (the message finds nothing waiting).
 */
@Component
class Toestemmingsverloop {

    private static final Logger LOG = LoggerFactory.getLogger(Toestemmingsverloop.class);

    private final DossierRepository dossiers;
    private final ToestemmingService toestemmingen;
    private final TransactionTemplate transactie;

    Toestemmingsverloop(DossierRepository dossiers, ToestemmingService toestemmingen, TransactionTemplate transactie) {
        this.dossiers = dossiers;
        this.toestemmingen = toestemmingen;
        this.transactie = transactie;
    }

    @Scheduled(cron = "${eenplan.toestemming.verloop.tijdstip:0 5 0 * * *}", zone = "Europe/Amsterdam")
    void sNachts() {
        beeindig(toestemmingen.vandaag());
    }

    /** The dossiers in which a scope ended on {@code vandaag}; their routes were told. */
    List<String> beeindig(LocalDate vandaag) {
        List<LocalDate> verjaardagen = List.of(vandaag.minusYears(12), vandaag.minusYears(16));
        List<String> nummers = dossiers.metToestemmingDieKanEindigen(vandaag.minusDays(1), verjaardagen).stream()
                .map(Dossier::getNummer).toList();
        List<String> geeindigd = new ArrayList<>();
        for (String nummer : nummers) {
            try {
                if (Boolean.TRUE.equals(transactie.execute(s -> toestemmingen.meldVerlopen(nummer, vandaag)))) {
                    geeindigd.add(nummer);
                }
            } catch (RuntimeException e) {
                LOG.error("Verlopen toestemming van dossier {} niet verwerkt", nummer, e);
            }
        }
        return geeindigd;
    }
}
