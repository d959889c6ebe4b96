package nl.eenplan.paginas;

import nl.eenplan.dossier.Grondslagrij;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Waarom mogen gegevens gedeeld worden?": the basis table, read-only, for everyone signed in (no pupil data). */
@Controller
class GrondslagenPagina {

    @GetMapping("/grondslagen")
    String grondslagen(Model model) {
        model.addAttribute("rijen", Grondslagrij.tabel());
        return "paginas/grondslagen";
    }
}
