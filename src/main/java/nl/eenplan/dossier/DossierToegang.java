package nl.eenplan.dossier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import nl.eenplan.security.Toegang;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One check for every path under /api/dossiers/{nummer} and under the pupil's page /leerlingen/{nummer} (the
 * downloads there, such as an MDO's agenda item or an overstapdossier): the dossier must belong to a school the user
 * works for, whatever capability answers the path. So a new endpoint cannot forget it. The path variable is
 * {@code nummer} or {@code dossierNummer}. "Works for" is {@link Toegang#zicht()}: the schools of a school's staff, and
 * every school in the gemeente or SWV of jeugdhulp, gemeente, leerplicht and SWV staff; to anyone else the pupil does
 * not exist (404). Which of them may see what of the pupil is the endpoint's (its groups) and, for the pupil's page,
 * paginas.Leerlingzicht's.
 */
@Configuration
class DossierToegang implements WebMvcConfigurer, HandlerInterceptor {

    /** Where a path names a dossier: the API's dossiers and the pupil's pages. */
    static final String[] PADEN = {"/api/dossiers/*", "/api/dossiers/*/**", "/leerlingen/*", "/leerlingen/*/**"};

    private final DossierService dossiers;
    private final Toegang toegang;

    DossierToegang(DossierService dossiers, Toegang toegang) {
        this.dossiers = dossiers;
        this.toegang = toegang;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(PADEN);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // Administrators pass (the API's group checks still apply): the inzage export of a dossier that was removed
        // after its retention must stay possible.
        String nummer = nummer(request);
        if (nummer != null && !toegang.zicht().alles()) {
            alleenWatBewaardBlijft(request, nummer, dossiers.controleerToegangVoorPad(nummer));
        }
        return true;
    }

    /**
     * What the school keeps of a pupil who changed school (package nl.eenplan.schoolwissel, docs/processen/schoolwissel.md):
     * who the pupil is and the enrolment here (the dossier itself, its school changes), the absence data and what went to
     * leerplicht (kept 5 years after the uitschrijving), and a meldcode of its own. The rest went along with the pupil
     * or ended with the school's care: to the old school it no longer exists (404), nor do the pages of the pupil's
     * forms. Nothing is written any more (409).
     */
    static final java.util.regex.Pattern BEWAARD = java.util.regex.Pattern.compile(
            "/api/dossiers/[^/]+(/(verzuim|verlof|vrijstellingen|ziekmeldingen|escalaties|schoolwissel"
                    + "|meldcode(/[^/]+)?|inzage))?/?|/leerlingen/[^/]+/?");

    private void alleenWatBewaardBlijft(HttpServletRequest request, String nummer,
                                        java.util.Optional<String> alleenTeLezen) {
        if (alleenTeLezen.isEmpty()) {
            return;
        }
        boolean leest = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!leest) {
            throw new nl.eenplan.web.NietMogelijkException(alleenTeLezen.get());
        }
        String pad = request.getRequestURI().substring(request.getContextPath().length());
        if (!BEWAARD.matcher(pad).matches()) {
            throw new nl.eenplan.web.NietGevondenException("Dit deel van dossier " + nummer + " is er niet meer voor uw "
                    + "school. " + alleenTeLezen.get() + " Uw school bewaart wie de leerling is, de inschrijving, het "
                    + "verzuim en wat naar leerplicht ging; het plan en de rest ziet alleen de nieuwe school.");
        }
    }

    /** The dossier a path names, if any. */
    private static String nummer(HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> v) {
            Object nummer = v.containsKey("nummer") ? v.get("nummer") : v.get("dossierNummer");
            return nummer instanceof String n ? n : null;
        }
        return null;
    }
}
