package nl.eenplan.arrangement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.engine.Klok;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profile demo only: Noor de Vries (demo.DemoGegevens, the demo family of issue #24) had extra support that the school
 * closed a week ago, so its closing survey is open for her mother ({@code ouder}) on the family's pages. Made once
 * (idempotent: only when Noor has no arrangement yet), without a process: the demo shows the survey, not the road to
 * it (ArrangementScenarioIT and ArrangementEnqueteIT go that road).
 */
@Component
@Profile("demo")
class DemoAfgeslotenArrangement {

    static final String PROCES_INSTANTIE = "demo-afgesloten-arrangement";

    private final DossierService dossiers;
    private final ArrangementRepository arrangementen;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoAfgeslotenArrangement(DossierService dossiers, ArrangementRepository arrangementen,
                              ApplicationEventPublisher events, Clock clock) {
        this.dossiers = dossiers;
        this.arrangementen = arrangementen;
        this.events = events;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    @Transactional
    void noorHadHulp() {
        dossiers.lijst().stream()
                .filter(d -> d.leerling().equals("Noor de Vries") && d.schoolBrin().equals("99ZZ00")).findFirst()
                .filter(d -> arrangementen.findByDossierNummerOrderById(d.nummer()).isEmpty())
                .ifPresent(d -> {
                    LocalDate vandaag = Klok.vandaag(clock);
                    Arrangement a = arrangementen.save(new Arrangement(d.nummer(), PROCES_INSTANTIE + "-" + d.nummer()));
                    a.gestart(vandaag.minusMonths(4), List.of());
                    Instant afgesloten = clock.instant().minus(7, ChronoUnit.DAYS);
                    a.afgesloten(afgesloten);
                    events.publishEvent(new ArrangementAfgesloten(a.getId(), d.nummer(), afgesloten));
                });
    }
}
