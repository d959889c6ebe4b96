package nl.eenplan.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** {@link EigenEngineFilter} before every other filter: Spring Security's, Camunda's and the audit's. */
@Configuration
class EigenEngineConfig {

    @Bean
    FilterRegistrationBean<EigenEngineFilter> eigenEngine(ObjectProvider<ProcessEngine> engine) {
        var registratie = new FilterRegistrationBean<>(new EigenEngineFilter(engine));
        registratie.setName("eigen-engine");
        registratie.addUrlPatterns("/*");
        registratie.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registratie;
    }
}
