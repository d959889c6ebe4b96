package nl.eenplan.security;

import java.io.Serializable;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;

/**
 * Someone the family's identity provider signed in (registration {@value GezinOidc#REGISTRATIE}) whom EenPlan does not
 * know yet: no account, so no child. Their one authority {@link Gezinslid#ROLE_GEZIN_ONGEKOPPELD} opens
 * {@code /gezin/koppelen} (and {@code /logout}, {@code /csrf}) only; there an invitation's code and the child's date
 * of birth bind them, and the login is rebuilt as a {@link Gezinslid}.
 *
 * @param subjectHash the HMAC of the provider's issuer and subject (never the subject itself)
 * @param issuerAlias the installation's name for the provider, as the account will keep it
 * @param niveau      the level of assurance the provider stated for this sign-in ({@code acr}), kept with the account
 *                    for the proof of what it does (gezin.Aanmeldbewijs)
 */
public record GezinOngekoppeld(String subjectHash, String issuerAlias, String niveau) implements AuthenticatedPrincipal, Serializable {

    /** The audit log's name: no account yet, and never the subject. */
    @Override
    public String getName() {
        return "gezin-ongekoppeld";
    }

    /** The login of this person: authenticated, with {@link Gezinslid#ROLE_GEZIN_ONGEKOPPELD} only. */
    public Authentication aanmelding() {
        return new Gezinslid.Aangemeld(this, Gezinslid.ROLE_GEZIN_ONGEKOPPELD, Gezinslid.VIA_IDP);
    }

    @Override
    public String toString() {
        return "GezinOngekoppeld[" + issuerAlias + "]";
    }
}
