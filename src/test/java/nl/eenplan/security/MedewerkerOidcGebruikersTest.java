package nl.eenplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Who a sign-in through an identity provider becomes, and what they see (Toegang). */
class MedewerkerOidcGebruikersTest {

    @SuppressWarnings("unchecked")
    private final OAuth2UserService<OidcUserRequest, OidcUser> claims = mock(OAuth2UserService.class);
    private final GebruikerService gebruikers = mock(GebruikerService.class);
    private final Gebruikersrechten rechten = mock(Gebruikersrechten.class);
    private final MedewerkerIdentiteiten identiteiten = mock(MedewerkerIdentiteiten.class);
    private final MedewerkerOidcGebruikers dienst = new MedewerkerOidcGebruikers(
            MedewerkerAanmeldingTest.aanmelding(true, true), gebruikers, rechten, identiteiten, claims);

    private static OidcUserRequest verzoek(String registratie, Map<String, Object> idToken) {
        var token = new OidcIdToken("token", Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:05:00Z"), idToken);
        var toegang = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "toegang",
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:05:00Z"));
        return new OidcUserRequest(MedewerkerAanmeldingTest.registratie(registratie), toegang, token);
    }

    /** A sign-in of the family's registration never becomes a professional, whatever its token says. */
    @Test
    void eenAndereRegistratieWordtNooitEenMedewerker() {
        var gezin = verzoek("gezin", Map.of("iss", "https://idp.example", "sub", "ouder", "amr", List.of("mfa"),
                "preferred_username", "zorgcoordinator"));
        assertThatThrownBy(() -> dienst.loadUser(gezin)).isInstanceOf(OAuth2AuthenticationException.class)
                .extracting(e -> ((OAuth2AuthenticationException) e).getError().getErrorCode())
                .isEqualTo(MedewerkerOidcGebruikers.ANDERE_REGISTRATIE);
        verifyNoInteractions(claims, gebruikers, identiteiten);
    }

    @Test
    void zonderTweedeFactorWordtNiemandOpgezochtOfGekoppeld() {
        var alleenWachtwoord = verzoek("medewerker", Map.of("iss", "https://idp.example", "sub", "s-1",
                "amr", List.of("pwd"), "preferred_username", "mentor"));
        assertThatThrownBy(() -> dienst.loadUser(alleenWachtwoord))
                .extracting(e -> ((OAuth2AuthenticationException) e).getError().getErrorCode())
                .isEqualTo(MedewerkerOidcGebruikers.GEEN_TWEEDE_FACTOR);
        verifyNoInteractions(claims, gebruikers, identiteiten);
    }

    /** Toegang reads the schools from the principal: an OIDC login's details are Spring's, not EenPlan's. */
    @Test
    void deScholenVanEenMedewerkerKomenUitDePrincipal() {
        var groepen = List.of(new SimpleGrantedAuthority(Groepen.MENTOR));
        var medewerker = new Medewerker("mentor", groepen, Set.of("99ZZ00"), "https://idp.example", "ab".repeat(32));
        var aangemeld = new OAuth2AuthenticationToken(medewerker, groepen, MedewerkerAanmelding.REGISTRATIE);
        aangemeld.setDetails(new WebAuthenticationDetails("127.0.0.1", null));
        assertThat(Toegang.zicht(aangemeld)).isEqualTo(new Toegang.Zicht(false, Set.of("99ZZ00")));
        assertThat(aangemeld.getName()).isEqualTo("mentor");
        assertThat(medewerker.getClaims()).doesNotContainValue("s-1").containsKeys("iss", "sub");
        assertThat(medewerker.getIdToken()).as("the token is not kept").isNull();

        // Without schools from either place: nothing.
        var zonder = new TestingAuthenticationToken("iemand", null, List.of(new SimpleGrantedAuthority(Groepen.MENTOR)));
        assertThat(Toegang.zicht(zonder).scholen()).isEmpty();
    }
}
