package nl.eenplan.overstap;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that work off class uploads in the background: their own, so an upload never takes a thread
 * from the engine's job executor (deadlines) or the scheduler; two uploads may run at once, more wait.
 */
@Configuration
class CohortUitvoering {

    @Bean
    ThreadPoolTaskExecutor cohortUploads() {
        ThreadPoolTaskExecutor uitvoering = new ThreadPoolTaskExecutor();
        uitvoering.setCorePoolSize(2);
        uitvoering.setMaxPoolSize(2);
        uitvoering.setThreadNamePrefix("cohort-upload-");
        return uitvoering;
    }
}
