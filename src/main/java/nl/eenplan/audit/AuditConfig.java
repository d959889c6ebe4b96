package nl.eenplan.audit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The audit at every door, each the last of the application's filters on its paths: EenPlan's API, inside Spring
 * Security's filters (which know the user); /engine-rest, inside Camunda's basic-auth filter (security.SecurityConfig
 * orders it before this one), which tells the engine who is asking; Tasklist's and Cockpit's API under /camunda/api,
 * around the webapps' own filters, whose login the session keeps.
 */
@Configuration
class AuditConfig {

    @Bean
    FilterRegistrationBean<ApiAudit> apiAudit(ObjectProvider<AuditLog> log) {
        var registratie = new FilterRegistrationBean<>(new ApiAudit(log));
        registratie.setName("api-audit");
        // The API, and the downloads under a pupil's page in EenPlan (the same answers as their API paths).
        registratie.addUrlPatterns("/api/*", "/leerlingen/*");
        registratie.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registratie;
    }

    @Bean
    FilterRegistrationBean<EngineDeurAudit> engineDeurAudit(JerseyApplicationPath engineRest,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapp,
            ObjectProvider<EngineDossiers> dossiers, ObjectProvider<AuditLog> log) {
        var registratie = new FilterRegistrationBean<>(new EngineDeurAudit(engineRest.getPath(), webapp, dossiers, log));
        registratie.setName("engine-deur-audit");
        registratie.addUrlPatterns(engineRest.getUrlMapping(), webapp + "/api/*");
        registratie.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registratie;
    }
}
