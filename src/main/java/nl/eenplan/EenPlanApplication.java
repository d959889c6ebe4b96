package nl.eenplan;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** EenPlan: 1 kind, 1 gezin, 1 plan. One package per capability below this one. */
@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
public class EenPlanApplication {

    public static void main(String[] args) {
        SpringApplication.run(EenPlanApplication.class, args);
    }

    /** Dutch time for everything that has a date; replaceable in tests. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Amsterdam"));
    }
}
