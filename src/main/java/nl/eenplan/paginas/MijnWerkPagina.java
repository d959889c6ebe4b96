package nl.eenplan.paginas;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Mijn werk, the start page: the user's tasks and their groups' tasks with the pupil's name, school, step and
 * deadline, overdue first, in pages of 100; searching by name or dossier number replaces only the list (htmx), and
 * works without script as an ordinary form.
 */
@Controller
class MijnWerkPagina {

    private final Werkoverzicht werk;

    MijnWerkPagina(Werkoverzicht werk) {
        this.werk = werk;
    }

    @GetMapping("/")
    String mijnWerk(@RequestParam(required = false) String zoek, @RequestParam(defaultValue = "1") int pagina,
                    @RequestHeader(name = "HX-Request", required = false) String htmx,
                    Authentication gebruiker, Model model) {
        String z = zoek == null ? "" : zoek.strip();
        // Pages of 100 (issue #25); a search shows what it finds on one page (Werkoverzicht#zoek: where it looks).
        Werkoverzicht.Werkpagina werkpagina = z.isEmpty() ? werk.pagina(Aangemeld.van(gebruiker), pagina)
                : werk.zoek(Aangemeld.van(gebruiker), z);
        model.addAttribute("werk", werkpagina);
        model.addAttribute("taken", werkpagina.regels());
        model.addAttribute("zoek", z);
        model.addAttribute("maximaal", Werkoverzicht.MAXIMAAL);
        model.addAttribute("leerlinggrens", Werkoverzicht.LEERLINGGRENS);
        model.addAttribute("perPagina", Werkoverzicht.PER_PAGINA);
        return htmx != null ? "paginas/mijn-werk :: takenlijst" : "paginas/mijn-werk";
    }
}
