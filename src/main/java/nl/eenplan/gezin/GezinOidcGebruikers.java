package nl.eenplan.gezin;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import nl.eenplan.security.GezinOidc;
import nl.eenplan.security.GezinOidcGebruiker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Who a parent or pupil is after the family's identity provider (a DigiD broker; registration
 * {@value GezinOidc#REGISTRATIE}, configuration only) signed them in. oauth2Login has validated the ID token first.
 * <ol>
 *   <li>The level of the sign-in ({@code acr}) must be one the installation accepts ({@code eenplan.aanmelden.gezin.acr}):
 *   eIDAS <b>Substantieel</b> or higher. The plan holds health data (AVG art. 9); digitaletoegang.nl: "Substantieel is
 *   nodig bij digitale diensten met privacygevoelige gegevens ... inzage van bijzondere persoonsgegevens", and DigiD
 *   with a user name and password alone is Laag (Regeling betrouwbaarheidsniveaus, Stcrt. 2023, 13656). What EenPlan
 *   asked for ({@code acr_values}) does not count, only what the provider states.</li>
 *   <li>The account is looked up by {@link Subjecthash} of {@code issuer|sub}: the subject may be a BSN (UAVG art. 46),
 *   so it is never stored or logged.</li>
 *   <li>Known: a {@link nl.eenplan.security.Gezinslid}. Unknown: someone who can only bind with an invitation's code
 *   ({@code /gezin/koppelen}, {@link KoppelPagina}).</li>
 * </ol>
 * The provider's user info is not fetched: EenPlan needs nothing of the person but the subject's hash.
 */
@Component
class GezinOidcGebruikers implements GezinOidc {

    private static final Logger LOG = LoggerFactory.getLogger(GezinOidcGebruikers.class);

    private final Set<String> acr;
    private final String issuerAlias;
    private final Subjecthash hash;
    private final Gezinsregister register;
    private final Clock clock;

    GezinOidcGebruikers(ObjectProvider<ClientRegistrationRepository> registraties,
                        @Value("${eenplan.aanmelden.gezin.acr:}") List<String> acr,
                        @Value("${eenplan.aanmelden.gezin.issuer-alias:digid}") String issuerAlias,
                        @Value("${eenplan.gezin.geheim:}") String geheim,
                        Subjecthash hash, Gezinsregister register, Clock clock) {
        this.acr = Set.copyOf(acr.stream().map(String::strip).filter(w -> !w.isEmpty()).toList());
        this.issuerAlias = issuerAlias;
        this.hash = hash;
        this.register = register;
        this.clock = clock;
        ClientRegistrationRepository repository = registraties.getIfAvailable();
        controleer(repository != null && repository.findByRegistrationId(REGISTRATIE) != null, this.acr, geheim);
    }

    /**
     * Refuses to start with the family's provider configured but without the levels it must state, or without the
     * secret the subjects are hashed with.
     */
    static void controleer(boolean geregistreerd, Set<String> acr, String geheim) {
        if (!geregistreerd) {
            return;
        }
        if (acr.isEmpty()) {
            throw new IllegalStateException("De identity provider voor ouders en leerlingen (registratie 'gezin') is "
                    + "ingesteld, maar eenplan.aanmelden.gezin.acr niet: zet daar de waarde(n) waarmee de DigiD-makelaar "
                    + "niveau Substantieel of hoger meldt (docs/beheer.md).");
        }
        if (geheim == null || geheim.length() < 16) {
            throw new IllegalStateException("De identity provider voor ouders en leerlingen is ingesteld, maar "
                    + "eenplan.gezin.geheim (EENPLAN_GEZIN_GEHEIM) niet of korter dan 16 tekens.");
        }
    }

    @Override
    public OidcUser loadUser(OidcUserRequest verzoek) {
        if (!REGISTRATIE.equals(verzoek.getClientRegistration().getRegistrationId())) {
            throw geweigerd(ANDERE_REGISTRATIE, "Geen aanmelding voor ouders of leerlingen.");
        }
        Object niveau = verzoek.getIdToken().getClaims().get("acr");
        if (!(niveau instanceof String n && acr.contains(n))) {
            LOG.info("Aanmelding van een ouder of leerling geweigerd: niveau {} is lager dan Substantieel.", niveau);
            throw geweigerd(NIVEAU_TE_LAAG, "Het niveau van de aanmelding is te laag.");
        }
        String subjectHash = hash.van(verzoek.getIdToken().getIssuer().toString(), verzoek.getIdToken().getSubject());
        return register.account(subjectHash).map(account -> {
            register.aangemeld(account, clock.instant(), (String) niveau);
            return GezinOidcGebruiker.bekend(account, subjectHash, issuerAlias, (String) niveau);
        }).orElseGet(() -> GezinOidcGebruiker.onbekend(subjectHash, issuerAlias, (String) niveau));
    }

    @Override
    public Consumer<OAuth2AuthorizationRequest.Builder> vraagNiveau() {
        return verzoek -> verzoek.attributes(attributen -> {
            if (REGISTRATIE.equals(attributen.get(OAuth2ParameterNames.REGISTRATION_ID)) && !acr.isEmpty()) {
                verzoek.additionalParameters(p -> p.put("acr_values", String.join(" ", acr.stream().sorted().toList())));
            }
        });
    }

    private static OAuth2AuthenticationException geweigerd(String code, String omschrijving) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, omschrijving, null), omschrijving);
    }
}
