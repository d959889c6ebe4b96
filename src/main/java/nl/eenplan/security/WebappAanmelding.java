package nl.eenplan.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import nl.eenplan.web.ProblemWriter;
import nl.eenplan.web.Problemen;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.HttpSessionMutexListener;
import org.camunda.bpm.webapp.impl.util.ServletContextUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Single sign-on into Camunda's webapps (Tasklist, Cockpit, Admin under {@code /camunda}; docs/security.md, "Signing
 * in to the webapps"). The pages and the webapps share the servlet session; this filter, before the webapps' own
 * filters, makes the webapps' login in that session follow the login of EenPlan's pages:
 * <ul>
 *   <li>a professional signed in on the pages (through the organisation with a second factor, or with a password) is
 *       signed in to the webapps as the same Camunda user, with the groups, tenants and webapps Camunda's own login
 *       would give (Camunda's {@code AuthenticationUtil.createAuthentication}); a user removed since the sign-in gets
 *       nothing;</li>
 *   <li>a family member never has a webapp login (not a Camunda user): one left in the session is removed;</li>
 *   <li>with {@code eenplan.aanmelden.lokaal-op-paginas=false} the webapps' own password login is refused (403) and
 *       any webapp login not backed by the pages' login is removed, so the second factor has no side door; a webapp's
 *       page opened without a login leads to EenPlan's login page and back. With {@code true} the webapps' own login
 *       works as before (demo, installations without an identity provider);</li>
 *   <li>the webapps' logout ends the whole session, so it logs out of the pages too (the pages' logout ends the same
 *       session already).</li>
 * </ul>
 * {@code /engine-rest} is not touched: service accounts keep HTTP basic there.
 */
class WebappAanmelding implements Filter {

    /** Camunda's password login of the webapps: {@code POST /api/admin/auth/user/{engine}/login/{app}}. */
    static final Pattern WACHTWOORD = Pattern.compile("/api/admin/auth/user/[^/]+/login/[^/]+/?");

    /** The webapps' logout: {@code POST /api/admin/auth/user/{engine}/logout}. */
    static final Pattern AFMELDEN = Pattern.compile("/api/admin/auth/user/[^/]+/logout/?");

    /** A webapp's page, e.g. {@code /app/tasklist/default/}: it then asks the API who is signed in. */
    static final Pattern PAGINA = Pattern.compile("/app/(cockpit|admin|tasklist|welcome)/[^/]+/");

    private final String webapp;
    private final ObjectProvider<ProcessEngine> engine;
    private final MedewerkerAanmelding medewerkers;
    private final ProblemWriter problemen;
    private final RequestCache naAanmelden = new HttpSessionRequestCache();

    // A provider: the filter is made when the web server starts, before the engine is.
    WebappAanmelding(String webapp, ObjectProvider<ProcessEngine> engine, MedewerkerAanmelding medewerkers,
                     ProblemWriter problemen) {
        this.webapp = webapp;
        this.engine = engine;
        this.medewerkers = medewerkers;
        this.problemen = problemen;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest verzoek = (HttpServletRequest) request;
        HttpServletResponse antwoord = (HttpServletResponse) response;
        String pad = pad(verzoek);
        boolean post = "POST".equals(verzoek.getMethod());
        if (post && WACHTWOORD.matcher(pad).matches() && !medewerkers.lokaalOpPaginas()) {
            problemen.schrijf(verzoek, antwoord, wachtwoordGeweigerd(verzoek));
            return;
        }
        ProcessEngine eigen = engine.getIfAvailable();
        HttpSession sessie = verzoek.getSession(false);
        boolean aangemeld = eigen != null && sessie != null && volgPaginas(sessie, eigen, verzoek);
        if (!aangemeld && !medewerkers.lokaalOpPaginas() && "GET".equals(verzoek.getMethod())
                && PAGINA.matcher(pad).matches()) {
            // The webapps' password form is closed: EenPlan's login page (with the organisation's link), then back here.
            naAanmelden.saveRequest(verzoek, antwoord);
            antwoord.sendRedirect(verzoek.getContextPath() + "/login");
            return;
        }
        chain.doFilter(request, response);
        if (post && AFMELDEN.matcher(pad).matches() && antwoord.getStatus() < 300) {
            beeindig(verzoek.getSession(false));
        }
    }

