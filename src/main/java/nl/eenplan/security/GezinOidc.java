package nl.eenplan.security;

import java.util.function.Consumer;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who a parent or pupil is after the family's identity provider (a DigiD broker, registration {@value #REGISTRATIE})
 * signed them in: implemented by gezin.GezinOidcGebruikers, which returns a {@link GezinOidcGebruiker}. SecurityConfig
 * hands it the sign-ins of this registration only ({@link OidcGebruikersPerRegistratie}); a refusal is an
 * OAuth2AuthenticationException with one of the codes below, shown on the family's sign-in page in Dutch.
 */
public interface GezinOidc extends OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The registration id of the family's identity provider under {@code spring.security.oauth2.client}. */
    String REGISTRATIE = "gezin";

    /** The provider signed the person in at a level below what EenPlan needs (eIDAS Substantieel). */
    String NIVEAU_TE_LAAG = "eenplan_gezin_niveau_te_laag";

    /** A sign-in of another registration. */
    String ANDERE_REGISTRATIE = "eenplan_gezin_andere_registratie";

    /** Asks the provider for the levels EenPlan accepts ({@code acr_values}) in the family's authorization request. */
    Consumer<OAuth2AuthorizationRequest.Builder> vraagNiveau();
}
