package nl.eenplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;

/** The second-factor rule and the start-up checks of the sign-in through the organisation (docs/security.md). */
class MedewerkerAanmeldingTest {

    static final String SLEUTEL = "een-sleutel-van-precies-32-tkns!";

    static ClientRegistration registratie(String id) {
        return ClientRegistration.withRegistrationId(id).clientId("eenplan-" + id).clientSecret("geheim")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").scope("openid")
                .authorizationUri("https://idp.example/authorize").tokenUri("https://idp.example/token")
                .jwkSetUri("https://idp.example/jwks").userNameAttributeName("sub")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", "https://idp.example/logout"))
                .build();
    }

    static MedewerkerAanmelding aanmelding(boolean metRegistratie, boolean tweedeFactorVerplicht, String... profielen) {
        var fabriek = new StaticListableBeanFactory();
        if (metRegistratie) {
            fabriek.addBean("registraties", new InMemoryClientRegistrationRepository(registratie("medewerker")));
        }
        var omgeving = new MockEnvironment();
        omgeving.setActiveProfiles(profielen);
        return new MedewerkerAanmelding(fabriek.getBeanProvider(ClientRegistrationRepository.class), omgeving, true,
                "preferred_username", List.of("https://refeds.org/profile/mfa"), List.of("mfa", "otp", "hwk", "swk"),
                tweedeFactorVerplicht, SLEUTEL);
    }

    @Test
    void tweedeFactorUitAlleenInDeDemo() {
        assertThatThrownBy(() -> aanmelding(false, false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tweede-factor-verplicht");
        assertThatThrownBy(() -> aanmelding(true, false, "postgres")).isInstanceOf(IllegalStateException.class);
        assertThatCode(() -> aanmelding(true, false, "demo")).doesNotThrowAnyException();
        assertThat(aanmelding(true, false, "demo").heeftTweedeFactor(Map.of("amr", List.of("pwd")))).isTrue();
    }

    @Test
    void eenProviderZonderSleutelVoorDeKenmerkenStartNiet() {
        assertThatThrownBy(() -> MedewerkerAanmelding.controleer(true, false, true, ""))
                .hasMessageContaining("eenplan.aanmelden.medewerker.geheim");
        assertThatThrownBy(() -> MedewerkerAanmelding.controleer(true, false, true, SLEUTEL.substring(1)))
                .isInstanceOf(IllegalStateException.class);
        assertThatCode(() -> MedewerkerAanmelding.controleer(true, false, true, SLEUTEL)).doesNotThrowAnyException();
        assertThatCode(() -> MedewerkerAanmelding.controleer(true, false, false, "")).doesNotThrowAnyException();
    }

    @Test
    void eenProviderZonderOpenidStartNiet() {
        var fabriek = new StaticListableBeanFactory();
        ClientRegistration zonderOpenid = ClientRegistration.withClientRegistration(registratie("medewerker"))
                .scope("profile").build();
        fabriek.addBean("registraties", new InMemoryClientRegistrationRepository(zonderOpenid));
        assertThatThrownBy(() -> new MedewerkerAanmelding(fabriek.getBeanProvider(ClientRegistrationRepository.class),
                new MockEnvironment(), true, "preferred_username", List.of(), List.of("mfa"), true, SLEUTEL))
                .hasMessageContaining("openid");
    }

    /** RFC 8176 (amr values) and the REFEDS MFA profile (acr): either one names the second factor. */
    @Test
    void deTweedeFactorStaatInAcrOfAmr() {
        MedewerkerAanmelding regel = aanmelding(true, true);
        assertThat(regel.heeftTweedeFactor(Map.of("acr", "https://refeds.org/profile/mfa", "amr", List.of("pwd"))))
                .isTrue();
        assertThat(regel.heeftTweedeFactor(Map.of("amr", List.of("pwd", "otp")))).isTrue();
        assertThat(regel.heeftTweedeFactor(Map.of("amr", List.of("hwk")))).isTrue();
        assertThat(regel.heeftTweedeFactor(Map.of("amr", "mfa"))).as("a single value instead of a list").isTrue();
        assertThat(regel.heeftTweedeFactor(Map.of("acr", "urn:mace:incommon:iap:silver", "amr", List.of("pwd"))))
                .isFalse();
        assertThat(regel.heeftTweedeFactor(Map.of("amr", List.of("pwd", "kba")))).isFalse();
        assertThat(regel.heeftTweedeFactor(Map.of("acr", "https://refeds.org/profile/mfa-nep"))).isFalse();
        assertThat(regel.heeftTweedeFactor(Map.of())).isFalse();
    }

    @Test
    void acrValuesAlleenInHetVerzoekVoorMedewerkers() {
        MedewerkerAanmelding regel = aanmelding(true, true);
        assertThat(verzoek(regel, "medewerker").getAdditionalParameters())
                .containsEntry("acr_values", "https://refeds.org/profile/mfa");
        assertThat(verzoek(regel, "gezin").getAdditionalParameters()).doesNotContainKey("acr_values");
    }

    private static OAuth2AuthorizationRequest verzoek(MedewerkerAanmelding regel, String registratie) {
        var bouwer = OAuth2AuthorizationRequest.authorizationCode().authorizationUri("https://idp.example/authorize")
                .clientId("eenplan").attributes(a -> a.put(OAuth2ParameterNames.REGISTRATION_ID, registratie));
        regel.vraagTweedeFactor().accept(bouwer);
        return bouwer.build();
    }

    @Test
    void afmeldenBijDeOrganisatieIsEenLinkMetDeClientId() {
        assertThat(aanmelding(true, true).afmeldenBijOrganisatie())
                .contains("https://idp.example/logout?client_id=eenplan-medewerker");
        assertThat(aanmelding(false, true).afmeldenBijOrganisatie()).isEmpty();
        assertThat(aanmelding(false, true).viaOrganisatie()).isFalse();
    }
}
