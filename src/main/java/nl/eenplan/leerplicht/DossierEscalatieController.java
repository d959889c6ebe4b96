package nl.eenplan.leerplicht;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The school sees on the dossier what went to leerplicht and what leerplicht did with it. */
@RestController
@PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor')")
class DossierEscalatieController {

    private final LeerplichtService leerplicht;

    DossierEscalatieController(LeerplichtService leerplicht) {
        this.leerplicht = leerplicht;
    }

    @GetMapping("/api/dossiers/{nummer}/escalaties")
    List<EscalatieView> vanDossier(@PathVariable String nummer) {
        return leerplicht.vanDossier(nummer);
    }
}
