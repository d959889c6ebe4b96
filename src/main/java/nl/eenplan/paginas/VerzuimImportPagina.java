package nl.eenplan.paginas;

import java.util.List;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.security.Toegang;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Absence from the school's LAS (docs/verzuimimport.md): the zorgcoördinator chooses the school and the absence CSV
 * file; the page sends it to the API's import ({@code verzuim.VerzuimImport}) and shows what the answer counts and
 * every line with a mistake, in Dutch. The API checks again that the user works for the school.
 */
@Controller
@PreAuthorize("hasAuthority('zorgcoordinator')")
class VerzuimImportPagina {

    /** A school to choose, as the form shows it. */
    record Schoolkeuze(String brin, String naam) {
    }

    private final SchoolService scholen;
    private final Toegang toegang;

    VerzuimImportPagina(SchoolService scholen, Toegang toegang) {
        this.scholen = scholen;
        this.toegang = toegang;
    }

    @GetMapping("/verzuim/inlezen")
    String inlezen(Model model) {
        Toegang.Zicht zicht = toegang.zicht();
        List<Schoolkeuze> eigen = scholen.lijst().stream().filter(s -> zicht.omvat(s.brin()))
                .map(s -> new Schoolkeuze(s.brin(), s.naam())).toList();
        model.addAttribute("scholen", eigen);
        return "paginas/verzuim-inlezen";
    }
}
