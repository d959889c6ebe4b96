package nl.eenplan.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page session's professional keeps the groups and schools of their sign-in only for a while: after
 * {@code camunda.bpm.webapp.auth.cache.time-to-live} (the time after which Tasklist, Cockpit and Admin re-read them in
 * the same session: one setting for both) they are read again, so a school or group an administrator took away counts
 * on the pages too without the user signing in again. A user removed since is signed out: a page leads to the login
 * page, a fetch gets 401. API clients (HTTP basic) are read on every request anyway; a family member's rights are not
 * Camunda's and stay as they are. Not a bean: it runs inside the pages' security filter chain only.
 */
final class RechtenHerlezen extends OncePerRequestFilter {

    /** When the session's rights were last read (epoch milliseconds on EenPlan's clock). */
    static final String GELEZEN = RechtenHerlezen.class.getName() + ".gelezen";

    private static final Logger LOG = LoggerFactory.getLogger(RechtenHerlezen.class);

    private final Gebruikersrechten rechten;
    private final GebruikerService gebruikers;
    private final Clock clock;
    private final Duration geldig;
    private final SecurityContextHolderStrategy contexten = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository bewaard;

    RechtenHerlezen(Gebruikersrechten rechten, GebruikerService gebruikers, Clock clock, Duration geldig) {
        this.rechten = rechten;
        this.gebruikers = gebruikers;
        this.clock = clock;
        this.geldig = geldig;
        // Spring Security's own default for a chain with a login form: the request, then the session; never a new
        // session, so a logout in another tab meanwhile is not undone.
        HttpSessionSecurityContextRepository inSessie = new HttpSessionSecurityContextRepository();
        inSessie.setAllowSessionCreation(false);
        this.bewaard = new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                inSessie);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession sessie = request.getSession(false);
        Authentication wie = contexten.getContext().getAuthentication();
        if (sessie != null && WebappAanmelding.isMedewerker(wie)) {
            try {
                if (verlopen(sessie)) {
                    // Under the session's mutex, which the webapps' login uses too: parallel requests read once.
                    synchronized (WebappAanmelding.mutex(sessie)) {
                        bijwerken(wie, sessie, request, response);
                    }
                }
            } catch (IllegalStateException e) {
                // The session ended meanwhile (a logout in another tab, a parallel request of a removed user).
                contexten.clearContext();
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * With the session's lock: the sign-in the session holds now must still be this request's user. Someone else may
     * have signed in in this browser while the request waited (a sign-in keeps the session, with a new id): then this
     * request, sent before, goes on as nobody and leaves the new sign-in alone. Otherwise the rights are read again,
     * or, when a parallel request read them just now, this request goes on with those.
     */
    private void bijwerken(Authentication wie, HttpSession sessie, HttpServletRequest request,
                           HttpServletResponse response) {
        Object opgeslagen = sessie.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        Authentication nu = opgeslagen instanceof SecurityContext c ? c.getAuthentication() : null;
        if (!WebappAanmelding.isMedewerker(nu) || !wie.getName().equals(nu.getName())) {
            contexten.clearContext();
        } else if (verlopen(sessie)) {
            herlees(nu, sessie, request, response);
        } else {
            contexten.setContext((SecurityContext) opgeslagen);
        }
    }

    /** Whether the rights were read longer ago than allowed, at an unknown time or (a clock set back) in the future. */
    private boolean verlopen(HttpSession sessie) {
        long nu = clock.millis();
        return !(sessie.getAttribute(GELEZEN) instanceof Long gelezen) || nu < gelezen
                || nu - gelezen >= geldig.toMillis();
    }

    private void herlees(Authentication wie, HttpSession sessie, HttpServletRequest request,
                         HttpServletResponse response) {
        String gebruiker = wie.getName();
        if (!gebruikers.bestaat(gebruiker)) {
            LOG.info("Sessie van {} beëindigd: de gebruiker bestaat niet meer.", gebruiker);
            contexten.clearContext();
            sessie.invalidate();
            return;
        }
        SecurityContext context = contexten.createEmptyContext();
        context.setAuthentication(metRechtenVanNu(wie, gebruiker));
        // The time first: should the session end meanwhile, that throws before the new rights are kept anywhere.
        sessie.setAttribute(GELEZEN, clock.millis());
        contexten.setContext(context);
        bewaard.saveContext(context, request, response);
    }

    /** The same sign-in (a password, or the organisation's identity provider) with the groups and schools of now. */
    private Authentication metRechtenVanNu(Authentication wie, String gebruiker) {
        if (wie instanceof OAuth2AuthenticationToken token && wie.getPrincipal() instanceof Medewerker medewerker) {
            Medewerker nu = medewerker.metRechten(rechten.groepen(gebruiker), rechten.scholen(gebruiker));
            var vernieuwd = new OAuth2AuthenticationToken(nu, nu.getAuthorities(),
                    token.getAuthorizedClientRegistrationId());
            vernieuwd.setDetails(token.getDetails());
            return vernieuwd;
        }
        return rechten.metWachtwoord(gebruiker);
    }
}
