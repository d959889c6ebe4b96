package nl.eenplan.paginas;

import java.util.Set;
import nl.eenplan.melding.MeldingService;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's header shows: who is signed in, their unread notifications, and the menu for their work; and
 * whether the pages link to a pupil's page.
 */
@ControllerAdvice(basePackageClasses = Paginakop.class)
class Paginakop {

    /** The groups that see the monitor (as monitor.MonitorPagina allows). */
    private static final Set<String> MONITOR = Set.of("procesbeheer", "swv", "gemeente");

    /** The groups that work with the dossiers of their schools (as the dossier API allows). */
    private static final Set<String> SCHOOL = Set.of("zorgcoordinator", "mentor");

    /** Leerplicht's inbox (as the escalation API allows). */
    static final Set<String> LEERPLICHT = Set.of("leerplicht", "rmc", "leerplichtteamleider");

    /** The parties at a thuiszitterstafel (as the thuiszitterstafel API allows): the list "Thuiszitters". */
    static final Set<String> THUISZITTERS = Set.of("leerplicht", "rmc", "leerplichtteamleider", "gemeente",
            "swv");

    private final MeldingService meldingen;
    private final Leerlingzicht leerlingzicht;

    Paginakop(MeldingService meldingen, Leerlingzicht leerlingzicht) {
        this.meldingen = meldingen;
        this.leerlingzicht = leerlingzicht;
    }

    @ModelAttribute("kop")
    Kop kop(Authentication gebruiker) {
        if (gebruiker == null) {
            return null;
        }
        Aangemeld wie = Aangemeld.van(gebruiker);
        return new Kop(wie.naam(), meldingen.voor(wie.naam(), wie.groepen(), true).size(),
                wie.groepen().stream().anyMatch(MONITOR::contains),
                wie.groepen().stream().anyMatch(SCHOOL::contains),
                wie.groepen().stream().anyMatch(LEERPLICHT::contains), wie.groepen().contains("zorgcoordinator"),
                leerlingzicht.magOpenen(wie.groepen()), wie.groepen().stream().anyMatch(THUISZITTERS::contains),
                wie.groepen().contains("gemeente"));
    }

    /**
     * The header's facts, and whether pages link a pupil's name to the pupil's page ({@code leerlingpagina}: the groups
     * that may open it, {@link Leerlingzicht}); {@code thuiszitters}: the menu's list of thuiszitterstafels;
     * {@code jeugdhulp}: the gemeente's applications for jeugdhulp ({@link JeugdhulpPagina}).
     */
    record Kop(String gebruiker, int ongelezen, boolean monitor, boolean leerlingen, boolean leerplicht,
               boolean zorgcoordinator, boolean leerlingpagina, boolean thuiszitters, boolean jeugdhulp) {
    }
}
