package nl.eenplan.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import nl.eenplan.web.ProblemWriter;
import nl.eenplan.web.Problemen;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
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
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
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
 *       make. A page that is opened without a session leads to the login page; a fetch gets 401. A professional's
 *       groups and schools are read again after Camunda's cache time ({@link RechtenHerlezen}).
 *       Professionals may sign in there through their organisation's identity provider ({@link #viaOrganisatie}),
 *       when one is configured.</li>
 *   <li>{@code /engine-rest/**}: Camunda's own basic-auth filter, which also hands the user and groups
 *       to the engine, so Camunda's authorizations (see {@link CamundaAutorisaties}) decide.</li>
 *   <li>{@code /camunda/**} (Cockpit, Tasklist, Admin): the webapps' own CSRF protection, with the same Camunda
 *       authorizations; a professional signed in on the pages is signed in there too ({@link WebappAanmelding}),
 *       and the webapps' own password login follows {@code eenplan.aanmelden.lokaal-op-paginas}. Spring Security
 *       stays out of their way; the open "first administrator" setup page and Camunda's static welcome page are
 *       closed.</li>
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
                                ProblemWriter problemWriter, ObjectProvider<Gezinsaanmelding> gezin,
                                MedewerkerAanmelding medewerkers,
                                ObjectProvider<ClientRegistrationRepository> registraties,
                                MedewerkerOidcGebruikers medewerkersViaOrganisatie,
                                ObjectProvider<GezinOidc> gezinViaIdp, Gebruikersrechten rechten,
                                GebruikerService gebruikers, Clock clock,
                                @Value("${camunda.bpm.webapp.auth.cache.time-to-live:300000}") long herlezenNa)
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
        http
                .securityMatcher(request -> !CAMUNDA.matches(request))
                .authorizeHttpRequests(requests -> requests
                        // The login page, the error page, the API description and the pages' libraries and styles
                        // hold no pupil data. "/" is Mijn werk, behind the login.
                        .requestMatchers("/login", "/error", "/favicon.ico", "/webjars/**", "/vendor/**", "/css/**",
                                "/js/**",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        // The family's sign-in page and the page after the logout name no child.
                        .requestMatchers(GezinsDeuren.OPEN).permitAll()
                        // Binding with an invitation's code: also for someone the provider signed in but EenPlan
                        // does not know yet (and for nothing else).
                        .requestMatchers(GezinsDeuren.KOPPELEN).hasAnyAuthority(Gezinslid.ROLE_GEZIN,
                                Gezinslid.ROLE_GEZIN_ONGEKOPPELD)
                        // The family's pages for the family only; everything else for everyone but the family.
                        .requestMatchers(GezinsDeuren.PADEN).hasAuthority(Gezinslid.ROLE_GEZIN)
                        .requestMatchers("/logout", "/csrf").authenticated()
                        .anyRequest().access(GezinsDeuren.GEEN_GEZIN))
                .formLogin(form -> form.loginPage("/login").failureUrl("/login?fout")
                        .successHandler(GezinsDeuren.naAanmelden(naAanmelden)))
                .addFilterBefore(geenWachtwoordOpPaginas(medewerkers, problemWriter),
                        UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(afgemeld()))
                .requestCache(cache -> cache.requestCache(naAanmelden))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(nietAangemeld)
                        .accessDeniedHandler(paginaOfProbleem(problems)))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // The token lives in the session (Camunda's webapps have their own XSRF-TOKEN cookie on /camunda);
                // pages get it from GET /csrf or, server-rendered, from ${_csrf}.
                .csrf(Customizer.withDefaults())
                .addFilterBefore(new SameOriginFilter(problemWriter), CsrfFilter.class)
                // A professional's groups and schools are read again after Camunda's cache time, as in the webapps.
                .addFilterAfter(new RechtenHerlezen(rechten, gebruikers, clock, Duration.ofMillis(herlezenNa)),
                        SecurityContextHolderFilter.class)
                .headers(headers -> headers.cacheControl(Customizer.withDefaults())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                request -> !pad(request).startsWith("/swagger-ui"),
                                new StaticHeadersWriter("Content-Security-Policy", INHOUDSBELEID))));
        ClientRegistrationRepository registratie = registraties.getIfAvailable();
        if (registratie != null) {
            viaOrganisatie(http, registratie, new OidcGebruikersPerRegistratie(medewerkersViaOrganisatie, gezinViaIdp),
                    medewerkers, gezinViaIdp.getIfAvailable(), GezinsDeuren.naAanmelden(naAanmelden));
        }
        return http.build();
    }

    /**
     * Professionals sign in through their organisation's identity provider (OpenID Connect, registration
     * {@value MedewerkerAanmelding#REGISTRATIE}; docs/security.md): the authorization code flow with PKCE, the answer
     * as query parameters (a cross-site form_post would lose the SameSite=Lax session cookie), {@code acr_values}
     * asking for a second factor, and {@link MedewerkerOidcGebruikers} deciding who it is. The /login page links to
     * {@code /oauth2/authorization/medewerker} (a link: CSP form-action 'self' blocks a form's redirect to another
     * site). The provider's tokens are kept nowhere: not as an authorized client, not in a session registry.
     * A refusal leads to a Dutch explanation on /login, without a session.
     * <p>
     * The family's identity provider (registration {@value GezinOidc#REGISTRATIE}, a DigiD broker) uses the same flow:
     * PKCE, {@code acr_values} asking for eIDAS Substantieel, no tokens kept, and {@link GezinOidc} deciding who it is
     * (one user service dispatches per registration: {@link OidcGebruikersPerRegistratie}). After the sign-in the
     * provider's login is replaced by a {@link Gezinslid} or, for someone EenPlan does not know yet, a
     * {@link GezinOngekoppeld} that only reaches {@code /gezin/koppelen} ({@link GezinsDeuren#naAanmelden}). A refusal
     * leads to the family's sign-in page, in Dutch, without a session.
     */
    private static void viaOrganisatie(HttpSecurity http, ClientRegistrationRepository registraties,
                                       OidcGebruikersPerRegistratie gebruikers, MedewerkerAanmelding medewerkers,
                                       GezinOidc gezin, AuthenticationSuccessHandler naAanmelden) throws Exception {
        var verzoeken = new DefaultOAuth2AuthorizationRequestResolver(registraties, "/oauth2/authorization");
        var extra = OAuth2AuthorizationRequestCustomizers.withPkce().andThen(medewerkers.vraagTweedeFactor());
        verzoeken.setAuthorizationRequestCustomizer(gezin == null ? extra : extra.andThen(gezin.vraagNiveau()));
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(registraties)
                .authorizationEndpoint(a -> a.authorizationRequestResolver(verzoeken))
                .userInfoEndpoint(u -> u.oidcUserService(gebruikers))
                .authorizedClientRepository(NIETS_BEWAARD)
                .oidcSessionRegistry(GEEN_SESSIEREGISTER)
                .successHandler(naAanmelden)
                .failureHandler(geweigerdViaOrganisatie()));
    }

    /**
     * Each refusal of a sign-in through the organisation with its own explanation on /login; of the family's on
     * /gezin/inloggen. No session stays.
     */
    private static AuthenticationFailureHandler geweigerdViaOrganisatie() {
        return (request, response, e) -> {
            var sessie = request.getSession(false);
            if (sessie != null) {
                sessie.invalidate();
            }
            String code = e instanceof OAuth2AuthenticationException o ? o.getError().getErrorCode() : "";
            if (pad(request).endsWith("/" + GezinOidc.REGISTRATIE)) {
                response.sendRedirect(request.getContextPath() + GezinsDeuren.INLOGGEN
                        + (GezinOidc.NIVEAU_TE_LAAG.equals(code) ? "?niveau" : "?fout"));
                return;
            }
            String melding = switch (code) {
                case MedewerkerOidcGebruikers.GEEN_TWEEDE_FACTOR -> "tweedefactor";
                case MedewerkerOidcGebruikers.ONBEKENDE_GEBRUIKER, MedewerkerOidcGebruikers.ANDERE_REGISTRATIE -> "onbekend";
                case MedewerkerOidcGebruikers.ANDERE_IDENTITEIT -> "anderaccount";
                default -> "organisatiefout";
            };
            response.sendRedirect(request.getContextPath() + "/login?" + melding);
        };
    }

    /** The provider's tokens are not kept: EenPlan calls no API with them (and an access token is a key to one). */
    private static final OAuth2AuthorizedClientRepository NIETS_BEWAARD = new OAuth2AuthorizedClientRepository() {
        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registratie,
                Authentication wie, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication wie,
                                         HttpServletRequest request, HttpServletResponse response) {
            // kept nowhere
        }

        @Override
        public void removeAuthorizedClient(String registratie, Authentication wie,
                                           HttpServletRequest request, HttpServletResponse response) {
            // nothing kept
        }
    };

    /**
     * No back-channel logout, so no register of sessions per provider login (Spring's default keeps each principal in
     * memory until the session ends).
     */
    private static final OidcSessionRegistry GEEN_SESSIEREGISTER = new OidcSessionRegistry() {
        @Override
        public void saveSessionInformation(OidcSessionInformation info) {
            // kept nowhere
        }

        @Override
        public OidcSessionInformation removeSessionInformation(String clientSessionId) {
            return null;
        }

        @Override
        public Iterable<OidcSessionInformation> removeSessionInformation(OidcLogoutToken logoutToken) {
            return List.of();
        }
    };

    /**
     * With {@code eenplan.aanmelden.lokaal-op-paginas=false} the password form of the pages is closed (403); /api and
     * /engine-rest keep basic for service accounts and the Modeler, the login page shows only the organisation's link.
     */
    private static Filter geenWachtwoordOpPaginas(MedewerkerAanmelding medewerkers, ProblemWriter problemWriter) {
        return (request, response, chain) -> {
            HttpServletRequest verzoek = (HttpServletRequest) request;
            if (!medewerkers.lokaalOpPaginas() && "POST".equals(verzoek.getMethod()) && pad(verzoek).equals("/login")) {
                problemWriter.schrijf(verzoek, (HttpServletResponse) response, Problemen.probleem(HttpStatus.FORBIDDEN,
                        "Aanmelden met een wachtwoord op de pagina's staat uit. Meld je aan via je organisatie.",
                        List.of()));
                return;
            }
            chain.doFilter(request, response);
        };
    }

    /**
     * After the local logout: the login page; after a sign-in through the organisation it offers a link to log out
     * there too (a link, not a redirect after the form's POST, which CSP form-action 'self' would block). A family member
     * who signed in through their identity provider gets the family's page, with the same kind of link.
     */
    private static LogoutSuccessHandler afgemeld() {
        return (request, response, wie) -> {
            if (Gezinslid.is(wie) && Gezinslid.viaIdp(wie)) {
                response.sendRedirect(request.getContextPath() + GezinsDeuren.AFGEMELD);
                return;
            }
            boolean viaOrganisatie = wie instanceof OAuth2AuthenticationToken t
                    && MedewerkerAanmelding.REGISTRATIE.equals(t.getAuthorizedClientRegistrationId());
            response.sendRedirect(request.getContextPath() + "/login?afgemeld" + (viaOrganisatie ? "&organisatie" : ""));
        };
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
     * Single sign-on into Tasklist, Cockpit and Admin, and no password side door there when the pages take none
     * ({@link WebappAanmelding}): on the webapps' paths, before their own filters (which Camunda's starter adds after
     * every filter of the application) and around the audit of their API, which then names the user.
     */
    @Bean
    FilterRegistrationBean<WebappAanmelding> webappAanmelding(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapp, ObjectProvider<ProcessEngine> engine,
            MedewerkerAanmelding medewerkers, ProblemWriter problemWriter) {
        var registration = new FilterRegistrationBean<>(new WebappAanmelding(webapp, engine, medewerkers, problemWriter));
        registration.setName("webapp-aanmelding");
        registration.addUrlPatterns(webapp + "/app/*", webapp + "/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
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
