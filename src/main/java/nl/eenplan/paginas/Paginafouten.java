package nl.eenplan.paginas;

import jakarta.servlet.http.HttpServletResponse;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.NietMogelijkException;
import nl.eenplan.web.OngeldigeInvoerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A refusal on a page is a page in Dutch with a way back, not problem+json (that stays for the API): before the
 * API's handler (web.ApiExceptionHandler), for the page controllers only.
 */
@ControllerAdvice(basePackageClasses = Paginafouten.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Paginafouten {

    private static final Logger LOG = LoggerFactory.getLogger(Paginafouten.class);

    @ExceptionHandler(NietGevondenException.class)
    String nietGevonden(NietGevondenException e, HttpServletResponse response, Model model) {
        return fout(response, model, HttpServletResponse.SC_NOT_FOUND, "Niet gevonden", e.getMessage());
    }

    /** A pupil's page with nothing for this user to see: why, in the words of {@link Leerlingzicht}. */
    @ExceptionHandler(Leerlingzicht.GeenInzage.class)
    String geenInzage(Leerlingzicht.GeenInzage e, HttpServletResponse response, Model model) {
        return fout(response, model, HttpServletResponse.SC_FORBIDDEN, "Geen toegang", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    String geenToegang(HttpServletResponse response, Model model) {
        return fout(response, model, HttpServletResponse.SC_FORBIDDEN, "Geen toegang",
                "Deze pagina hoort niet bij jouw werk. Zoek je een leerling of taak, begin dan bij Mijn werk.");
    }

    @ExceptionHandler(NietMogelijkException.class)
    String nietMogelijk(NietMogelijkException e, HttpServletResponse response, Model model) {
        return fout(response, model, HttpServletResponse.SC_CONFLICT, "Dat kan nu niet", e.getMessage());
    }

    /**
     * A search or value a person typed that cannot be used (a search with a tab in it): said in Dutch with status 400,
     * as the API says it in problem+json, not an unexpected error.
     */
    @ExceptionHandler(OngeldigeInvoerException.class)
    String ongeldigeInvoer(OngeldigeInvoerException e, HttpServletResponse response, Model model) {
        return fout(response, model, HttpServletResponse.SC_BAD_REQUEST, "Dit klopt niet",
                e.getMessage() + " Ga terug naar de vorige pagina of begin bij Mijn werk.");
    }

    /**
     * An address a person or a link typed wrong (Mijn werk's {@code ?pagina=twee}): the client's mistake, said in
     * Dutch with status 400, not an unexpected error.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String ongeldigAdres(MethodArgumentTypeMismatchException e, HttpServletResponse response, Model model) {
        Class<?> soort = e.getRequiredType() == null ? Object.class
                : org.springframework.util.ClassUtils.resolvePrimitiveIfNecessary(e.getRequiredType());
        return fout(response, model, HttpServletResponse.SC_BAD_REQUEST, "Dit adres klopt niet",
                "In het adres van deze pagina is " + inWoorden(e.getName()) + " ongeldig"
                        + (Number.class.isAssignableFrom(soort) ? ": dat moet een getal zijn" : "")
                        + ". Ga terug naar de vorige pagina of begin bij Mijn werk.");
    }

    /** An address parameter as the page's reader knows it, not as the code calls it. */
    static String inWoorden(String parameter) {
        return switch (parameter) {
            case "pagina" -> "het paginanummer";
            case "id" -> "het nummer";
            case "vorm" -> "de vorm van de toestemming";
            default -> "een waarde";
        };
    }

    @ExceptionHandler(RuntimeException.class)
    String onverwacht(RuntimeException e, HttpServletResponse response, Model model) {
        LOG.error("Onverwachte fout op een pagina", e);
        return fout(response, model, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Er ging iets mis",
                "Er ging iets mis bij EenPlan; er is niets veranderd. Probeer het zo nog eens; lukt het niet, "
                        + "meld het dan bij de beheerder.");
    }

    private static String fout(HttpServletResponse response, Model model, int status, String titel, String uitleg) {
        response.setStatus(status);
        model.addAttribute("titel", titel);
        model.addAttribute("uitleg", uitleg);
        return "paginas/fout";
    }
}