    /**
     * Makes the webapps' login in this session that of the pages; whether the session then has a webapp login for
     * this engine. Under Camunda's session mutex, as its own filter updates the logins (the webapps send requests in
     * parallel).
     */
    private boolean volgPaginas(HttpSession sessie, ProcessEngine eigen, HttpServletRequest verzoek) {
        try {
            synchronized (mutex(sessie)) {
                Authentication wie = opDePaginas(sessie);
                Authentications webapps = AuthenticationUtil.getAuthsFromSession(sessie);
                var huidig = webapps.getAuthenticationForProcessEngine(eigen.getName());
                if (isMedewerker(wie)) {
                    if (huidig == null || !wie.getName().equals(huidig.getIdentityId())) {
                        var nieuw = AuthenticationUtil.createAuthentication(eigen, wie.getName(), null, null);
                        if (nieuw == null) {
                            // The user was removed after signing in on the pages.
                            webapps.removeByEngineName(eigen.getName());
                        } else {
                            // Camunda re-reads groups, tenants and webapps after its cache time, as after its own login.
                            Date herzien = ServletContextUtil.getAuthCacheValidationTime(verzoek.getServletContext());
                            if (herzien != null) {
                                nieuw.setCacheValidationTime(herzien);
                            }
                            webapps.addOrReplace(nieuw);
                        }
                        AuthenticationUtil.updateSession(sessie, webapps);
                    }
                } else if (huidig != null && (wie != null || !medewerkers.lokaalOpPaginas())) {
                    // A family member's session, or a webapp login the pages do not back while passwords are off.
                    webapps.removeByEngineName(eigen.getName());
                    AuthenticationUtil.updateSession(sessie, webapps);
                }
                return webapps.hasAuthenticationForProcessEngine(eigen.getName());
            }
        } catch (IllegalStateException e) {
            return false; // the session ended meanwhile (a logout in another tab)
        }
    }

    /** The login of EenPlan's pages in this session (Spring Security keeps it there), or null. */
    private static Authentication opDePaginas(HttpSession sessie) {
        Object context = sessie.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext c ? c.getAuthentication() : null;
    }

    /**
     * A professional: a Camunda user signed in through the organisation ({@link Medewerker}) or with a password
     * (CamundaIdentityAuthenticationProvider keeps the schools in the details). Never a family member.
     */
    static boolean isMedewerker(Authentication wie) {
        return wie != null && wie.isAuthenticated() && !Gezinslid.is(wie)
                && (wie.getPrincipal() instanceof Medewerker || wie.getDetails() instanceof Toegang.Aanmelding);
    }

    /** Camunda's lock for the logins in a session (its own filter takes it), else the session itself. */
    static Object mutex(HttpSession sessie) {
        Object mutex = sessie.getAttribute(HttpSessionMutexListener.AUTH_TIME_SESSION_MUTEX);
        return mutex != null ? mutex : sessie;
    }

    /** Logged out of the webapps: out of the pages too, one session for both. */
    private static void beeindig(HttpSession sessie) {
        if (sessie == null) {
            return;
        }
        try {
            sessie.invalidate();
        } catch (IllegalStateException e) {
            // ended already
        }
    }

    /** The 403 for a password at the webapps' login while passwords are off: where to sign in instead. */
    private static ProblemDetail wachtwoordGeweigerd(HttpServletRequest verzoek) {
        String aanmelden = verzoek.getContextPath() + "/login";
        ProblemDetail probleem = Problemen.probleem(HttpStatus.FORBIDDEN, "Aanmelden met een wachtwoord in Tasklist, "
                + "Cockpit en Admin staat uit. Log in via uw organisatie op de aanmeldpagina van EenPlan (" + aanmelden
                + "); daarna bent u ook hier aangemeld.", List.of());
        probleem.setProperty("aanmelden", aanmelden);
        return probleem;
    }

    private String pad(HttpServletRequest verzoek) {
        String pad = verzoek.getRequestURI().substring(verzoek.getContextPath().length());
        return pad.startsWith(webapp) ? pad.substring(webapp.length()) : pad;
    }
}
