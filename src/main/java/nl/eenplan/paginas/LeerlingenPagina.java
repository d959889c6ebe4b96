package nl.eenplan.paginas;

import nl.eenplan.dossier.Dossierpagina;
import nl.eenplan.dossier.DossierSamenvatting;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.web.Audit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The pupils of the user's schools (open dossiers first), searchable by name or dossier number, in pages of 100. */
@Controller
// The same groups search the pupils past Mijn werk's first tasks (Werkoverzicht.LEERLINGENLIJST).
@PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor')")
class LeerlingenPagina {

    private final DossierService dossiers;

    LeerlingenPagina(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping("/leerlingen")
    String leerlingen(@RequestParam(required = false) String zoek, @RequestParam(defaultValue = "1") int pagina,
                      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        String z = zoek == null ? "" : zoek.strip();
        // Pages of 100, searched in the database (issue #25: a school or gemeente with thousands of pupils).
        Dossierpagina gevonden = dossiers.zoek(z, Math.min(Math.max(1, pagina), Dossierpagina.MEESTE),
                Dossierpagina.Voor.LEERLINGEN);
        // Every pupil shown: each one's inzage names who saw them in the list, as the API's list does.
        Audit.betreftDossiers(gevonden.dossiers().stream().map(DossierSamenvatting::nummer).toList());
        model.addAttribute("leerlingen", gevonden.dossiers());
        model.addAttribute("pagina", gevonden);
        model.addAttribute("zoek", z);
        model.addAttribute("vorige", gevonden.heeftVorige() ? link(z, gevonden.pagina() - 1) : null);
        model.addAttribute("volgende", gevonden.heeftVolgende() ? link(z, gevonden.pagina() + 1) : null);
        return htmx != null ? "paginas/leerlingen :: lijst" : "paginas/leerlingen";
    }

    private static String link(String zoek, int pagina) {
        return org.springframework.web.util.UriComponentsBuilder.fromPath("/leerlingen")
                .queryParamIfPresent("zoek", java.util.Optional.of(zoek).filter(z -> !z.isEmpty()))
                .queryParam("pagina", pagina).encode().build().toUriString();
    }
}
