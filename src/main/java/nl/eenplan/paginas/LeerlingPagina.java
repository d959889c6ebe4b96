package nl.eenplan.paginas;

import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.taak.Procesverloop;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A pupil's page: who it is, the school, parents, consents, the one plan (goals and agreements, arrangements with
 * their OPP, evaluations and scores), the processes
 * that run and the step each is in, and what happened when. The same people as the dossier API may see it (the
 * school's zorgcoördinator and mentor), with the same check that the pupil is at one of their schools.
 */
@Controller
class LeerlingPagina {

    private final DossierService dossiers;
    private final Procesverloop processen;
    private final Werkoverzicht werk;
    private final ArrangementService arrangementen;

    LeerlingPagina(DossierService dossiers, Procesverloop processen, Werkoverzicht werk,
                   ArrangementService arrangementen) {
        this.arrangementen = arrangementen;
        this.dossiers = dossiers;
        this.processen = processen;
        this.werk = werk;
    }

    // The path variable is "nummer", as in the API: the audit names the dossier from it.
    @GetMapping("/leerlingen/{nummer}")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor')")
    String leerling(@PathVariable String nummer, Authentication gebruiker, Model model) {
        dossiers.controleerToegang(nummer);
        model.addAttribute("dossier", dossiers.haalOp(nummer));
        model.addAttribute("processen", processen.lopend(nummer));
        model.addAttribute("tijdlijn", processen.verloop(nummer));
        model.addAttribute("taken", werk.vanLeerling(Aangemeld.van(gebruiker), nummer));
        model.addAttribute("arrangementen", arrangementen.vanDossier(nummer));
        return "paginas/leerling";
    }
}
