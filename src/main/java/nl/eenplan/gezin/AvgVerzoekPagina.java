package nl.eenplan.gezin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.eenplan.security.Gezinslid;
import nl.eenplan.web.Veldfout;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The family asks for a correction (AVG art. 16) or objects (AVG art. 21) ({@link Gezinsregel.Handeling#AVG_VERZOEK}):
 * {@code /gezin/kind/{publiekId}/verzoeken} shows the person's own requests with where they are and the school's answer,
 * and the form. One audited request through {@link Gezinszicht#handeling}; faulty input is the same page with a message
 * per field and the input kept (400); then Post/Redirect/Get.
 */
@Controller
class AvgVerzoekPagina {

    private final Gezinszicht zicht;
    private final AvgVerzoeken verzoeken;

    AvgVerzoekPagina(Gezinszicht zicht, AvgVerzoeken verzoeken) {
        this.zicht = zicht;
        this.verzoeken = verzoeken;
    }

    @GetMapping("/gezin/kind/{publiekId}/verzoeken")
    String lijst(@AuthenticationPrincipal Gezinslid wie, @PathVariable String publiekId,
                 @RequestParam(required = false) String verstuurd, Model model) {
        Gezinshandeling h = zicht.handeling(wie, publiekId, Gezinsregel.Handeling.AVG_VERZOEK);
        model.addAttribute("verstuurd", verstuurd != null);
        model.addAttribute("invoer", new AvgVerzoeken.Invoer(null, null, null, null));
        model.addAttribute("fouten", Map.of());
        return pagina(h, publiekId, model);
    }

    @PostMapping("/gezin/kind/{publiekId}/verzoeken")
    String dienIn(@AuthenticationPrincipal Gezinslid wie, @PathVariable String publiekId,
                  @RequestParam(required = false) String soort, @RequestParam(required = false) String over,
                  @RequestParam(required = false) String onderwerp, @RequestParam(required = false) String toelichting,
                  Model model, HttpServletResponse response) {
        Gezinshandeling h = zicht.handeling(wie, publiekId, Gezinsregel.Handeling.AVG_VERZOEK);
        AvgVerzoeken.Invoer invoer = new AvgVerzoeken.Invoer(soort, over, onderwerp, toelichting);
        try {
            verzoeken.dienIn(h, invoer);
        } catch (AvgVerzoeken.OngeldigVerzoek fout) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> fouten = new LinkedHashMap<>();
            for (Veldfout f : fout.fouten()) {
                fouten.putIfAbsent(f.veld(), f.melding());
            }
            model.addAttribute("verstuurd", false);
            model.addAttribute("invoer", invoer);
            model.addAttribute("fouten", fouten);
            return pagina(h, publiekId, model);
        }
        return "redirect:/gezin/kind/" + publiekId + "/verzoeken?verstuurd";
    }

    private String pagina(Gezinshandeling h, String publiekId, Model model) {
        model.addAttribute("publiekId", publiekId);
        model.addAttribute("soorten", AvgVerzoeken.Soort.values());
        model.addAttribute("overs", AvgVerzoeken.Over.values());
        model.addAttribute("voornaam", h.dossier().leerling().voornaam());
        model.addAttribute("leerling", h.leerling());
        model.addAttribute("overKind", AvgVerzoeken.magOverKind(h));
        model.addAttribute("verzoeken", verzoeken.vanAccount(h.dossierNummer(), h.koppeling().accountId()));
        model.addAttribute("terug", "/gezin/kind/" + publiekId + "/verzoeken");
        return "gezin/verzoeken";
    }
}
