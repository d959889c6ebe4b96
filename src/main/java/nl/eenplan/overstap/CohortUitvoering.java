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

    /** Two uploads at once. */
    static final int UPLOADS = 2;

    @Bean
    ThreadPoolTaskExecutor cohortUploads() {
        return vastAantal(UPLOADS, "cohort-upload-");
    }

    @Bean
    ThreadPoolTaskExecutor cohortRegels(@Value("${eenplan.overstap.werkers}") int werkers) {
        return vastAantal(UPLOADS * Math.max(1, werkers), "cohort-regels-");
    }

    private static ThreadPoolTaskExecutor vastAantal(int threads, String naam) {
        ThreadPoolTaskExecutor uitvoering = new ThreadPoolTaskExecutor();
        uitvoering.setCorePoolSize(threads);
        uitvoering.setMaxPoolSize(threads);
        uitvoering.setThreadNamePrefix(naam);
        return uitvoering;
    }
}
