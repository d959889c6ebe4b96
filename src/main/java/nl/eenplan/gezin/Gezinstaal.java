package nl.eenplan.gezin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * The language of the pages (bean {@code localeResolver}, which Spring MVC and Thymeleaf ask). On the family's pages:
 * the choice made on the page in this session, then the browser's language if it is Dutch or English, then Dutch.
 * Staff pages are in Dutch and keep the browser's language for anything Spring itself says, as before.
 */
@Component("localeResolver")
class Gezinstaal extends SessionLocaleResolver {

    static final Locale NEDERLANDS = Locale.forLanguageTag("nl");
    static final List<Locale> TALEN = List.of(NEDERLANDS, Locale.ENGLISH);

    Gezinstaal() {
        setDefaultLocaleFunction(Gezinstaal::standaard);
    }

    private static Locale standaard(HttpServletRequest request) {
        String pad = request.getRequestURI().substring(request.getContextPath().length());
        if (!pad.equals("/gezin") && !pad.startsWith("/gezin/")) {
            return request.getLocale();
        }
        String browser = request.getHeader("Accept-Language");
        if (browser != null) {
            Locale voorkeur = Locale.lookup(Locale.LanguageRange.parse(browser), TALEN);
            if (voorkeur != null) {
                return voorkeur;
            }
        }
        return NEDERLANDS;
    }
}
