package nl.eenplan.paginas;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.eenplan.dossier.Dossier;
import nl.eenplan.dossier.DossierSamenvatting;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.web.Audit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The pupils of the user's schools (open dossiers first), searchable by name or dossier number. */
@Controller
@PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor')")
class LeerlingenPagina {

    private final DossierService dossiers;

    LeerlingenPagina(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping("/leerlingen")
    String leerlingen(@RequestParam(required = false) String zoek,
                      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        String z = zoek == null ? "" : zoek.strip().toLowerCase(Locale.ROOT);
        List<DossierSamenvatting> leerlingen = dossiers.lijst().stream()
                .filter(d -> z.isEmpty() || d.leerling().toLowerCase(Locale.ROOT).contains(z) || d.nummer().contains(z))
                .sorted(Comparator.comparing((DossierSamenvatting d) -> d.status() == Dossier.Status.OPEN ? 0 : 1))
                .toList();
        // Every pupil shown: each one's inzage names who saw them in the list, as the API's list does.
        Audit.betreftDossiers(leerlingen.stream().map(DossierSamenvatting::nummer).toList());
        model.addAttribute("leerlingen", leerlingen);
        model.addAttribute("zoek", zoek == null ? "" : zoek.strip());
        return htmx != null ? "paginas/leerlingen :: lijst" : "paginas/leerlingen";
    }
}
