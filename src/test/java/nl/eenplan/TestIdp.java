package nl.eenplan;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The identity provider of the OIDC tests: Spring Authorization Server on a random port, started once per JVM before
 * the first application context ({@link #instellingen}, from IntegratieTest), as a small application of its own. It
 * imports only what it needs, never Camunda, JPA or Flyway: a second engine in the JVM would take over Camunda's
 * doors. Its address is {@code localhost}; the tests address EenPlan as {@code 127.0.0.1}, so the two never share a
 * cookie, and the provider allows a loopback redirect on any port (RFC 8252).
 * <p>
 * Clients: {@code eenplan-medewerker} (registration {@code medewerker}) and {@code eenplan-gezin} (for the family's
 * sign-in). Users sign in with a form, password {@link #WACHTWOORD}; the ID token carries {@code preferred_username},
 * {@code acr} and {@code amr} as {@link #GEBRUIKERS} gives them.
 */
public final class TestIdp {

    public static final String WACHTWOORD = "idp-wachtwoord";
    public static final String MEDEWERKER_CLIENT = "eenplan-medewerker";
    public static final String MEDEWERKER_GEHEIM = "geheim-van-eenplan-medewerker";
    /** What EenPlan hashes the subjects with in the tests (eenplan.aanmelden.medewerker.geheim). */
    public static final String HMAC_SLEUTEL = "sleutel-voor-de-testen-van-minstens-32-tekens";

    public static final String GEZIN_CLIENT = "eenplan-gezin";
    public static final String GEZIN_GEHEIM = "geheim-van-eenplan-gezin";
    /** The level the family's provider states for eIDAS Substantieel (eenplan.aanmelden.gezin.acr in the tests). */
    public static final String GEZIN_SUBSTANTIEEL = "http://eidas.europa.eu/LoA/substantial";

    /** A user of the provider: the EenPlan user name it claims, and how it says they signed in. */
    public record Testgebruiker(String gebruikersnaam, String acr, List<String> amr) {
    }

    /** The provider's users by their login (the ID token's subject). A test may change what one claims. */
    public static final Map<String, Testgebruiker> GEBRUIKERS = new ConcurrentHashMap<>(Map.ofEntries(
            // Two factors by amr (RFC 8176): a password and a one-time code.
            Map.entry("m.mentor", new Testgebruiker("oidcmentor", null, List.of("pwd", "otp"))),
            // Two factors by acr (REFEDS MFA profile), amr naming only the password.
            Map.entry("j.jeugdhulp", new Testgebruiker("jeugdhulp", "https://refeds.org/profile/mfa", List.of("pwd"))),
            // A password only.
            Map.entry("z.zonder", new Testgebruiker("zorgcoordinator", "urn:mace:incommon:iap:silver", List.of("pwd"))),
            // Two factors, but no EenPlan user of that name.
            Map.entry("o.onbekend", new Testgebruiker("bestaat-niet-in-eenplan", null, List.of("mfa"))),
            // Two accounts of the provider claiming the same EenPlan user.
            Map.entry("g.gemeente", new Testgebruiker("gemeente", null, List.of("hwk"))),
            Map.entry("g.gemeente.tweede", new Testgebruiker("gemeente", null, List.of("hwk"))),
            // A zorgcoördinator of one school, with two factors, who also works in Tasklist (WebappAanmeldingIT).
            Map.entry("s.zorg", new Testgebruiker("oidczorg", null, List.of("pwd", "otp"))),
            // One account whose claim a test changes after the first sign-in.
            Map.entry("w.wissel", new Testgebruiker("leerplicht", null, List.of("swk"))),
            // Parents and pupils through the "DigiD broker" (client eenplan-gezin): Substantieel, and one at Laag.
            Map.entry("d.ouder", new Testgebruiker(null, GEZIN_SUBSTANTIEEL, List.of("pwd", "otp"))),
            Map.entry("d.leerling", new Testgebruiker(null, GEZIN_SUBSTANTIEEL, List.of("pwd", "otp"))),
            Map.entry("d.zonder", new Testgebruiker(null, GEZIN_SUBSTANTIEEL, List.of("pwd", "otp"))),
            Map.entry("d.laag", new Testgebruiker(null, "http://eidas.europa.eu/LoA/low", List.of("pwd")))));

    private static ConfigurableApplicationContext draaiend;

    /** The issuer, starting the provider the first time. */
    public static synchronized String issuer() {
        if (draaiend == null) {
            draaiend = new SpringApplicationBuilder(Provider.class).web(WebApplicationType.SERVLET)
                    .properties("spring.config.name=testidp", "server.port=0", "spring.main.banner-mode=off",
                            // Its own session cookie, so it never overwrites EenPlan's in a browser on one host.
                            "server.servlet.session.cookie.name=TESTIDP")
                    .run();
            Runtime.getRuntime().addShutdownHook(new Thread(draaiend::close));
        }
        return "http://localhost:" + ((WebServerApplicationContext) draaiend).getWebServer().getPort();
    }

    /** EenPlan's registration of this provider for professionals, as an installation configures it. */
    public static void instellingen(DynamicPropertyRegistry properties) {
        String registratie = "spring.security.oauth2.client.registration.medewerker.";
        properties.add(registratie + "client-id", () -> MEDEWERKER_CLIENT);
        properties.add(registratie + "client-secret", () -> MEDEWERKER_GEHEIM);
        properties.add(registratie + "scope", () -> "openid,profile");
        properties.add("spring.security.oauth2.client.provider.medewerker.issuer-uri", TestIdp::issuer);
        properties.add("eenplan.aanmelden.medewerker.geheim", () -> HMAC_SLEUTEL);
        // The family's "DigiD broker": the same provider, its own client, eIDAS Substantieel or higher.
        String gezin = "spring.security.oauth2.client.registration.gezin.";
        properties.add(gezin + "client-id", () -> GEZIN_CLIENT);
        properties.add(gezin + "client-secret", () -> GEZIN_GEHEIM);
        properties.add(gezin + "scope", () -> "openid");
        properties.add("spring.security.oauth2.client.provider.gezin.issuer-uri", TestIdp::issuer);
        properties.add("eenplan.aanmelden.gezin.acr", () -> GEZIN_SUBSTANTIEEL + ",http://eidas.europa.eu/LoA/high");
    }

    private TestIdp() {
    }

    /**
     * The provider's application. No {@code @Configuration}: EenPlan's component scan (which sees the test classes)
     * must never pick it up.
     */
    @ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
            DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class,
            HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class, SecurityAutoConfiguration.class,
            OAuth2AuthorizationServerAutoConfiguration.class, OAuth2AuthorizationServerJwtAutoConfiguration.class})
    static class Provider {

        @Bean
        @Order(1)
        SecurityFilterChain autorisatieserver(HttpSecurity http) throws Exception {
            var server = OAuth2AuthorizationServerConfigurer.authorizationServer();
            return http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, s -> s.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(r -> r.anyRequest().authenticated())
                    // The user info endpoint takes the access token as a bearer token.
                    .oauth2ResourceServer(r -> r.jwt(Customizer.withDefaults()))
                    .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                    .build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain aanmelden(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(r -> r.anyRequest().authenticated()).formLogin(Customizer.withDefaults())
                    .build();
        }

        @Bean
        UserDetailsService gebruikers() {
            return new InMemoryUserDetailsManager(GEBRUIKERS.keySet().stream()
                    .map(naam -> User.withUsername(naam).password("{noop}" + WACHTWOORD).roles("MEDEWERKER").build())
                    .toList());
        }

        @Bean
        RegisteredClientRepository clients() {
            RegisteredClient medewerker = RegisteredClient.withId("medewerker").clientId(MEDEWERKER_CLIENT)
                    .clientSecret("{noop}" + MEDEWERKER_GEHEIM)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    // Loopback: any port matches (RFC 8252, section 7.3).
                    .redirectUri("http://127.0.0.1/login/oauth2/code/medewerker")
                    .postLogoutRedirectUri("http://127.0.0.1/login?afgemeld")
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                    // EenPlan must send PKCE, or the provider refuses.
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).requireProofKey(true).build())
                    .build();
            RegisteredClient gezin = RegisteredClient.withId("gezin").clientId(GEZIN_CLIENT)
                    .clientSecret("{noop}" + GEZIN_GEHEIM)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("http://127.0.0.1/login/oauth2/code/gezin")
                    .scope(OidcScopes.OPENID)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).requireProofKey(true).build())
                    .build();
            return new InMemoryRegisteredClientRepository(medewerker, gezin);
        }

        /** The user's claim, and how they signed in, in the ID token. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> hoeAangemeld() {
            return context -> {
                if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    return;
                }
                Testgebruiker gebruiker = GEBRUIKERS.get(context.getPrincipal().getName());
                if (gebruiker == null) {
                    return;
                }
                if (gebruiker.gebruikersnaam() != null) {
                    context.getClaims().claim("preferred_username", gebruiker.gebruikersnaam());
                }
                if (gebruiker.acr() != null) {
                    context.getClaims().claim("acr", gebruiker.acr());
                }
                context.getClaims().claim("amr", gebruiker.amr());
            };
        }
    }
}
