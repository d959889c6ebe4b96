package nl.eenplan.overstap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that work off class uploads in the background: their own, so an upload never takes a thread
 * from the engine's job executor (deadlines) or the scheduler. Two uploads may run at once, more wait; the
 * lines of an upload run on {@code eenplan.overstap.werkers} workers each.
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

    @Bean
    ThreadPoolTaskExecutor cohortRegels(@Value("${eenplan.overstap.werkers}") int werkers) {
        ThreadPoolTaskExecutor uitvoering = new ThreadPoolTaskExecutor();
        uitvoering.setCorePoolSize(2 * Math.max(1, werkers));
        uitvoering.setMaxPoolSize(2 * Math.max(1, werkers));
        uitvoering.setThreadNamePrefix("cohort-regels-");
        return uitvoering;
    }
}
