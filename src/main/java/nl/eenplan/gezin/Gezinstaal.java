package nl.eenplan.gezin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import nl.eenplan.security.Gezinslid;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * The language of the pages (bean {@code localeResolver}, which Spring MVC and Thymeleaf ask). On the family's pages:
 * the choice made on the page in this session, then the browser's language if it is Dutch or English, then Dutch.
 * Staff pages are in Dutch and keep the browser's language for anything Spring itself says, as before.
 *
 * <p>A signed-in pupil reads Dutch as "je", a parent as "u" (issue #24, B1): in Dutch a pupil's account gets
 * {@link #LEERLING}, Dutch with the variant {@code leerling}. Its bundle {@code messages_nl__leerling.properties} holds
 * only the texts that differ for a pupil; every other text comes from {@code messages.properties} (ResourceBundle's
 * parent chain). The language is still "nl" ({@code <html lang>}, dates, the proof of a consent). Who is a pupil is read
 * from the account's bindings, once per request, never from the request.
 */
@Component("localeResolver")
class Gezinstaal extends SessionLocaleResolver {

    static final Locale NEDERLANDS = Locale.forLanguageTag("nl");
    static final List<Locale> TALEN = List.of(NEDERLANDS, Locale.ENGLISH);

    /** Dutch as a pupil reads it: "je" instead of "u" (messages_nl__leerling.properties). */
    static final Locale LEERLING = new Locale.Builder().setLanguage("nl").setVariant("leerling").build();

    /** Request attribute: whether the signed-in account of this request is a pupil's (one query per request). */
    private static final String IS_LEERLING = Gezinstaal.class.getName() + ".leerling";

    private final Gezinsregister register;

    Gezinstaal(Gezinsregister register) {
        this.register = register;
        setDefaultLocaleFunction(Gezinstaal::standaard);
    }

    /**
     * The language of a mail to this account: its own ("nl" unless it chose "en"), and in Dutch {@link #LEERLING} for
     * a pupil's account.
     */
    static Locale voorAccount(Gezinsregister register, long accountId) {
        Locale taal = Locale.forLanguageTag(register.taal(accountId).orElse("nl"));
        return taal.getLanguage().equals("nl") && register.isLeerling(accountId) ? LEERLING : taal;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return voorLeerling(request, super.resolveLocale(request));
    }

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        LocaleContext gekozen = super.resolveLocaleContext(request);
        return new TimeZoneAwareLocaleContext() {
            @Override
            public Locale getLocale() {
                return voorLeerling(request, gekozen.getLocale());
            }

            @Override
            public TimeZone getTimeZone() {
                return gekozen instanceof TimeZoneAwareLocaleContext t ? t.getTimeZone() : null;
            }
        };
    }

    private Locale voorLeerling(HttpServletRequest request, Locale taal) {
        if (taal == null || !taal.getLanguage().equals("nl")) {
            return taal;
        }
        return Gezinslid.van(SecurityContextHolder.getContext().getAuthentication())
                .filter(wie -> isLeerling(request, wie)).map(wie -> LEERLING).orElse(taal);
    }

    private boolean isLeerling(HttpServletRequest request, Gezinslid wie) {
        if (request.getAttribute(IS_LEERLING) instanceof Boolean al) {
            return al;
        }
        boolean leerling = register.isLeerling(wie.accountId());
        request.setAttribute(IS_LEERLING, leerling);
        return leerling;
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
