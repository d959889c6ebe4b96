package nl.eenplan;

import java.util.Date;
import java.util.Set;
import nl.eenplan.modelcontrole.VoorModellen;
import nl.eenplan.taak.Taakafhandeling;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For the small models tests deploy themselves: handlers for their user tasks (a user task without a handler
 * cannot be deployed or completed, see nl.eenplan.engine.EenDeur and nl.eenplan.modelcontrole), which take no
 * input, and bean {@code proefmoment} for their timers. Contexts built with SpringApplicationBuilder add this
 * class as a source.
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

    @Bean
    Taakafhandeling<Taakafhandeling.GeenInvoer> clusterProefTaken() {
        return Taakafhandeling.zonderInvoer("clusterProef", Set.of("daarna"));
    }

    @Bean
    Taakafhandeling<Taakafhandeling.GeenInvoer> overnameProefTaken() {
        return Taakafhandeling.zonderInvoer("overnameProef", Set.of("daarna"));
    }

    @Bean
    Taakafhandeling<Taakafhandeling.GeenInvoer> stormTaken() {
        return Taakafhandeling.zonderInvoer("storm", Set.of("escalatie"));
    }

    /** The benchmark's warm-up storm on the measured nodes (nl.eenplan.bench.Termijnstorm). */
    @Bean
    Taakafhandeling<Taakafhandeling.GeenInvoer> stormOpwarmenTaken() {
        return Taakafhandeling.zonderInvoer("stormOpwarmen", Set.of("escalatie"));
    }

    @Bean
    Taakafhandeling<Taakafhandeling.GeenInvoer> benchTaken() {
        return Taakafhandeling.zonderInvoer("taken", Set.of("werk"));
    }

    @Bean
    Taakafhandeling<Taakafhandeling.GeenInvoer> proefControleTaken() {
        return Taakafhandeling.zonderInvoer("proefControle", Set.of("controleren"));
    }

    @Bean
    Taakafhandeling<Taakafhandeling.GeenInvoer> proefTerugTaken() {
        return Taakafhandeling.zonderInvoer("proefTerug", Set.of("beoordelen"));
    }

    @Bean
    Proefmoment proefmoment() {
        return new Proefmoment();
    }

    /** {@code ${proefmoment.van(execution)}}: the moment a test gave its instance (variable {@code moment}). */
    @VoorModellen
    public static class Proefmoment {

        public Date van(VariableScope execution) {
            return (Date) execution.getVariable("moment");
        }
    }
}
