package nl.eenplan.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The one user service of the pages' OpenID Connect sign-in: a professional's registration
 * ({@value MedewerkerAanmelding#REGISTRATIE}) goes to {@link MedewerkerOidcGebruikers}, the family's
 * ({@value GezinOidc#REGISTRATIE}) to {@link GezinOidc}, anything else is refused. So a family sign-in never becomes a
 * professional and the other way round; each service checks its registration once more.
 */
final class OidcGebruikersPerRegistratie implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String ONBEKENDE_REGISTRATIE = "eenplan_onbekende_registratie";

    private final MedewerkerOidcGebruikers medewerkers;
    private final ObjectProvider<GezinOidc> gezin;

    OidcGebruikersPerRegistratie(MedewerkerOidcGebruikers medewerkers, ObjectProvider<GezinOidc> gezin) {
        this.medewerkers = medewerkers;
        this.gezin = gezin;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest verzoek) {
        String registratie = verzoek.getClientRegistration().getRegistrationId();
        if (MedewerkerAanmelding.REGISTRATIE.equals(registratie)) {
            return medewerkers.loadUser(verzoek);
        }
        GezinOidc familie = gezin.getIfAvailable();
        if (GezinOidc.REGISTRATIE.equals(registratie) && familie != null) {
            return familie.loadUser(verzoek);
        }
        throw new OAuth2AuthenticationException(new OAuth2Error(ONBEKENDE_REGISTRATIE,
                "Onbekende registratie van een identity provider.", null));
    }
}
