package nl.eenplan.engine;

import java.time.Clock;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock for the application, the engine and Bean Validation ({@code @PastOrPresent} on a Dutch date). */
@Configuration
class KlokConfig {

    @Bean
    Clock clock(KlokInstelling instelling) {
        return new Klok();
    }

    /** The engine starts after the clock is set (a plugin is built before the engine). */
    @Bean
    ProcessEnginePlugin klokVoorEngine(KlokInstelling instelling) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuratie) {
                // Nothing to configure: depending on KlokInstelling is the point.
            }
        };
    }

    /** "Not in the future" means: not after today in the Netherlands, whatever the JVM's time zone. */
    @Bean
    ValidationConfigurationCustomizer klokVoorValidatie(Clock clock) {
        return configuratie -> configuratie.clockProvider(() -> clock);
    }
}
