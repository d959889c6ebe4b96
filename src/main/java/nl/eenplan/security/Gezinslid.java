package nl.eenplan.security;

import java.io.Serializable;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A parent or pupil signed in to the family's pages (package nl.eenplan.gezin, issue #24): a Spring principal, never a
 * Camunda user. It has no Camunda password, so the family cannot use /api basic, /engine-rest or Camunda's webapps, and
 * its one authority {@link #ROLE_GEZIN} opens only {@code /gezin/**} (SecurityConfig, deny-by-default in both chains).
 * The underscore keeps the authority outside Camunda's group id pattern, so no Camunda group can ever carry it. Which
 * children the account may see is read per request from its bindings (gezin.Gezinszicht), never kept here.
 *
 * @param accountId the family account (table gezinsaccount): the only identity in the session, the audit log and the
 *                  engine's absence; never a name, never the identity provider's subject
 */
public record Gezinslid(long accountId) implements AuthenticatedPrincipal, Serializable {

    /** The family's authority: outside {@code /gezin/**} it opens nothing. */
    public static final String ROLE_GEZIN = "ROLE_GEZIN";

    /**
     * Someone the family's identity provider signed in whom EenPlan does not know yet ({@link GezinOngekoppeld}): opens
     * {@code /gezin/koppelen} only, where an invitation's code binds them.
     */
    public static final String ROLE_GEZIN_ONGEKOPPELD = "ROLE_GEZIN_ONGEKOPPELD";

    /** What a sign-in through the family's identity provider carries as details (the logout offers the provider's). */
    static final String VIA_IDP = "gezin-via-idp";

    /** What the audit log and "door" fields record for this account: {@code gezin-{accountId}}. */
    @Override
    public String getName() {
        return "gezin-" + accountId;
    }

    /** The signed-in family member of this login, if it is one. */
    public static java.util.Optional<Gezinslid> van(Authentication wie) {
        return wie != null && wie.getPrincipal() instanceof Gezinslid g ? java.util.Optional.of(g)
                : java.util.Optional.empty();
    }

    /**
     * Whether this login is a family member's, bound or not yet: by principal or by authority (all are refused outside
     * /gezin).
     */
    public static boolean is(Authentication wie) {
        return wie != null && (wie.getPrincipal() instanceof Gezinslid || wie.getPrincipal() instanceof GezinOngekoppeld
                || wie.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals(ROLE_GEZIN) || a.equals(ROLE_GEZIN_ONGEKOPPELD)));
    }

    /** The login of this family member: authenticated, with {@link #ROLE_GEZIN} only and no password kept. */
    public Authentication aanmelding() {
        return new Aangemeld(this, ROLE_GEZIN, null);
    }

    /** As {@link #aanmelding()}, after a sign-in through the family's identity provider. */
    public Authentication aanmeldingViaIdp() {
        return new Aangemeld(this, ROLE_GEZIN, VIA_IDP);
    }

    /** Whether this login came through the family's identity provider (not the demo's form). */
    public static boolean viaIdp(Authentication wie) {
        return wie != null && VIA_IDP.equals(wie.getDetails());
    }

    static final class Aangemeld extends AbstractAuthenticationToken {

        private final AuthenticatedPrincipal wie;

        Aangemeld(AuthenticatedPrincipal wie, String rol, Object details) {
            super(List.of(new SimpleGrantedAuthority(rol)));
            this.wie = wie;
            setDetails(details);
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return wie;
        }
    }
}
