package nl.eenplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * {@link RechtenHerlezen} on its own, with a fixed clock: when a session's rights are read again (not within the
 * minute, at the minute, after a clock set back, without a time), that the new ones are kept in the session for both
 * ways of signing in, that a request which waited while a parallel one read them goes on with those, and that a
 * removed user's session or one that ended meanwhile leaves no one signed in. Over HTTP with the real tables:
 * {@code RechtenHerlezenIT}.
 */
class RechtenHerlezenTest {

    private static final Instant T0 = Instant.parse("2026-12-06T08:00:00Z");
    private static final List<GrantedAuthority> ZORG = List.of(new SimpleGrantedAuthority(Groepen.ZORGCOORDINATOR));

    private final Gebruikersrechten rechten = mock(Gebruikersrechten.class);
    private final GebruikerService gebruikers = mock(GebruikerService.class);
    private final MockHttpSession sessie = new MockHttpSession();

    @BeforeEach
    void nuZonderSchool() {
        when(gebruikers.bestaat("zc")).thenReturn(true);
        when(rechten.groepen("zc")).thenReturn(ZORG);
        when(rechten.scholen("zc")).thenReturn(Set.of());
        // The sign-in as Gebruikersrechten builds it, from the groups and schools above.
        when(rechten.metWachtwoord("zc")).thenCallRealMethod();
    }

    @AfterEach
    void leeg() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void naEenWachtwoordDeScholenVanNuNaEenMinuutEnNietEerder() {
        aangemeld(metWachtwoord(Set.of("99ZZ00")));
        verzoek(T0);
        assertThat(Toegang.zicht(opgeslagen()).scholen()).isEmpty();
        verify(rechten, times(1)).scholen("zc");

        when(rechten.scholen("zc")).thenReturn(Set.of("99YY00"));
        verzoek(T0.plusSeconds(59));
        verify(rechten, times(1)).scholen("zc");
        assertThat(Toegang.zicht(opgeslagen()).scholen()).isEmpty();

        verzoek(T0.plusSeconds(60));
        verify(rechten, times(2)).scholen("zc");
        assertThat(Toegang.zicht(opgeslagen()).scholen()).containsExactly("99YY00");
        assertThat(opgeslagen().getAuthorities()).isEqualTo(ZORG);
        assertThat(opgeslagen().getDetails()).isInstanceOf(Toegang.Aanmelding.class);
    }

    @Test
    void eenKlokDieTerugStaatLeestOpnieuw() {
        aangemeld(metWachtwoord(Set.of("99ZZ00")));
        verzoek(T0);
        verzoek(T0.minusSeconds(1));
        verify(rechten, times(2)).scholen("zc");
    }

    @Test
    void naDeOrganisatieBlijftHetDeAanmeldingViaDeOrganisatie() {
        Medewerker medewerker = new Medewerker("zc", ZORG, Set.of("99ZZ00"), "https://idp.example", "hash");
        aangemeld(new OAuth2AuthenticationToken(medewerker, ZORG, MedewerkerAanmelding.REGISTRATIE));
        when(rechten.groepen("zc")).thenReturn(List.of());
        verzoek(T0);
        assertThat(opgeslagen()).isInstanceOfSatisfying(OAuth2AuthenticationToken.class, t -> {
            assertThat(t.getAuthorizedClientRegistrationId()).isEqualTo(MedewerkerAanmelding.REGISTRATIE);
            assertThat(t.getAuthorities()).isEmpty();
            assertThat(t.getPrincipal()).isInstanceOfSatisfying(Medewerker.class, m -> {
                assertThat(m.scholen()).isEmpty();
                assertThat(m.getClaims()).isEqualTo(medewerker.getClaims());
            });
        });
    }

