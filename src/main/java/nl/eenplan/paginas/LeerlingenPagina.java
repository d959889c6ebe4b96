package nl.eenplan.paginas;

import java.util.Locale;
import nl.eenplan.dossier.DossierService;
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
        model.addAttribute("leerlingen", dossiers.lijst().stream()
                .filter(d -> z.isEmpty() || d.leerling().toLowerCase(Locale.ROOT).contains(z) || d.nummer().contains(z))
                .sorted(java.util.Comparator.comparing((nl.eenplan.dossier.DossierSamenvatting d) -> d.status().name()
                        .equals("OPEN") ? 0 : 1))
                .toList());
        model.addAttribute("zoek", zoek == null ? "" : zoek.strip());
        return htmx != null ? "paginas/leerlingen :: lijst" : "paginas/leerlingen";
    }
}
