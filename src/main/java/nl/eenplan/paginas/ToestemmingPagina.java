package nl.eenplan.paginas;

import nl.eenplan.dossier.Intrekking;
import nl.eenplan.dossier.Toestemming;
import nl.eenplan.dossier.ToestemmingService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Withdrawing a consent from the pupil's page: a form with the session's CSRF token, the same service and checks as
 * {@code POST /api/dossiers/{nummer}/toestemmingen/{id}/intrekken} (dossier.DossierToegang checks the school by the
 * path), then back to the pupil.
 */
@Controller
@PreAuthorize("hasAuthority('zorgcoordinator')")
class ToestemmingPagina {

    private final ToestemmingService toestemmingen;

    ToestemmingPagina(ToestemmingService toestemmingen) {
        this.toestemmingen = toestemmingen;
    }

    /** How the person withdrew it is required: the form asks it (the withdrawal's proof). */
    @PostMapping("/leerlingen/{nummer}/toestemmingen/{id}/intrekken")
    String trekIn(@PathVariable String nummer, @PathVariable Long id, @RequestParam Toestemming.Vorm vorm,
                  java.security.Principal gebruiker) {
        toestemmingen.trekIn(nummer, id, new Intrekking(vorm), gebruiker.getName());
        return "redirect:/leerlingen/" + nummer + "#kop-toestemming";
    }
}
