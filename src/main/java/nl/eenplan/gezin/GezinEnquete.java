package nl.eenplan.gezin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.eenplan.arrangement.Enqueteservice;
import nl.eenplan.security.Gezinslid;
import nl.eenplan.web.NietMogelijkException;
import nl.eenplan.web.OngeldigeInvoerException;
import nl.eenplan.web.Veldfout;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The closing survey of an arrangement, filled in by a parent or the pupil (issue #24, Handeling.ENQUETE): how
 * satisfied they are and how much the support helped (1 to 10), and what they want to add. Open for 6 weeks after the
 * school closed the arrangement (arrangement.Enqueteservice has the window and the answer's rules); one answer per
 * giver, which they change within the window. Who may fill it in is {@link Gezinszicht#handeling}'s; who answers comes
 * from the binding, never from the form. Post/Redirect/Get; errors per field in the family's language.
 */
@Controller
class GezinEnquete {

    private final Gezinszicht zicht;
    private final Enqueteservice enquetes;

    GezinEnquete(Gezinszicht zicht, Enqueteservice enquetes) {
        this.zicht = zicht;
        this.enquetes = enquetes;
    }

    /** The surveys open today for this child, for the child's page (only asked where the rule gives ENQUETE). */
    List<Enqueteservice.OpenEnquete> open(Gezinslid wie, String publiekId) {
        Gezinshandeling h = zicht.handeling(wie, publiekId, Gezinsregel.Handeling.ENQUETE);
        return enquetes.open(h.dossierNummer(), gever(h));
    }

    @GetMapping("/gezin/kind/{publiekId}/enquete")
    String formulier(@AuthenticationPrincipal Gezinslid wie, @PathVariable String publiekId,
                     @RequestParam(required = false) String opgeslagen, Model model) {
        Gezinshandeling h = zicht.handeling(wie, publiekId, Gezinsregel.Handeling.ENQUETE);
        List<Enqueteservice.OpenEnquete> open = enquetes.open(h.dossierNummer(), gever(h));
        model.addAttribute("opgeslagen", opgeslagen != null);
        return pagina(h, publiekId, open, Map.of(), Map.of(), model);
    }

    @PostMapping("/gezin/kind/{publiekId}/enquete/{arrangementId}")
    String beantwoord(@AuthenticationPrincipal Gezinslid wie, @PathVariable String publiekId,
                      @PathVariable long arrangementId, @RequestParam(required = false) String tevredenheid,
                      @RequestParam(required = false) String ervarenBaat,
                      @RequestParam(required = false) String toelichting, Model model,
                      HttpServletResponse response) {
        Gezinshandeling h = zicht.handeling(wie, publiekId, Gezinsregel.Handeling.ENQUETE);
        Map<String, String> invoer = new LinkedHashMap<>();
        invoer.put("tevredenheid", tevredenheid);
        invoer.put("ervarenBaat", ervarenBaat);
        invoer.put("toelichting", toelichting);
        try {
            enquetes.beantwoord(h.dossierNummer(), arrangementId, gever(h),
                    h.leerling() ? Enqueteservice.Rol.LEERLING : Enqueteservice.Rol.OUDER, getal(tevredenheid),
                    getal(ervarenBaat), toelichting);
        } catch (OngeldigeInvoerException fout) {
            Map<String, String> fouten = new LinkedHashMap<>();
            for (Veldfout v : fout.getFouten()) {
                fouten.put(v.veld(), "gezin.enquete.fout." + v.veld());
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("ingevuld", arrangementId);
            return pagina(h, publiekId, enquetes.open(h.dossierNummer(), gever(h)), invoer, fouten, model);
        } catch (NietMogelijkException gesloten) {
            // The window closed (or closes while the form was open): the page says so above what is still open.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("melding", "gezin.enquete.fout.gesloten");
            return pagina(h, publiekId, enquetes.open(h.dossierNummer(), gever(h)), Map.of(), Map.of(), model);
        }
        return "redirect:/gezin/kind/" + publiekId + "/enquete?opgeslagen";
    }

    private static String pagina(Gezinshandeling h, String publiekId, List<Enqueteservice.OpenEnquete> open,
                                 Map<String, String> invoer, Map<String, String> fouten, Model model) {
        model.addAttribute("publiekId", publiekId);
        model.addAttribute("voornaam", h.dossier().leerling().voornaam());
        model.addAttribute("leerling", h.leerling());
        model.addAttribute("enquetes", open);
        model.addAttribute("invoer", invoer);
        model.addAttribute("fouten", fouten);
        model.addAttribute("terug", "/gezin/kind/" + publiekId + "/enquete");
        return "gezin/enquete";
    }

    /** The giver: the family account with its role to the child (one survey answer each; GezinEvaluatie too). */
    static String gever(Gezinshandeling h) {
        return h.door() + ":" + h.koppeling().rol().name();
    }

    /** A figure as typed; anything else is "no figure" (the service says which field). */
    private static Integer getal(String tekst) {
        if (tekst == null || !tekst.strip().matches("\\d{1,2}")) {
            return null;
        }
        return Integer.valueOf(tekst.strip());
    }
}
