package nl.eenplan.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * How professionals sign in on EenPlan's pages (docs/security.md, "Aanmelden via de eigen organisatie"): through their
 * organisation's identity provider, registration {@value #REGISTRATIE} of {@code spring.security.oauth2.client}, with a
 * second factor; and whether the password form on the pages stays open ({@code eenplan.aanmelden.lokaal-op-paginas}).
 * Without that registration nothing of this is used and the pages have only the password form.
 */
@Component
public class MedewerkerAanmelding {

    /** The registration id of the organisation's identity provider under {@code spring.security.oauth2.client}. */
    public static final String REGISTRATIE = "medewerker";

    private static final Logger LOG = LoggerFactory.getLogger(MedewerkerAanmelding.class);

    private final ClientRegistration registratie;
    private final String gebruikerClaim;
    private final Set<String> acr;
    private final Set<String> amr;
    private final boolean tweedeFactorVerplicht;
    private final String geheim;
    private volatile boolean lokaalOpPaginas;

    MedewerkerAanmelding(ObjectProvider<ClientRegistrationRepository> registraties, Environment omgeving,
                         @Value("${eenplan.aanmelden.lokaal-op-paginas:true}") boolean lokaalOpPaginas,
                         @Value("${eenplan.aanmelden.medewerker.gebruiker-claim:preferred_username}") String gebruikerClaim,
                         @Value("${eenplan.aanmelden.medewerker.acr:https://refeds.org/profile/mfa}") List<String> acr,
                         @Value("${eenplan.aanmelden.medewerker.amr:mfa,otp,hwk,swk}") List<String> amr,
                         @Value("${eenplan.aanmelden.medewerker.tweede-factor-verplicht:true}") boolean tweedeFactorVerplicht,
                         @Value("${eenplan.aanmelden.medewerker.geheim:}") String geheim) {
        ClientRegistrationRepository repository = registraties.getIfAvailable();
        this.registratie = repository == null ? null : repository.findByRegistrationId(REGISTRATIE);
        this.lokaalOpPaginas = lokaalOpPaginas;
        this.gebruikerClaim = gebruikerClaim;
        this.acr = Set.copyOf(acr.stream().filter(w -> !w.isBlank()).toList());
        this.amr = Set.copyOf(amr.stream().filter(w -> !w.isBlank()).toList());
        this.tweedeFactorVerplicht = tweedeFactorVerplicht;
        this.geheim = geheim;
        controleer(tweedeFactorVerplicht, omgeving.matchesProfiles("demo"), registratie != null, geheim);
        if (registratie != null && !registratie.getScopes().contains("openid")) {
            // Without it Spring treats the sign-in as plain OAuth2: no ID token, no second-factor claim to check.
            throw new IllegalStateException("De registratie 'medewerker' van de identity provider vraagt geen scope "
                    + "'openid': zet spring.security.oauth2.client.registration.medewerker.scope op openid,profile.");
        }
        if (registratie != null && lokaalOpPaginas) {
            LOG.warn("Medewerkers kunnen zich aanmelden via de identity provider van hun organisatie, maar ook nog met "
                    + "een wachtwoord op de pagina's: dat wachtwoord kent geen tweede factor. Zet "
                    + "eenplan.aanmelden.lokaal-op-paginas op false zodra iedereen via de organisatie aanmeldt.");
        }
    }

    /**
     * Refuses to start with a configuration that weakens the sign-in: the second factor switched off outside profile
     * demo, or the provider configured without a key for hashing its subjects.
     */
    static void controleer(boolean tweedeFactorVerplicht, boolean demo, boolean geregistreerd, String geheim) {
        if (!tweedeFactorVerplicht && !demo) {
            throw new IllegalStateException("eenplan.aanmelden.medewerker.tweede-factor-verplicht staat op false, maar het "
                    + "profiel 'demo' staat uit. Medewerkers zien zorggegevens: buiten de demo is een tweede factor "
                    + "verplicht.");
        }
        if (geregistreerd && (geheim == null || geheim.length() < 32)) {
            throw new IllegalStateException("De identity provider voor medewerkers is ingesteld, maar "
                    + "eenplan.aanmelden.medewerker.geheim (EENPLAN_AANMELDEN_MEDEWERKER_GEHEIM) niet of korter dan 32 "
                    + "tekens: daarmee worden de kenmerken van de provider versleuteld bewaard.");
        }
    }

    /** Whether an identity provider for professionals is configured. */
    public boolean viaOrganisatie() {
        return registratie != null;
    }

    /** Whether the password form on the pages is open. /api and /engine-rest keep basic for service accounts. */
    public boolean lokaalOpPaginas() {
        return lokaalOpPaginas;
    }

    /** Tests switch it in the running application, as an administrator would by configuration and a restart. */
    void zetLokaalOpPaginas(boolean lokaalOpPaginas) {
        this.lokaalOpPaginas = lokaalOpPaginas;
    }

    /** The claim (of the ID token, or the user info) that names the Camunda user. */
    String gebruikerClaim() {
        return gebruikerClaim;
    }

    String geheim() {
        return geheim;
    }

    /**
     * The second factor, as the validated ID token states it: an {@code acr} the installation accepts, or one of the
     * {@code amr} methods it accepts (RFC 8176: mfa, otp, hwk, swk ...). What EenPlan asked for ({@code acr_values})
     * does not count: a provider may ignore the request. Always true only when switched off (profile demo).
     */
    boolean heeftTweedeFactor(Map<String, Object> idToken) {
        if (!tweedeFactorVerplicht) {
            return true;
        }
        if (idToken.get("acr") instanceof String niveau && acr.contains(niveau)) {
            return true;
        }
        Object methoden = idToken.get("amr");
        if (methoden instanceof Collection<?> lijst) {
            return lijst.stream().anyMatch(m -> amr.contains(String.valueOf(m)));
        }
        return methoden instanceof String methode && amr.contains(methode);
    }

    /** Asks the provider for the accepted levels ({@code acr_values}) in the authorization request of professionals. */
    Consumer<OAuth2AuthorizationRequest.Builder> vraagTweedeFactor() {
        return verzoek -> verzoek.attributes(attributen -> {
            if (REGISTRATIE.equals(attributen.get(OAuth2ParameterNames.REGISTRATION_ID)) && tweedeFactorVerplicht
                    && !acr.isEmpty()) {
                verzoek.additionalParameters(p -> p.put("acr_values", String.join(" ", acr.stream().sorted().toList())));
            }
        });
    }

    /**
     * Where to log out at the provider too (its {@code end_session_endpoint}, from its discovery document), if it
     * publishes one. A link, followed by the person: no form posts there (CSP form-action 'self'). Without an ID token
     * to hint with, the client id says which application asks.
     */
    public Optional<String> afmeldenBijOrganisatie() {
        return afmeldenBij(registratie);
    }

    /**
     * Where to log out at this provider (its {@code end_session_endpoint}, with the client id), if it publishes one;
     * also for the family's provider (gezin.KoppelPagina).
     */
    public static Optional<String> afmeldenBij(ClientRegistration registratie) {
        if (registratie == null) {
            return Optional.empty();
        }
        Object eindpunt = registratie.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        return Optional.ofNullable(eindpunt).map(String::valueOf).map(adres -> UriComponentsBuilder.fromUriString(adres)
                .queryParam(OAuth2ParameterNames.CLIENT_ID, registratie.getClientId()).encode().build().toUriString());
    }
}
