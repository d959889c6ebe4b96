package nl.eenplan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** EenPlan: 1 kind, 1 gezin, 1 plan. One package per capability below this one. */
@SpringBootApplication(nameGenerator = nl.eenplan.taak.Afhandelingnamen.class)
@org.springframework.scheduling.annotation.EnableScheduling
public class EenPlanApplication {

    public static void main(String[] args) {
        SpringApplication.run(EenPlanApplication.class, args);
    }
}
