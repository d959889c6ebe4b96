package nl.eenplan.verzuim;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night: the absence data of removed dossiers whose own retention (5 years after uitschrijving,
 * {@link Verzuimbewaring}) ended is removed. The dossier itself goes 2 years after closing (dossier.Bewaartermijn);
 * its absence days and reports stay behind until then, by dossier number, readable by no one through the API.
 */
@Component
class VerzuimBewaartermijn {

    private static final Logger LOG = LoggerFactory.getLogger(VerzuimBewaartermijn.class);

    private final VerzuimService verzuim;
    private final Clock clock;

    VerzuimBewaartermijn(VerzuimService verzuim, Clock clock) {
        this.verzuim = verzuim;
        this.clock = clock;
    }

    @Scheduled(cron = "${eenplan.bewaartermijn.tijdstip:0 30 1 * * *}", zone = "Europe/Amsterdam")
    void sNachts() {
        ruimOp(LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Amsterdam")));
    }

    /** Removes the absence data whose retention ended before {@code vandaag}; answers for how many dossiers. */
    int ruimOp(LocalDate vandaag) {
        int verwijderd = verzuim.ruimBewaardOp(vandaag);
        if (verwijderd > 0) {
            LOG.info("Bewaartermijn verzuim: verzuimgegevens van {} verwijderde dossiers verwijderd.", verwijderd);
        }
        return verwijderd;
    }
}
