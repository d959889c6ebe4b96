package nl.eenplan.termijn;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** Loads the school calendar at start-up; a malformed file stops the application with file and line. */
@Configuration
class SchoolkalenderConfig {

    private static final Logger LOG = LoggerFactory.getLogger(SchoolkalenderConfig.class);

    @Bean
    Schoolkalender schoolkalender(ResourceLoader loader, @Value("${eenplan.kalender.locatie}") String locatie) {
        Schoolkalender kalender = SchoolkalenderLezer.lees(loader, locatie);
        LOG.info("Schoolkalender geladen uit {}: {} tot en met {}.", locatie, kalender.bekendVan(), kalender.bekendTot());
        return kalender;
    }
}
