package nl.eenplan.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The outcome of a sign-in through the family's identity provider ({@link GezinOidc}): a known account (a
 * {@link Gezinslid}) or a person not bound yet ({@link GezinOngekoppeld}). Lives only for the moment of the sign-in:
 * SecurityConfig replaces it at once by {@link #aanmelding()}, so the session holds a Gezinslid or GezinOngekoppeld and
 * nothing of the provider's tokens. Its claims are the subject's hash only.
 */
public final class GezinOidcGebruiker implements OidcUser, Serializable {

    private static final long serialVersionUID = 1L;

    private final Gezinslid lid;
    private final GezinOngekoppeld ongekoppeld;

    private GezinOidcGebruiker(Gezinslid lid, GezinOngekoppeld ongekoppeld) {
        this.lid = lid;
        this.ongekoppeld = ongekoppeld;
    }

    /** A person with an account. */
    public static GezinOidcGebruiker bekend(long accountId, String subjectHash, String issuerAlias, String niveau) {
        return new GezinOidcGebruiker(new Gezinslid(accountId), new GezinOngekoppeld(subjectHash, issuerAlias, niveau));
    }

    /** A person without an account yet. */
    public static GezinOidcGebruiker onbekend(String subjectHash, String issuerAlias, String niveau) {
        return new GezinOidcGebruiker(null, new GezinOngekoppeld(subjectHash, issuerAlias, niveau));
    }

    /** Whether EenPlan knows this person (an account). */
    public boolean bekend() {
        return lid != null;
    }

    /** The login that replaces the provider's: a Gezinslid, or a GezinOngekoppeld that can only bind. */
    public Authentication aanmelding() {
        return lid != null ? lid.aanmeldingViaIdp() : ongekoppeld.aanmelding();
    }

    @Override
    public String getName() {
        return lid != null ? lid.getName() : ongekoppeld.getName();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(lid != null ? Gezinslid.ROLE_GEZIN : Gezinslid.ROLE_GEZIN_ONGEKOPPELD));
    }

    @Override
    public Map<String, Object> getClaims() {
        return Map.of("sub", ongekoppeld.subjectHash());
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    /** Not kept. */
    @Override
    public OidcIdToken getIdToken() {
        return null;
    }

    /** Not kept. */
    @Override
    public OidcUserInfo getUserInfo() {
        return null;
    }

    @Override
    public String toString() {
        return "GezinOidcGebruiker[" + getName() + "]";
    }
}
