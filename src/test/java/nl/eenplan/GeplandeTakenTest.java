package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.support.CronExpression;

/**
 * With the application's own configuration every scheduled job runs: the monitor's worker (every 5 s) and the nightly
 * jobs (retention, consent expiry, invitations, accounts, IdP bindings, the MAZL check). The tests' configuration
 * switches most of them off (src/test/resources/application.properties); the benchmark's nodes do not read it
 * (bench.Knopen checks their registry of scheduled tasks at each start).
 */
class GeplandeTakenTest {

    @Test
    void elkeGeplandeMethodeLooptMetDeConfiguratieVanDeApplicatie() {
        assertThat(EenPlanApplication.class).hasAnnotation(EnableScheduling.class);
        Map<String, String> methoden = GeplandeMethoden.met(GeplandeMethoden.vanDeApplicatie());
        assertThat(methoden).containsKey("nl.eenplan.monitor.Monitorwachtrij.werk").hasSizeGreaterThanOrEqualTo(8);
        assertThat(methoden).allSatisfy((methode, cron) -> assertThat(CronExpression.isValidExpression(cron))
                .as("%s: cron \"%s\"", methode, cron).isTrue());
        assertThat(methoden).containsEntry("nl.eenplan.monitor.Monitorwachtrij.werk", "*/5 * * * * *");
    }
}
