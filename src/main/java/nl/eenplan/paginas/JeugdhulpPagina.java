package nl.eenplan.paginas;

import nl.eenplan.arrangement.JeugdhulpbesluitService;
import nl.eenplan.web.NietGevondenException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The home gemeente's applications for jeugdhulp (issue #23, process jeugdhulpbesluit): the list of those still running
 * (to decide, the letter, the objection window, an objection) and a page per pupil with the care part, the decision,
 * the letter and the objection term, and the form for the parents' objection while its window is open. The objection
 * window has no task, and a home gemeente in another gemeente than the school cannot open the pupil's page: this is
 * where she records a bezwaarschrift she received. The form sends to {@code POST /api/arrangementen/{id}/bezwaar},
 * whose service is the one rule for both (the API refuses per field in Dutch); what the page shows is what
 * {@link JeugdhulpbesluitService#inzage} gives, through the one rule of who reads a care part. Anyone else: 403 (not a
 * gemeente) or 404 (not her application).
 */
@Controller
@PreAuthorize("hasAuthority('gemeente')")
class JeugdhulpPagina {

    private final JeugdhulpbesluitService jeugdhulp;

    JeugdhulpPagina(JeugdhulpbesluitService jeugdhulp) {
        this.jeugdhulp = jeugdhulp;
    }

    @GetMapping("/jeugdhulp")
    String lijst(Model model) {
        model.addAttribute("aanvragen", jeugdhulp.vanMijnGemeente());
        return "paginas/jeugdhulp";
    }

    @GetMapping("/jeugdhulp/{nummer}")
    String aanvraag(@PathVariable String nummer, Model model) {
        model.addAttribute("z", jeugdhulp.inzage(nummer).orElseThrow(() -> new NietGevondenException(
                "Uw gemeente heeft geen aanvraag jeugdhulp bij dossier " + nummer + ".")));
        return "paginas/jeugdhulp-aanvraag";
    }
}
