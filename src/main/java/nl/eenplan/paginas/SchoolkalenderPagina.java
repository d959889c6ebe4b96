package nl.eenplan.paginas;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.eenplan.dossier.Onderwijssoort;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.engine.Klok;
import nl.eenplan.security.Groepen;
import nl.eenplan.security.Toegang;
import nl.eenplan.termijn.EigenKalender;
import nl.eenplan.termijn.KalenderView;
import nl.eenplan.termijn.Schooljaar;
import nl.eenplan.termijn.SchoolkalenderService;
import nl.eenplan.web.NietGevondenException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The school's own calendar (docs/leerplicht.md, "De eigen kalender van de school"): the region's holidays, with the
 * provisional ones marked, the school's own periods and its lesrooster, in Dutch, as the calendar API gives them
 * ({@link SchoolkalenderService#overzicht}, which checks again that the user works for the school: 404 otherwise). The
 * zorgcoördinator changes them with the page's forms, which send to the same API (static/js/verzuimformulieren.js);
 * a mentor reads along and sees no forms, and the API refuses her a change all the same.
 */
@Controller
@PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor')")
class SchoolkalenderPagina {

    /** A school to choose, as the page's picker shows it. */
    record Schoolkeuze(String brin, String naam) {
    }

    /** A holiday of the region as the page shows it. */
    record Vakantie(String naam, LocalDate van, LocalDate tot, boolean voorlopig) {
    }

    /** A lesrooster in words: the unit, the length of a lesuur (null for klokuren) and the lessons per weekday. */
    record Rooster(String eenheid, Integer lesuurMinuten, Map<String, BigDecimal> lessen) {

        static Rooster van(KalenderView.LesroosterView r) {
            return new Rooster(r.eenheid().woord(), r.lesuurMinuten(), r.lessen());
        }
    }

    /** A standard lesrooster, for which onderwijssoorten it holds. */
    record Standaard(String onderwijssoorten, Rooster rooster) {
    }

    /** What the kinds of the school's own periods mean, as the form offers them and the list shows them. */
    static final Map<EigenKalender.Soort, String> SOORTEN = new EnumMap<>(Map.of(
            EigenKalender.Soort.VAKANTIE, "Eigen vakantie",
            EigenKalender.Soort.VRIJE_DAG, "Vrije dag (studiedag, margedag)",
            EigenKalender.Soort.SCHOOLDAG, "Schooldag in een vakantie van de regio"));

    private final SchoolkalenderService kalenders;
    private final SchoolService scholen;
    private final Toegang toegang;
    private final Clock clock;

    SchoolkalenderPagina(SchoolkalenderService kalenders, SchoolService scholen, Toegang toegang, Clock clock) {
        this.kalenders = kalenders;
        this.scholen = scholen;
        this.toegang = toegang;
        this.clock = clock;
    }

    @GetMapping("/kalender")
    String kalender(@RequestParam(required = false) String school, Authentication gebruiker, Model model) {
        Toegang.Zicht zicht = toegang.zicht();
        List<Schoolkeuze> eigen = scholen.lijst().stream().filter(s -> zicht.omvat(s.brin()))
                .map(s -> new Schoolkeuze(s.brin(), s.naam())).toList();
        model.addAttribute("scholen", eigen);
        if (eigen.isEmpty()) {
            return "paginas/kalender";
        }
        String brin = school == null || school.isBlank() ? eigen.get(0).brin() : school.strip();
        Schoolkeuze gekozen = eigen.stream().filter(s -> s.brin().equals(brin)).findFirst()
                .orElseThrow(() -> new NietGevondenException("Er is geen school met BRIN-nummer " + brin + "."));
        KalenderView k = kalenders.overzicht(brin);
        // The region's holidays from the start of this school year (1 August, Leerplichtwet art. 1) on.
        LocalDate vandaag = Klok.vandaag(clock);
        LocalDate schooljaar = Schooljaar.van(vandaag).eersteDag();
        List<Vakantie> vakanties = k.regiovakanties().stream().filter(v -> !v.tot().isBefore(schooljaar))
                .map(v -> new Vakantie(v.naam(), v.van(), v.tot(), "voorlopig".equals(v.status()))).toList();
        model.addAttribute("school", gekozen);
        model.addAttribute("regio", k.regio().name().toLowerCase(Locale.ROOT));
        model.addAttribute("vakanties", vakanties);
        model.addAttribute("voorlopig", vakanties.stream().anyMatch(Vakantie::voorlopig));
        model.addAttribute("eigen", k.eigen());
        model.addAttribute("soorten", SOORTEN);
        model.addAttribute("lesrooster", k.lesrooster() == null ? null : Rooster.van(k.lesrooster()));
        model.addAttribute("standaard", List.of(
                new Standaard("po en so", Rooster.van(k.standaard().get(Onderwijssoort.PO))),
                new Standaard("vo en vso", Rooster.van(k.standaard().get(Onderwijssoort.VO))),
                new Standaard("mbo", Rooster.van(k.standaard().get(Onderwijssoort.MBO)))));
        model.addAttribute("weekdagen", List.of("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"));
        model.addAttribute("wijzigen", Aangemeld.van(gebruiker).groepen().contains(Groepen.ZORGCOORDINATOR));
        return "paginas/kalender";
    }
}
