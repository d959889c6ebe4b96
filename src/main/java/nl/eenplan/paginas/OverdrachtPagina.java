package nl.eenplan.paginas;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.eenplan.dossier.SchoolView;
import nl.eenplan.overdracht.Overdracht;
import nl.eenplan.overdracht.OverdrachtService;
import nl.eenplan.transactie.Botsing;
import nl.eenplan.web.OngeldigeInvoerException;
import nl.eenplan.web.Veldfout;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A zorgcoördinator leaves or goes on leave: a colleague of the same school hands their open dossiers and tasks there
 * to another. Server-side forms, no script: choose the school (when one works at several), who leaves and who takes
 * over; see what will move; confirm (a form with the session's CSRF token); then what moved. The same service and
 * checks as {@code POST /api/scholen/{brin}/overdracht}, with its Dutch messages at their fields.
 */
@Controller
@PreAuthorize("hasAnyAuthority('zorgcoordinator', 'admin')")
class OverdrachtPagina {

    private final OverdrachtService overdrachten;

    OverdrachtPagina(OverdrachtService overdrachten) {
        this.overdrachten = overdrachten;
    }

    /** The choice, and with both colleagues chosen what would move (the preview), or what is wrong with the choice. */
    @GetMapping("/overdracht")
    String kies(@RequestParam(required = false) String school, @RequestParam(required = false) String van,
                @RequestParam(required = false) String naar, Authentication gebruiker, Model model) {
        SchoolView bij = toon(model, school, van, naar, gebruiker);
        if (bij != null && (van != null || naar != null)) {
            try {
                model.addAttribute("voorvertoning", overdrachten.voorvertoning(bij.brin(), van, naar, gebruiker.getName()));
            } catch (OngeldigeInvoerException e) {
                model.addAttribute("fouten", perVeld(e.getFouten()));
            }
        }
        return "paginas/overdracht";
    }

    @PostMapping("/overdracht")
    String draagOver(@RequestParam String school, @RequestParam(required = false) String van,
                     @RequestParam(required = false) String naar, Authentication gebruiker, Model model,
                     HttpServletResponse response, RedirectAttributes daarna) {
        try {
            Overdracht gedaan = Botsing.nogEens(() -> overdrachten.draagOver(school, van, naar, gebruiker.getName()));
            daarna.addFlashAttribute("gedaan", gedaan);
            return "redirect:/overdracht/klaar";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            toon(model, school, van, naar, gebruiker);
            model.addAttribute("fouten", perVeld(e.getFouten()));
        } catch (ConcurrencyFailureException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            toon(model, school, van, naar, gebruiker);
            model.addAttribute("tegelijk", true);
        }
        return "paginas/overdracht";
    }

    /** What moved; after a reload (no result in the session any more) the choice again. */
    @GetMapping("/overdracht/klaar")
    String klaar(Model model) {
        return model.containsAttribute("gedaan") ? "paginas/overdracht-klaar" : "redirect:/overdracht";
    }

    /**
     * The schools to choose from, the chosen one (the only one, when one works at one school) and its colleagues;
     * answers the chosen school, or null while there is none.
     */
    private SchoolView toon(Model model, String school, String van, String naar, Authentication gebruiker) {
        List<SchoolView> scholen = overdrachten.scholen();
        boolean geenKeuze = school == null || school.isBlank();
        String gekozen = !geenKeuze ? school : scholen.size() == 1 ? scholen.get(0).brin() : null;
        SchoolView bij = gekozen == null ? null
                : scholen.stream().filter(s -> s.brin().equals(gekozen)).findFirst().orElse(null);
        if (gekozen != null && bij == null) {
            // Not one of the user's schools: the service refuses it as the API does (404 or 403).
            overdrachten.zorgcoordinatoren(gekozen, gebruiker.getName());
        }
        model.addAttribute("scholen", scholen);
        model.addAttribute("school", bij);
        model.addAttribute("collegas", bij == null ? List.of() : overdrachten.zorgcoordinatoren(bij.brin(),
                gebruiker.getName()));
        model.addAttribute("van", van == null ? "" : van);
        model.addAttribute("naar", naar == null ? "" : naar);
        model.addAttribute("fouten", Map.of());
        return bij;
    }

    private static Map<String, String> perVeld(List<Veldfout> fouten) {
        Map<String, String> perVeld = new LinkedHashMap<>();
        fouten.forEach(f -> perVeld.merge(f.veld(), f.melding(), (a, b) -> a + " " + b));
        return perVeld;
    }
}
