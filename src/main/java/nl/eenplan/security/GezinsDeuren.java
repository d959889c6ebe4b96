package nl.eenplan.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * The family's doors (issue #24; docs/security.md, "The family"), kept apart from {@link SecurityConfig} so that the
 * chains there change in a few lines only:
 * <ul>
 *   <li>deny-by-default: outside {@link #PADEN} (and {@code /logout}, {@code /csrf} and the public pages and styles)
 *   a family login is refused in both chains ({@link #GEEN_GEZIN}); {@code @PreAuthorize}, {@code Toegang.zicht()}
 *   (a family login has no schools) and EngineGebruiker (refuses a family member) are the second and third lines;</li>
 *   <li>the family's form login ({@link #provider}), added to the pages' chain only;</li>
 *   <li>where a login lands ({@link #naAanmelden}): a family member on {@code /gezin}, staff where they land today.</li>
 * </ul>
 */
final class GezinsDeuren {

    /** The family's pages: only a family login opens them. */
    static final String[] PADEN = {"/gezin", "/gezin/**"};

    /** Where a family member lands after the login. */
    static final String START = "/gezin";

    /** The family's sign-in page (a link to their identity provider) and the page after their logout: open to all. */
    static final String INLOGGEN = "/gezin/inloggen";
    static final String AFGEMELD = "/gezin/afgemeld";
    static final String[] OPEN = {INLOGGEN, AFGEMELD};

    /** Where an invitation's code binds: for a family member, and for someone not bound yet. */
    static final String KOPPELEN = "/gezin/koppelen";

    /** The login is rebuilt after a sign-in through the family's provider and kept in the session here. */
    private static final SecurityContextRepository SESSIE = new HttpSessionSecurityContextRepository();

    /** Everything that is not the family's: a signed-in user who is not a family member. */
    static final AuthorizationManager<RequestAuthorizationContext> GEEN_GEZIN = GezinsDeuren::geenGezin;

    private GezinsDeuren() {
    }

    private static AuthorizationDecision geenGezin(Supplier<Authentication> aanmelding, RequestAuthorizationContext c) {
        Authentication wie = aanmelding.get();
        return new AuthorizationDecision(wie != null && wie.isAuthenticated()
                && !(wie instanceof AnonymousAuthenticationToken) && !Gezinslid.is(wie));
    }

    /**
     * The family's password check as a provider of the pages' chain only (not a bean: see {@link Gezinsaanmelding}). A
     * name it does not know gives null, so Spring Security tries the Camunda password next.
     */
    static AuthenticationProvider provider(Gezinsaanmelding gezin) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                Object wachtwoord = authentication.getCredentials();
                if (authentication.getName() == null || wachtwoord == null) {
                    return null;
                }
                return gezin.meldAan(authentication.getName(), wachtwoord.toString()).map(Gezinslid::aanmelding)
                        .orElse(null);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }

    /**
     * After the login: a family member on {@link #START} (a page of staff they may have opened before is not theirs),
     * staff on the page they opened before, or Mijn werk.
     */
    static AuthenticationSuccessHandler naAanmelden(RequestCache naAanmelden) {
        SavedRequestAwareAuthenticationSuccessHandler medewerker = new SavedRequestAwareAuthenticationSuccessHandler();
        medewerker.setRequestCache(naAanmelden);
        return (request, response, wie) -> {
            if (wie.getPrincipal() instanceof GezinOidcGebruiker viaIdp) {
                // The provider's login (with its principal) is replaced by EenPlan's own: a Gezinslid, or someone
                // who can only bind. The session id changed already at the sign-in (session fixation).
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(viaIdp.aanmelding());
                SecurityContextHolder.setContext(context);
                SESSIE.saveContext(context, request, response);
                naAanmelden.removeRequest(request, response);
                response.sendRedirect(request.getContextPath() + (viaIdp.bekend() ? START : KOPPELEN));
            } else if (Gezinslid.is(wie)) {
                naAanmelden.removeRequest(request, response);
                response.sendRedirect(request.getContextPath() + START);
            } else {
                medewerker.onAuthenticationSuccess(request, response, wie);
            }
        };
    }
}
