package nl.eenplan;

import java.util.Set;
import nl.eenplan.taak.Taakafhandeling;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Handlers for the user tasks of the small models tests deploy themselves (a user task without a handler
 * cannot be completed, see nl.eenplan.taak.EenDeur): they take no input.
 */
@TestConfiguration
public class Proefafhandelingen {

    @Bean
    Taakafhandeling<Taakafhandeling.GeenInvoer> proefTermijnTaken() {
        return Taakafhandeling.zonderInvoer("proefTermijn", Set.of("eerste", "tweede"));
    }

    @Bean
    Taakafhandeling<Taakafhandeling.GeenInvoer> proefJoblogTaken() {
        return Taakafhandeling.zonderInvoer("proefJoblog", Set.of("werk", "daarna"));
    }
}
