package nl.eenplan.paginas;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A whole class at once for the transition po→vo or vo→mbo: the zorgcoördinator chooses the school's CSV file, the
 * page sends it to the class upload of the API and shows its progress and every refused line with its reason, as
 * the upload reports them ({@code /api/overstappen/cohort/{id}}).
 */
@Controller
@PreAuthorize("hasAuthority('zorgcoordinator')")
class KlasUploadPagina {

    @GetMapping("/overstappen/klas")
    String klas() {
        return "paginas/klas";
    }
}
