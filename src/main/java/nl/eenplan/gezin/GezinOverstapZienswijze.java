package nl.eenplan.gezin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import nl.eenplan.overstap.OverstapService;
import nl.eenplan.security.Gezinslid;
import nl.eenplan.web.NietGevondenException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The family sees the overstapdossier and gives its view (issue #24, Handeling.OVERSTAP_ZIENSWIJZE: a parent with gezag,
 * or the pupil of 16 or older). While the school's step {@code oudersLatenZien} waits, the page shows what the school
 * shows the parents (the copy of the onderwijskundig rapport: WPO art. 42, WEC art. 43) and takes "gezien" with an
 * optional view; that ends the school's step as "shown to the parents" does, and the view goes with the report to the
 * receiving school (OverstapService.zienswijzeGezin). Who gives it comes from the binding, never from the form.
 */
@Controller
class GezinOverstapZienswijze {

    private static final String PAD = "/gezin/kind/{publiekId}/overstap/{overstapId}/zienswijze";

    private final Gezinszicht zicht;
    private final OverstapService overstappen;

    GezinOverstapZienswijze(Gezinszicht zicht, OverstapService overstappen) {
        this.zicht = zicht;
        this.overstappen = overstappen;
    }

    @GetMapping(PAD)
    String formulier(@AuthenticationPrincipal Gezinslid wie, @PathVariable String publiekId,
                     @PathVariable Long overstapId, Model model) {
        Gezinshandeling g = zicht.handeling(wie, publiekId, Gezinsregel.Handeling.OVERSTAP_ZIENSWIJZE);
        OverstapService.VoorGezin overstap = overstap(g, overstapId);
        return toon(model, g, publiekId, overstap, overstap.zienswijze() == null ? "" : overstap.zienswijze(), Map.of());
    }

    @PostMapping(PAD)
    String gezien(@AuthenticationPrincipal Gezinslid wie, @PathVariable String publiekId, @PathVariable Long overstapId,
                  @RequestParam(required = false) String zienswijze, Model model, RedirectAttributes doorgeven,
                  HttpServletResponse response) {
        Gezinshandeling g = zicht.handeling(wie, publiekId, Gezinsregel.Handeling.OVERSTAP_ZIENSWIJZE);
        OverstapService.VoorGezin overstap = overstap(g, overstapId);
        String tekst = zienswijze == null ? "" : zienswijze;
        String fout = !overstap.wachtOpZienswijze() ? "gezin.overstap.fout.wacht-niet"
                : tekst.trim().length() > OverstapService.ZIENSWIJZE_MAX ? "gezin.overstap.fout.te-lang" : null;
        if (fout != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return toon(model, g, publiekId, overstap, tekst, Map.of("zienswijze", fout));
        }
        overstappen.zienswijzeGezin(g.dossierNummer(), overstap.id(), g.leerling() ? "LEERLING" : "OUDER", g.door(),
                tekst);
        doorgeven.addFlashAttribute("bewaard", "gezin.overstap.bewaard");
        return "redirect:/gezin/kind/" + publiekId + "/overstap";
    }

    /** This child's overstap with an overstapdossier the family may see now; any other is not found. */
    private OverstapService.VoorGezin overstap(Gezinshandeling g, Long overstapId) {
        return overstappen.voorGezin(g.dossierNummer()).stream().filter(o -> o.id().equals(overstapId)).findFirst()
                .orElseThrow(() -> new NietGevondenException("gezin.niet-gevonden"));
    }

    private String toon(Model model, Gezinshandeling g, String publiekId, OverstapService.VoorGezin overstap,
                        String zienswijze, Map<String, String> fouten) {
        model.addAttribute("voornaam", g.dossier().leerling().voornaam());
        model.addAttribute("overstap", overstap);
        model.addAttribute("zienswijze", zienswijze);
        model.addAttribute("fouten", fouten);
        model.addAttribute("actie", "/gezin/kind/" + publiekId + "/overstap/" + overstap.id() + "/zienswijze");
        model.addAttribute("terug", "/gezin/kind/" + publiekId + "/overstap");
        return "gezin/overstap-zienswijze";
    }
}