    @Test
    void eenVerwijderdeGebruikerIsAfgemeld() {
        aangemeld(metWachtwoord(Set.of("99ZZ00")));
        when(gebruikers.bestaat("zc")).thenReturn(false);
        MockFilterChain verder = verzoek(T0);
        assertThat(sessie.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("for the rest of the request").isNull();
        assertThat(verder.getRequest()).as("the chain goes on, without anyone signed in").isNotNull();
    }

    @Test
    void eenSessieDieIntussenEindigdeLaatNiemandAangemeld() {
        // Ended by a logout in another tab right after this request found it: reading it then throws.
        MockHttpSession eindigt = new MockHttpSession() {
            @Override
            public Object getAttribute(String naam) {
                if (RechtenHerlezen.GELEZEN.equals(naam)) {
                    invalidate();
                }
                return super.getAttribute(naam);
            }
        };
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/dossiers");
        request.setSession(eindigt);
        SecurityContextHolder.setContext(new SecurityContextImpl(metWachtwoord(Set.of("99ZZ00"))));
        MockFilterChain verder = new MockFilterChain();
        filter(T0, request, verder);
        assertThat(eindigt.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(verder.getRequest()).isNotNull();
    }

    @Test
    void naHetLezenDoorEenGelijktijdigVerzoekDeRechtenVanDatVerzoek() {
        Authentication nieuw = metWachtwoord(Set.of("99YY00"));
        assertThat(naEenGelijktijdigVerzoek(nieuw)).isSameAs(nieuw);
    }

    /** Someone else signed in in this browser meanwhile: this request, sent before, is nobody's rather than theirs. */
    @Test
    void naEenAndereAanmeldingInDezeBrowserNiemand() {
        var ander = UsernamePasswordAuthenticationToken.authenticated("iemandAnders", null, ZORG);
        ander.setDetails(new Toegang.Aanmelding(Set.of("99YY00")));
        assertThat(naEenGelijktijdigVerzoek(ander)).isNull();
    }

    /** The same, when the rights were due: the other sign-in is neither read again as zc's nor overwritten. */
    @Test
    void eenAndereAanmeldingInDeSessieBlijftStaan() {
        var ander = UsernamePasswordAuthenticationToken.authenticated("iemandAnders", null, ZORG);
        ander.setDetails(new Toegang.Aanmelding(Set.of("99YY00")));
        aangemeld(ander);
        SecurityContextHolder.setContext(new SecurityContextImpl(metWachtwoord(Set.of("99ZZ00"))));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/dossiers");
        request.setSession(sessie);
        filter(T0, request, new MockFilterChain());
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(opgeslagen()).isSameAs(ander);
        verify(rechten, times(0)).scholen("zc");
    }

    /**
     * A request of zc's session that finds the rights due while another request of the session reads them and leaves
     * {@code nieuw} in the session; the sign-in this request goes on with.
     */
    private Authentication naEenGelijktijdigVerzoek(Authentication nieuw) {
        // Another request of the session reads the rights while this one waits for the session's lock.
        MockHttpSession sessieMetTweede = new MockHttpSession() {
            private boolean gewacht;

            @Override
            public Object getAttribute(String naam) {
                if (RechtenHerlezen.GELEZEN.equals(naam) && !gewacht) {
                    gewacht = true;
                    setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                            new SecurityContextImpl(nieuw));
                    setAttribute(RechtenHerlezen.GELEZEN, T0.toEpochMilli());
                    return null;
                }
                return super.getAttribute(naam);
            }
        };
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/dossiers");
        request.setSession(sessieMetTweede);
        SecurityContextHolder.setContext(new SecurityContextImpl(metWachtwoord(Set.of("99ZZ00"))));
        filter(T0, request, new MockFilterChain());
        verify(rechten, times(0)).scholen("zc");
        return SecurityContextHolder.getContext().getAuthentication();
    }

    private static Authentication metWachtwoord(Set<String> scholen) {
        var wie = UsernamePasswordAuthenticationToken.authenticated("zc", null, ZORG);
        wie.setDetails(new Toegang.Aanmelding(scholen));
        return wie;
    }

    private void aangemeld(Authentication wie) {
        sessie.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(wie));
    }

    /** One request of the session at this moment, its context loaded from the session as Spring's own filter does. */
    private MockFilterChain verzoek(Instant moment) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/dossiers");
        request.setSession(sessie);
        if (!sessie.isInvalid()) {
            SecurityContextHolder.setContext((SecurityContext) sessie.getAttribute(
                    HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
        }
        MockFilterChain verder = new MockFilterChain();
        filter(moment, request, verder);
        return verder;
    }

    private void filter(Instant moment, MockHttpServletRequest request, MockFilterChain verder) {
        try {
            new RechtenHerlezen(rechten, gebruikers, Clock.fixed(moment, ZoneOffset.UTC), Duration.ofMinutes(1))
                    .doFilter(request, new MockHttpServletResponse(), verder);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Authentication opgeslagen() {
        return ((SecurityContext) sessie.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .getAuthentication();
    }
}
