package nl.eenplan.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A professional signed in through their organisation's identity provider ({@link MedewerkerOidcGebruikers}): the
 * Camunda user they are, with that user's groups as authorities and schools as their view ({@link Toegang}), exactly as
 * after a password login. Lives in the session, so serializable. Of the provider's tokens nothing is kept: the claims
 * are the issuer and the hashed subject only, and {@link #getIdToken()} and {@link #getUserInfo()} are {@code null}.
 */
public final class Medewerker implements OidcUser, Serializable {

    private static final long serialVersionUID = 1L;

    private final String gebruiker;
    private final List<GrantedAuthority> groepen;
    private final Set<String> scholen;
    private final Map<String, Object> claims;

    Medewerker(String gebruiker, Collection<? extends GrantedAuthority> groepen, Set<String> scholen, String issuer,
               String onderwerpHash) {
        this.gebruiker = gebruiker;
        this.groepen = List.copyOf(groepen);
        this.scholen = Set.copyOf(scholen);
        this.claims = Map.of(IdTokenClaimNames.ISS, issuer, IdTokenClaimNames.SUB, onderwerpHash);
    }

    /** The same professional with the groups and schools read again ({@link RechtenHerlezen}). */
    Medewerker metRechten(Collection<? extends GrantedAuthority> groepen, Set<String> scholen) {
        return new Medewerker(gebruiker, groepen, scholen, (String) claims.get(IdTokenClaimNames.ISS),
                (String) claims.get(IdTokenClaimNames.SUB));
    }

    /** The Camunda user id, as {@code Authentication.getName()} gives it to the audit and the engine. */
    @Override
    public String getName() {
        return gebruiker;
    }

    /**
     * The schools (Camunda tenants) whose pupils this professional may see, as read at sign-in or since
     * ({@link RechtenHerlezen}).
     */
    public Set<String> scholen() {
        return scholen;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return groepen;
    }

    @Override
    public Map<String, Object> getClaims() {
        return claims;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return claims;
    }

    /** Not kept: EenPlan needs nothing of the token after the sign-in. */
    @Override
    public OidcIdToken getIdToken() {
        return null;
    }

    /** Not kept, as {@link #getIdToken()}. */
    @Override
    public OidcUserInfo getUserInfo() {
        return null;
    }

    @Override
    public String toString() {
        return "Medewerker[" + gebruiker + "]";
    }
}
