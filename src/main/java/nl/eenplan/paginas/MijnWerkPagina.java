package nl.eenplan.paginas;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Mijn werk, the start page: the user's tasks and their groups' tasks with the pupil's name, school, step and
 * deadline, overdue first; searching by name or dossier number replaces only the list (htmx), and works without
 * script as an ordinary form.
 */
@Controller
class MijnWerkPagina {

    private final Werkoverzicht werk;

    MijnWerkPagina(Werkoverzicht werk) {
        this.werk = werk;
    }

    @GetMapping("/")
    String mijnWerk(@RequestParam(required = false) String zoek,
                    @RequestHeader(name = "HX-Request", required = false) String htmx,
                    Authentication gebruiker, Model model) {
        model.addAttribute("taken", werk.voor(Aangemeld.van(gebruiker), zoek));
        model.addAttribute("zoek", zoek == null ? "" : zoek.strip());
        model.addAttribute("maximaal", Werkoverzicht.MAXIMAAL);
        return htmx != null ? "paginas/mijn-werk :: takenlijst" : "paginas/mijn-werk";
    }
}
