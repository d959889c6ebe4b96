package nl.eenplan.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import nl.eenplan.web.ProblemWriter;
import nl.eenplan.web.Problemen;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what; the doors are described in docs/security.md ("De deuren").
 * <ul>
 *   <li>API clients that send {@code Authorization: Basic} up front ({@link #basic}): checked against
 *       Camunda's identity store on every request, stateless, no session and no CSRF token.</li>
 *   <li>Everything else of EenPlan ({@link #paginas}): people in a browser, with the login page, a
 *       session and a CSRF token on every state-changing request, also for the /api calls the pages
 *       make. A page that is opened without a session leads to the login page; a fetch gets 401.</li>
 *   <li>{@code /engine-rest/**}: Camunda's own basic-auth filter, which also hands the user and groups
 *       to the engine, so Camunda's authorizations (see {@link CamundaAutorisaties}) decide.</li>
 *   <li>{@code /camunda/**} (Cockpit, Tasklist, Admin): the webapps' own login and CSRF protection,
 *       with the same Camunda authorizations. Spring Security stays out of their way; only the
 *       open "first administrator" setup page and Camunda's static welcome page are closed.</li>
 * </ul>
 * No 401 carries a {@code WWW-Authenticate: Basic} challenge, so a browser never keeps a password to
 * send along with requests that another site makes it send. A state-changing request from a page of
 * another site is refused in both chains ({@link SameOriginFilter}).
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    /** Camunda's doors, which Spring Security leaves to Camunda's own filters. */
    private static final RequestMatcher CAMUNDA = request -> {
        String pad = pad(request);
        return pad.startsWith("/camunda/") || pad.equals("/camunda") || pad.startsWith("/engine-rest/")
                || pad.equals("/engine-rest");
    };

    private static final RequestMatcher BASIC = request -> {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("basic ");
    };

    private static final RequestMatcher API = request -> pad(request).startsWith("/api/");

    /** A browser opening a page (not a fetch): only those are remembered for after the login. */
    private static final RequestMatcher PAGINA = request -> "GET".equals(request.getMethod()) && !API.matches(request)
            && String.valueOf(request.getHeader(HttpHeaders.ACCEPT)).contains("text/html");

    @Bean
    @Order(1)
    SecurityFilterChain basic(HttpSecurity http, ProblemAuthenticationHandlers problems,
                              ProblemWriter problemWriter) throws Exception {
        return http
                .securityMatcher(request -> BASIC.matches(request) && !CAMUNDA.matches(request))
                // A family member has no Camunda password, so basic fails for them anyway; the rule says it once more.
                // The family's pages are never reached with basic.
                .authorizeHttpRequests(requests -> requests.requestMatchers(GezinsDeuren.PADEN).denyAll()
                        .anyRequest().access(GezinsDeuren.GEEN_GEZIN))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless: the login comes with every request and a browser never keeps it (no challenge),
                // so there is no session for a CSRF token to protect.
                .csrf(AbstractHttpConfigurer::disable)
                .addFilterBefore(new SameOriginFilter(problemWriter), CsrfFilter.class)
                // Pupil data stays out of caches: Cache-Control: no-store (Spring Security's default, kept on purpose).
                .headers(headers -> headers.cacheControl(Customizer.withDefaults()))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain paginas(HttpSecurity http, ProblemAuthenticationHandlers problems,
                                ProblemWriter problemWriter, ObjectProvider<Gezinsaanmelding> gezin)
            throws Exception {
        // The family's login form (profile demo): in this chain only, before the Camunda password.
        gezin.ifAvailable(g -> http.authenticationProvider(GezinsDeuren.provider(g)));
        HttpSessionRequestCache naAanmelden = new HttpSessionRequestCache();
        naAanmelden.setRequestMatcher(PAGINA);
        LoginUrlAuthenticationEntryPoint naarAanmeldpagina = new LoginUrlAuthenticationEntryPoint("/login");
        AuthenticationEntryPoint nietAangemeld = (request, response, e) -> {
            if (PAGINA.matches(request)) {
                naarAanmeldpagina.commence(request, response, e);
            } else {
                problems.commence(request, response, e);
            }
        };
        return http
                .securityMatcher(request -> !CAMUNDA.matches(request))
                .authorizeHttpRequests(requests -> requests
                        // The login page, the error page, the API description and the pages' libraries and styles
                        // hold no pupil data. "/" is Mijn werk, behind the login.
                        .requestMatchers("/login", "/error", "/favicon.ico", "/webjars/**", "/vendor/**", "/css/**",
                                "/js/**",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        // The family's pages for the family only; everything else for everyone but the family.
                        .requestMatchers(GezinsDeuren.PADEN).hasAuthority(Gezinslid.ROLE_GEZIN)
                        .requestMatchers("/logout", "/csrf").authenticated()
                        .anyRequest().access(GezinsDeuren.GEEN_GEZIN))
                .formLogin(form -> form.loginPage("/login").failureUrl("/login?fout")
                        .successHandler(GezinsDeuren.naAanmelden(naAanmelden)))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?afgemeld"))
                .requestCache(cache -> cache.requestCache(naAanmelden))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(nietAangemeld)
                        .accessDeniedHandler(paginaOfProbleem(problems)))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // The token lives in the session (Camunda's webapps have their own XSRF-TOKEN cookie on /camunda);
                // pages get it from GET /csrf or, server-rendered, from ${_csrf}.
                .csrf(Customizer.withDefaults())
                .addFilterBefore(new SameOriginFilter(problemWriter), CsrfFilter.class)
                .headers(headers -> headers.cacheControl(Customizer.withDefaults())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                request -> !pad(request).startsWith("/swagger-ui"),
                                new StaticHeadersWriter("Content-Security-Policy", INHOUDSBELEID))))
                .build();
    }

    /**
     * What EenPlan's pages may load and send where: only from EenPlan itself. A form a process owner deploys is shown
     * on a page with the pupil's data; without this, an image or frame in it could carry what a user types to another
     * site. Inline styles are allowed (form-js and htmx set them), inline scripts are not (the pages have none).
     * Swagger UI keeps its own defaults.
     */
    static final String INHOUDSBELEID = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-src 'none'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The login and logout forms with an expired token (the page stood open past the session timeout) go
     * back to the login page; every other refusal is a 403 (or 401) in problem+json.
     */
    private static AccessDeniedHandler paginaOfProbleem(ProblemAuthenticationHandlers problems) {
        return (request, response, e) -> {
            String pad = pad(request);
            if (e instanceof CsrfException && (pad.equals("/login") || pad.equals("/logout"))) {
                response.sendRedirect(request.getContextPath() + "/login?verlopen");
            } else {
                problems.handle(request, response, e);
            }
        };
    }

    private static String pad(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
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

    /**
     * Camunda's static welcome page (/camunda-welcome/) is open to anyone and names the demo login of
     * Camunda's own distribution; EenPlan has no use for it, so it leads to Tasklist instead.
     */
    @Bean
    FilterRegistrationBean<Filter> welkomstpaginaGesloten() {
        Filter naarTasklist = (request, response, chain) -> ((HttpServletResponse) response)
                .sendRedirect(((HttpServletRequest) request).getContextPath() + "/camunda/app/tasklist/");
        var registration = new FilterRegistrationBean<>(naarTasklist);
        registration.setName("camunda-welkomstpagina-gesloten");
        registration.addUrlPatterns("/camunda-welcome", "/camunda-welcome/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicWithoutChallenge.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        // Before the audit of the engine's doors (audit.AuditConfig, the lowest precedence): it asks the engine who
        // made the request, which this filter tells it.
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return registration;
    }
}
