package nl.eenplan.audit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The audit at EenPlan's API: the last of the application's filters, inside Spring Security's (which know the user). */
@Configuration
class AuditConfig {

    @Bean
    FilterRegistrationBean<ApiAudit> apiAudit(ObjectProvider<AuditLog> log) {
        var registratie = new FilterRegistrationBean<>(new ApiAudit(log));
        registratie.setName("api-audit");
        registratie.addUrlPatterns("/api/*");
        registratie.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registratie;
    }
}
