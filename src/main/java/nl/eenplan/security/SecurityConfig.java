package nl.eenplan.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import nl.eenplan.web.ProblemWriter;
import nl.eenplan.web.Problemen;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what.
 * <ul>
 *   <li>{@code /api/**} and the monitor page {@code /monitor}: HTTP basic against Camunda's identity
 *       store, stateless; per-endpoint group checks with {@code @PreAuthorize} in each capability's
 *       controller. The browser asks for the login once and sends it with the page's API calls.</li>
 *   <li>{@code /engine-rest/**}: Camunda's own basic-auth filter, which also hands the user and groups
 *       to the engine, so Camunda's authorizations (see {@link CamundaAutorisaties}) decide.</li>
 *   <li>{@code /camunda/**} (Cockpit, Tasklist, Admin): the webapps' own login and CSRF protection,
 *       with the same Camunda authorizations. Spring Security stays out of their way; only the
 *       open "first administrator" setup page is closed.</li>
 * </ul>
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemAuthenticationHandlers problems) throws Exception {
        return http
                .securityMatcher("/api/**", "/monitor")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless basic auth, no cookies: CSRF tokens protect nothing here.
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    /**
     * Camunda Admin's "create the first administrator" page lets anyone who reaches it create an
     * all-powerful user while camunda-admin is empty. EenPlan creates its first administrator from
     * configuration instead, so that page is closed for good.
     */
    @Bean
    FilterRegistrationBean<Filter> webappSetupGesloten(ProblemWriter problemWriter) {
        Filter gesloten = (request, response, chain) -> problemWriter.schrijf((HttpServletRequest) request,
                (HttpServletResponse) response, Problemen.probleem(HttpStatus.FORBIDDEN,
                        "De eerste beheerder wordt bij de start ingesteld (EENPLAN_BEHEERDER_GEBRUIKER en "
                                + "EENPLAN_BEHEERDER_WACHTWOORD), niet via deze pagina.", List.of()));
        var registration = new FilterRegistrationBean<>(gesloten);
        registration.setName("webapp-setup-gesloten");
        registration.addUrlPatterns("/camunda/api/admin/setup/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        // Before the audit of the engine's doors (audit.AuditConfig, the lowest precedence): it asks the engine who
        // made the request, which this filter tells it.
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return registration;
    }
}
