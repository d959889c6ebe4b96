package nl.eenplan.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Who a professional is after their organisation's identity provider signed them in (registration
 * {@value MedewerkerAanmelding#REGISTRATIE} only; oauth2Login has validated the ID token before this runs):
 * <ol>
 *   <li>a second factor, as the ID token states it ({@link MedewerkerAanmelding#heeftTweedeFactor});</li>
 *   <li>an EXISTING Camunda user named by the configured claim: no account is made on the fly, so an administrator
 *       decides who works in EenPlan and in which groups and schools;</li>
 *   <li>bound to the provider's subject at the first sign-in ({@link MedewerkerIdentiteiten});</li>
 *   <li>the user's groups and schools, as with a password ({@link Gebruikersrechten}).</li>
 * </ol>
 * A refusal is an {@link OAuth2AuthenticationException} with one of the error codes below; the pages' chain shows a Dutch
 * page for each and keeps no session (SecurityConfig).
 */
@Component
class MedewerkerOidcGebruikers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String GEEN_TWEEDE_FACTOR = "eenplan_geen_tweede_factor";
    static final String ONBEKENDE_GEBRUIKER = "eenplan_onbekende_gebruiker";
    static final String ANDERE_IDENTITEIT = "eenplan_andere_identiteit";
    static final String ANDERE_REGISTRATIE = "eenplan_andere_registratie";

    private static final Logger LOG = LoggerFactory.getLogger(MedewerkerOidcGebruikers.class);

    private final MedewerkerAanmelding instellingen;
    private final GebruikerService gebruikers;
    private final Gebruikersrechten rechten;
    private final MedewerkerIdentiteiten identiteiten;
    /** Spring's own: adds the provider's user info (when the scopes ask for it) to the ID token's claims. */
    private final OAuth2UserService<OidcUserRequest, OidcUser> claims;

    @Autowired
    MedewerkerOidcGebruikers(MedewerkerAanmelding instellingen, GebruikerService gebruikers, Gebruikersrechten rechten,
                             MedewerkerIdentiteiten identiteiten) {
        this(instellingen, gebruikers, rechten, identiteiten, new OidcUserService());
    }

    MedewerkerOidcGebruikers(MedewerkerAanmelding instellingen, GebruikerService gebruikers, Gebruikersrechten rechten,
                             MedewerkerIdentiteiten identiteiten, OAuth2UserService<OidcUserRequest, OidcUser> claims) {
        this.instellingen = instellingen;
        this.gebruikers = gebruikers;
        this.rechten = rechten;
        this.identiteiten = identiteiten;
        this.claims = claims;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest verzoek) {
        // A sign-in of another registration (the family's, later) never becomes a professional.
        if (!MedewerkerAanmelding.REGISTRATIE.equals(verzoek.getClientRegistration().getRegistrationId())) {
            throw geweigerd(ANDERE_REGISTRATIE, "Geen aanmelding voor medewerkers.");
        }
        if (!instellingen.heeftTweedeFactor(verzoek.getIdToken().getClaims())) {
            LOG.info("Aanmelding via de organisatie geweigerd: geen tweede factor (acr {}, amr {}).",
                    verzoek.getIdToken().getClaims().get("acr"), verzoek.getIdToken().getClaims().get("amr"));
            throw geweigerd(GEEN_TWEEDE_FACTOR, "De identity provider meldt geen tweede factor.");
        }
        OidcUser viaProvider = claims.loadUser(verzoek);
        String gebruiker = viaProvider.getClaimAsString(instellingen.gebruikerClaim());
        if (gebruiker == null || gebruiker.isBlank() || !gebruikers.bestaat(gebruiker)) {
            LOG.info("Aanmelding via de organisatie geweigerd: geen EenPlan-gebruiker voor claim {}.",
                    instellingen.gebruikerClaim());
            throw geweigerd(ONBEKENDE_GEBRUIKER, "Geen EenPlan-gebruiker voor dit account.");
        }
        String issuer = verzoek.getIdToken().getIssuer().toString();
        String onderwerpHash;
        try {
            onderwerpHash = identiteiten.koppel(gebruiker, issuer, verzoek.getIdToken().getSubject());
        } catch (MedewerkerIdentiteiten.AndereIdentiteit e) {
            LOG.warn("Aanmelding via de organisatie als {} geweigerd: {}", gebruiker, e.getMessage());
            throw geweigerd(ANDERE_IDENTITEIT, e.getMessage());
        }
        return new Medewerker(gebruiker, rechten.groepen(gebruiker), rechten.scholen(gebruiker), issuer, onderwerpHash);
    }

    private static OAuth2AuthenticationException geweigerd(String code, String omschrijving) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, omschrijving, null), omschrijving);
    }
}
